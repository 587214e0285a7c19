import type { Kysely } from 'kysely';

// Frozen in time. Calendar feed subscriptions (DESIGN.md §6): the URL's secret is the credential
// a calendar app presents, so only its hash is kept.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feed_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('platform_id', 'text', (c) =>
      c.notNull().references('platforms.id').onDelete('cascade'),
    )
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) =>
      c.references('organisations.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('feed_tokens_user_platform')
    .on('feed_tokens')
    .columns(['user_id', 'platform_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('feed_tokens').execute();
}
