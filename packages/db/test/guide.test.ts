import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import {
  deleteGuideReview,
  findGuideSettings,
  insertPlatform,
  listGuideReviews,
  listGuideSections,
  markGuideSectionReviewed,
  migrateToLatest,
  openSqlite,
  saveGuideReview,
  saveGuideSection,
  saveGuideSettings,
  type Database,
} from '../src';

const at = '2026-10-01T00:00:00.000Z';
const later = '2026-10-02T00:00:00.000Z';
let db: Kysely<Database>;

beforeEach(async () => {
  db = openSqlite(':memory:').db;
  await migrateToLatest(db);
  await insertPlatform(db, { id: 'p1', slug: 'calais', name: 'Calais', createdAt: at });
});
afterEach(async () => {
  await db.destroy();
});

describe('guide settings', () => {
  it('has none until saved, then keeps the latest languages', async () => {
    expect(await findGuideSettings(db, 'p1')).toBeUndefined();
    const first = {
      platformId: 'p1',
      languages: 'en fr',
      hiddenLanguages: '',
      updatedAt: at,
      updatedBy: null,
    };
    await saveGuideSettings(db, first);
    await saveGuideSettings(db, {
      ...first,
      languages: 'fr ar en',
      hiddenLanguages: 'ar',
      updatedAt: later,
    });
    expect(await findGuideSettings(db, 'p1')).toEqual({
      ...first,
      languages: 'fr ar en',
      hiddenLanguages: 'ar',
      updatedAt: later,
    });
  });
});

describe('guide sections', () => {
  const section = {
    platformId: 'p1',
    language: 'fr',
    section: 'rights',
    body: 'Vous avez le droit…',
    updatedAt: at,
    updatedBy: null,
  };

  it('keeps a review when the same body is saved again, and drops it when the body changes', async () => {
    await saveGuideSection(db, section);
    expect(
      await markGuideSectionReviewed(db, { ...section, reviewedAt: at, reviewedBy: null }),
    ).toBe(true);
    await saveGuideSection(db, { ...section, updatedAt: later });
    expect((await listGuideSections(db, 'p1', 'fr'))[0]).toMatchObject({ reviewedAt: at });
    await saveGuideSection(db, { ...section, body: 'Autre texte', updatedAt: later });
    expect((await listGuideSections(db, 'p1', 'fr'))[0]).toMatchObject({
      body: 'Autre texte',
      reviewedAt: null,
      reviewedBy: null,
    });
  });

  it('reports that there is nothing to review when the section was never written', async () => {
    expect(
      await markGuideSectionReviewed(db, {
        ...section,
        section: 'minors',
        reviewedAt: at,
        reviewedBy: null,
      }),
    ).toBe(false);
  });

  it('lists one language or all', async () => {
    await saveGuideSection(db, section);
    await saveGuideSection(db, { ...section, language: 'ar' });
    expect((await listGuideSections(db, 'p1')).map((s) => s.language)).toEqual(['ar', 'fr']);
    expect((await listGuideSections(db, 'p1', 'ar')).map((s) => s.language)).toEqual(['ar']);
  });
});

describe('guide reviews', () => {
  it('upserts the reviewed text and forgets a withdrawn review', async () => {
    const review = {
      platformId: 'p1',
      language: 'ar',
      stringKey: 'strings.title',
      text: 'old',
      reviewedAt: at,
      reviewedBy: null,
    };
    await saveGuideReview(db, review);
    await saveGuideReview(db, { ...review, text: 'new', reviewedAt: later });
    expect(await listGuideReviews(db, 'p1', 'ar')).toEqual([
      { ...review, text: 'new', reviewedAt: later },
    ]);
    await deleteGuideReview(db, 'p1', 'ar', 'strings.title');
    expect(await listGuideReviews(db, 'p1')).toEqual([]);
  });
});
