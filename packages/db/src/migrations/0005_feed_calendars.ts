import type { Kysely } from 'kysely';

// Frozen in time. A calendar link shows either the distributions or the joint agenda; the links
// made before this one all showed distributions.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('feed_tokens')
    .addColumn('calendar', 'text', (c) => c.notNull().defaultTo('distributions'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('feed_tokens').dropColumn('calendar').execute();
}
