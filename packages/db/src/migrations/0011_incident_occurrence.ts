import type { Kysely } from 'kysely';

// Frozen in time. An incident can name the distribution occurrence it disrupted: a series of the
// platform's schedule board (a Yjs document, so no foreign key) and one of its local dates. Both
// are empty for the reports recorded before, and for incidents that disrupted no distribution.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('incidents').addColumn('occurrence_series_id', 'text').execute();
  await db.schema.alterTable('incidents').addColumn('occurrence_date', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('incidents').dropColumn('occurrence_date').execute();
  await db.schema.alterTable('incidents').dropColumn('occurrence_series_id').execute();
}
