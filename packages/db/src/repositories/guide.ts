import type { Kysely } from 'kysely';
import type { Database, GuideReviewRow, GuideSectionRow, GuideSettingsRow } from '../schema';

/** A platform's guide settings; undefined until a coordinator first saves its languages. */
export async function findGuideSettings(
  db: Kysely<Database>,
  platformId: string,
): Promise<GuideSettingsRow | undefined> {
  return db
    .selectFrom('guideSettings')
    .selectAll()
    .where('platformId', '=', platformId)
    .executeTakeFirst();
}

export async function saveGuideSettings(
  db: Kysely<Database>,
  settings: GuideSettingsRow,
): Promise<void> {
  await db
    .insertInto('guideSettings')
    .values(settings)
    .onConflict((oc) =>
      oc.column('platformId').doUpdateSet({
        languages: settings.languages,
        hiddenLanguages: settings.hiddenLanguages,
        updatedAt: settings.updatedAt,
        updatedBy: settings.updatedBy,
      }),
    )
    .execute();
}

/** A platform's written sections, of one language or all, by language then section. */
export async function listGuideSections(
  db: Kysely<Database>,
  platformId: string,
  language?: string,
): Promise<GuideSectionRow[]> {
  let query = db.selectFrom('guideSections').selectAll().where('platformId', '=', platformId);
  if (language !== undefined) query = query.where('language', '=', language);
  return query.orderBy('language').orderBy('section').execute();
}

/**
 * Writes a section. A review vouches for the words reviewed, so a changed body loses it; saving
 * the same body again keeps it.
 */
export async function saveGuideSection(
  db: Kysely<Database>,
  section: Pick<
    GuideSectionRow,
    'platformId' | 'language' | 'section' | 'body' | 'updatedAt' | 'updatedBy'
  >,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('guideSections')
      .select('body')
      .where('platformId', '=', section.platformId)
      .where('language', '=', section.language)
      .where('section', '=', section.section)
      .executeTakeFirst();
    if (existing === undefined) {
      await trx
        .insertInto('guideSections')
        .values({ ...section, reviewedAt: null, reviewedBy: null })
        .execute();
      return;
    }
    const changed = existing.body !== section.body;
    await trx
      .updateTable('guideSections')
      .set({
        body: section.body,
        updatedAt: section.updatedAt,
        updatedBy: section.updatedBy,
        ...(changed ? { reviewedAt: null, reviewedBy: null } : {}),
      })
      .where('platformId', '=', section.platformId)
      .where('language', '=', section.language)
      .where('section', '=', section.section)
      .execute();
  });
}

/** Marks a section reviewed; returns false when there is no such section to review. */
export async function markGuideSectionReviewed(
  db: Kysely<Database>,
  review: {
    platformId: string;
    language: string;
    section: string;
    reviewedAt: string;
    reviewedBy: string | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('guideSections')
    .set({ reviewedAt: review.reviewedAt, reviewedBy: review.reviewedBy })
    .where('platformId', '=', review.platformId)
    .where('language', '=', review.language)
    .where('section', '=', review.section)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The reviews of a platform's translations, of one language or all. */
export async function listGuideReviews(
  db: Kysely<Database>,
  platformId: string,
  language?: string,
): Promise<GuideReviewRow[]> {
  let query = db.selectFrom('guideReviews').selectAll().where('platformId', '=', platformId);
  if (language !== undefined) query = query.where('language', '=', language);
  return query.orderBy('language').orderBy('stringKey').execute();
}

export async function saveGuideReview(db: Kysely<Database>, review: GuideReviewRow): Promise<void> {
  await db
    .insertInto('guideReviews')
    .values(review)
    .onConflict((oc) =>
      oc.columns(['platformId', 'language', 'stringKey']).doUpdateSet({
        text: review.text,
        reviewedAt: review.reviewedAt,
        reviewedBy: review.reviewedBy,
      }),
    )
    .execute();
}

export async function deleteGuideReview(
  db: Kysely<Database>,
  platformId: string,
  language: string,
  stringKey: string,
): Promise<void> {
  await db
    .deleteFrom('guideReviews')
    .where('platformId', '=', platformId)
    .where('language', '=', language)
    .where('stringKey', '=', stringKey)
    .execute();
}
