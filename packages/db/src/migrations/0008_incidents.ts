import type { Kysely } from 'kysely';

// Frozen in time. The obstruction and harassment log: reports of an organisation's members, the
// groups they are shared with, their legal follow-ups, and the volunteers who saw what happened
// (kept apart, erased when the case closes). Nothing about the people being helped.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('platform_id', 'text', (c) =>
      c.notNull().references('platforms.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('restrict'),
    )
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    // draft | verified | shared
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('verified_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('verified_at', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    // A site of the schedule board (a Yjs document, so no foreign key), or else place_text.
    .addColumn('site_id', 'text')
    .addColumn('place_text', 'text')
    .addColumn('commune', 'text', (c) => c.notNull())
    .addColumn('authority', 'text', (c) => c.notNull())
    .addColumn('officers', 'integer')
    .addColumn('vehicles', 'integer')
    .addColumn('items_seized', 'integer')
    // Euro cents: whole numbers add up exactly.
    .addColumn('fine_amount_cents', 'integer')
    .addColumn('fine_notice_date', 'text')
    .addColumn('narrative', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    // A report sent twice from a phone with a bad connection is one report.
    .addUniqueConstraint('incidents_organisation_key', ['organisation_id', 'idempotency_key'])
    .execute();
  await db.schema
    .createIndex('incidents_platform_occurred')
    .on('incidents')
    .columns(['platform_id', 'occurred_at'])
    .execute();

  await db.schema
    .createTable('incident_shares')
    .addColumn('incident_id', 'text', (c) =>
      c.notNull().references('incidents.id').onDelete('cascade'),
    )
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('shared_at', 'text', (c) => c.notNull())
    .addColumn('shared_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('incident_shares_pk', ['incident_id', 'group_id'])
    .execute();
  await db.schema
    .createIndex('incident_shares_group')
    .on('incident_shares')
    .column('group_id')
    .execute();

  await db.schema
    .createTable('incident_followups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) =>
      c.notNull().references('incidents.id').onDelete('cascade'),
    )
    // complaint | defenseur_des_droits | court_action
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_followups_incident')
    .on('incident_followups')
    .column('incident_id')
    .execute();

  // Volunteers who saw what happened: their own organisation's reps alone read them.
  await db.schema
    .createTable('incident_witnesses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) =>
      c.notNull().references('incidents.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_witnesses_incident')
    .on('incident_witnesses')
    .column('incident_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('incident_witnesses').execute();
  await db.schema.dropTable('incident_followups').execute();
  await db.schema.dropTable('incident_shares').execute();
  await db.schema.dropTable('incidents').execute();
}
