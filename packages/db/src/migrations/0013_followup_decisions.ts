import type { Kysely } from 'kysely';

// Frozen in time. A follow-up's outcome changes over time (a complaint filed in March is
// dismissed in June): `decided_on` is the local date (YYYY-MM-DD) the outcome was decided, when
// known; `updated_at` the last change to it in Opale. Both empty for follow-ups never changed.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('incident_followups').addColumn('decided_on', 'text').execute();
  await db.schema.alterTable('incident_followups').addColumn('updated_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('incident_followups').dropColumn('updated_at').execute();
  await db.schema.alterTable('incident_followups').dropColumn('decided_on').execute();
}
