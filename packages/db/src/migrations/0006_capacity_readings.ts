import type { Kysely } from 'kysely';

// Frozen in time. The history of capacity readings, derived from the capacity boards' update log
// as the server accepts each update: one row per reading an update recorded, keyed by the update
// so that replaying the log's tail after a crash adds nothing twice.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('capacity_readings')
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('available', 'integer')
    .addColumn('total', 'integer')
    .addColumn('note', 'text')
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('reading_at', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('capacity_readings_pk', [
      'doc',
      'seq',
      'organisation_id',
      'service_id',
    ])
    .execute();
  await db.schema
    .createIndex('capacity_readings_by_service')
    .on('capacity_readings')
    .columns(['platform', 'organisation_id', 'service_id', 'reading_at'])
    .execute();
  await db.schema
    .createIndex('capacity_readings_by_time')
    .on('capacity_readings')
    .columns(['platform', 'reading_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('capacity_readings').execute();
}
