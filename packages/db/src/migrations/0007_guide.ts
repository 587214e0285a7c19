import type { Kysely } from 'kysely';

// Frozen in time. The public Arrival Guide's settings per platform, the sections coordinators
// write per language, and which translations a coordinator has reviewed.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('guide_settings')
    .addColumn('platform_id', 'text', (c) =>
      c.primaryKey().references('platforms.id').onDelete('cascade'),
    )
    // BCP 47 codes, space-separated, in the order the language buttons show them.
    .addColumn('languages', 'text', (c) => c.notNull())
    // Languages kept off the public guide until their translations are reviewed.
    .addColumn('hidden_languages', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createTable('guide_sections')
    .addColumn('platform_id', 'text', (c) =>
      c.notNull().references('platforms.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    // rights | safety | minors | info
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    // Cleared whenever the body changes.
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addPrimaryKeyConstraint('guide_sections_pk', ['platform_id', 'language', 'section'])
    .execute();
  await db.schema
    .createTable('guide_reviews')
    .addColumn('platform_id', 'text', (c) =>
      c.notNull().references('platforms.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    // A key of the guide's built-in strings (`strings.<key>`) or a service type (`serviceType.<code>`).
    .addColumn('string_key', 'text', (c) => c.notNull())
    // The text that was reviewed: a review no longer holds once the text changes.
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addPrimaryKeyConstraint('guide_reviews_pk', ['platform_id', 'language', 'string_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('guide_reviews').execute();
  await db.schema.dropTable('guide_sections').execute();
  await db.schema.dropTable('guide_settings').execute();
}
