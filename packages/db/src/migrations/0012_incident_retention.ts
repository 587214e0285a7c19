import type { Kysely } from 'kysely';

// Frozen in time. How long each platform keeps the parts of its incident reports (witness names,
// evidence, details, unverified drafts), set by its admins; a platform without a row keeps the
// defaults. `redacted_at` marks a report whose details (narrative, place, site, follow-up notes)
// expired: the row stays for the platform's figures, with nothing but its type, date, commune,
// authority, counts and amounts.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('incident_retention')
    .addColumn('platform_id', 'text', (c) =>
      c.primaryKey().references('platforms.id').onDelete('cascade'),
    )
    .addColumn('witness_days', 'integer', (c) => c.notNull())
    .addColumn('evidence_years', 'integer', (c) => c.notNull())
    .addColumn('details_years', 'integer', (c) => c.notNull())
    .addColumn('draft_days', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('incidents').addColumn('redacted_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('incidents').dropColumn('redacted_at').execute();
  await db.schema.dropTable('incident_retention').execute();
}
