import type { Kysely } from 'kysely';

// Frozen in time. Groups of organisations on a platform (coalitions, working groups, advocacy),
// whose agenda items live in their own restricted document (DESIGN.md §2–3).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('platform_id', 'text', (c) =>
      c.notNull().references('platforms.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('groups_platform').on('groups').column('platform_id').execute();
  await db.schema
    .createTable('group_organisations')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    // 'member', or 'invited' while the organisation's own rep has not consented.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addPrimaryKeyConstraint('group_organisations_pk', ['group_id', 'organisation_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('group_organisations').execute();
  await db.schema.dropTable('groups').execute();
}
