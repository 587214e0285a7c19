import type { Kysely } from 'kysely';

// Frozen in time. Distribution bans: the prefectoral and municipal orders forbidding distributions
// in an area for a while. The challenge is one per order and is updated as it advances (filed,
// then decided), so it lives in columns of the ban; renewals are acts of their own, appended one
// by one by different people, so they get rows (no read-modify-write of a list that two reps
// could renew at once). The covered sites live in the schedule board (a Yjs document, so no
// foreign key): a JSON array of site ids, always read with the ban and never queried by.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('distribution_bans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('platform_id', 'text', (c) =>
      c.notNull().references('platforms.id').onDelete('cascade'),
    )
    // The organisation whose rep recorded it: its reps may remove it.
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('restrict'),
    )
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    // prefecture | municipality | other
    .addColumn('authority', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('commune', 'text', (c) => c.notNull())
    .addColumn('site_ids', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('forbids', 'text')
    // none | filed | decided
    .addColumn('challenge_state', 'text', (c) => c.notNull())
    .addColumn('challenge_court', 'text')
    .addColumn('challenge_filed_on', 'text')
    .addColumn('challenge_reference', 'text')
    // suspended | annulled | rejected | withdrawn
    .addColumn('challenge_outcome', 'text')
    .addColumn('challenge_decided_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('distribution_bans_platform')
    .on('distribution_bans')
    .columns(['platform_id', 'valid_from'])
    .execute();

  await db.schema
    .createTable('distribution_ban_renewals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ban_id', 'text', (c) =>
      c.notNull().references('distribution_bans.id').onDelete('cascade'),
    )
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('distribution_ban_renewals_ban')
    .on('distribution_ban_renewals')
    .column('ban_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('distribution_ban_renewals').execute();
  await db.schema.dropTable('distribution_bans').execute();
}
