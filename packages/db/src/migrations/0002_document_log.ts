import type { Kysely } from 'kysely';
import { usesPostgres } from '../dialect-of';

// Frozen in time. The update log of live documents and their compacted snapshots (DESIGN.md §5).
export async function up(db: Kysely<any>): Promise<void> {
  const bytes = usesPostgres(db) ? 'bytea' : 'blob';
  await db.schema
    .createTable('document_updates')
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('bytes', bytes, (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_updates_pk', ['doc', 'seq'])
    .execute();
  await db.schema
    .createTable('document_snapshots')
    .addColumn('doc', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('bytes', bytes, (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('document_snapshots').execute();
  await db.schema.dropTable('document_updates').execute();
}
