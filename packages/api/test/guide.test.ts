import type { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guideLanguages, guideStringEntries, serviceTypes } from '@opale/core';
import { saveGuideReview } from '@opale/db';
import { ZodError } from 'zod';
import { createFixture, type Fixture } from './fixture';
import { refusal } from './refusal';

/** What a person reads: for a refused input, its messages, as the error formatter sends them. */
function readableMessage(error: TRPCError): string {
  return error.cause instanceof ZodError
    ? [...new Set(error.cause.issues.map((issue) => issue.message))].join(' ')
    : error.message;
}

describe('guide settings', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture();
  });
  afterEach(() => f.close());

  const coordinator = async () => (await f.signInAs(f.calais.coordinator.userId)).caller;
  const auditActions = async () =>
    (await f.db.selectFrom('auditEvents').select('action').orderBy('id').execute()).map(
      (e) => e.action,
    );

  it('offers every language, none hidden, nothing reviewed, until a coordinator chooses', async () => {
    const observer = (await f.signInAs(f.calais.observer.userId)).caller;
    const settings = await observer.guide.settings({ platform: 'calais' });
    expect(settings.languages).toEqual(guideLanguages.map((l) => l.code));
    expect(settings.hidden).toEqual([]);
    expect(settings.sections).toEqual([]);
    expect(settings.progress.ar.serviceTypes).toEqual({ reviewed: 0, total: serviceTypes.length });
    expect(settings.progress.ar.strings.total).toBeGreaterThan(0);
  });

  it('keeps the languages in the order chosen, with the hidden ones, and audits the change', async () => {
    const caller = await coordinator();
    await caller.guide.saveLanguages({
      platform: 'calais',
      languages: ['fr', 'ar', 'en', 'ps'],
      hidden: ['ps'],
    });
    const settings = await caller.guide.settings({ platform: 'calais' });
    expect(settings.languages).toEqual(['fr', 'ar', 'en', 'ps']);
    expect(settings.hidden).toEqual(['ps']);
    expect(await auditActions()).toContain('guide.languages_changed');
    // Another platform's guide is untouched.
    const dunkirk = (await f.signInAs(f.dunkirkAdmin.userId)).caller;
    expect((await dunkirk.guide.settings({ platform: 'dunkirk' })).languages).toHaveLength(
      guideLanguages.length,
    );
  });

  it('refuses a list with a language twice, an unknown language, or no language', async () => {
    const caller = await coordinator();
    const twice = await refusal(
      caller.guide.saveLanguages({ platform: 'calais', languages: ['fr', 'fr'], hidden: [] }),
    );
    expect(readableMessage(twice)).toBe('Each language can appear only once in the list.');
    const unknown = await refusal(
      caller.guide.saveLanguages({ platform: 'calais', languages: ['fr', 'de'], hidden: [] }),
    );
    expect(readableMessage(unknown)).toMatch(/not one of the guide’s languages/);
    const none = await refusal(
      caller.guide.saveLanguages({ platform: 'calais', languages: [], hidden: [] }),
    );
    expect(readableMessage(none)).toBe('Keep at least one language on the guide.');
  });

  it('refuses hiding a language that is not on the list, or every language', async () => {
    const caller = await coordinator();
    const stray = await refusal(
      caller.guide.saveLanguages({ platform: 'calais', languages: ['fr'], hidden: ['ar'] }),
    );
    expect(stray.code).toBe('BAD_REQUEST');
    expect(readableMessage(stray)).toMatch(/^Arabic cannot be hidden/);
    const all = await refusal(
      caller.guide.saveLanguages({
        platform: 'calais',
        languages: ['fr', 'en'],
        hidden: ['en', 'fr'],
      }),
    );
    expect(readableMessage(all)).toMatch(/Show at least one language/);
  });

  it('lets a rep read the settings but not change them', async () => {
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    await rep.guide.settings({ platform: 'calais' });
    const refused = await refusal(
      rep.guide.saveSection({ platform: 'calais', language: 'fr', section: 'info', body: 'x' }),
    );
    expect(refused.code).toBe('FORBIDDEN');
  });
});

describe('guide sections', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture();
  });
  afterEach(() => f.close());

  it('records who reviewed a section and when, until its words change', async () => {
    const caller = (await f.signInAs(f.calais.coordinator.userId)).caller;
    const section = { platform: 'calais', language: 'ar', section: 'minors' } as const;
    await caller.guide.saveSection({ ...section, body: '  إذا كان عمرك أقل من 18 سنة…  ' });
    f.clock.advance(60_000);
    const reviewed = await caller.guide.reviewSection(section);
    expect(reviewed.section).toMatchObject({
      body: 'إذا كان عمرك أقل من 18 سنة…',
      reviewedAt: f.clock.now().toISOString(),
      reviewedBy: 'coordinator',
    });

    // Saving the same words keeps the review; new words lose it.
    const same = await caller.guide.saveSection({
      ...section,
      body: 'إذا كان عمرك أقل من 18 سنة…',
    });
    expect(same).toMatchObject({ reviewLapsed: false, section: { reviewedBy: 'coordinator' } });
    const changed = await caller.guide.saveSection({ ...section, body: 'نص جديد' });
    expect(changed).toMatchObject({ reviewLapsed: true, section: { reviewedAt: null } });

    const settings = await caller.guide.settings({ platform: 'calais' });
    expect(settings.sections).toEqual([
      expect.objectContaining({
        language: 'ar',
        section: 'minors',
        body: 'نص جديد',
        reviewedAt: null,
      }),
    ]);
    const actions = (
      await f.db.selectFrom('auditEvents').select('action').orderBy('id').execute()
    ).map((e) => e.action);
    expect(actions.filter((a) => a.startsWith('guide.'))).toEqual([
      'guide.section_saved',
      'guide.section_reviewed',
      'guide.section_saved',
    ]);
  });

  it('refuses to review a section nobody wrote, or one emptied', async () => {
    const caller = (await f.signInAs(f.calais.coordinator.userId)).caller;
    const never = await refusal(
      caller.guide.reviewSection({ platform: 'calais', language: 'fr', section: 'safety' }),
    );
    expect(readableMessage(never)).toBe(
      'The safety section in French is empty: there is nothing to review. Write it and save it first.',
    );
    await caller.guide.saveSection({
      platform: 'calais',
      language: 'fr',
      section: 'safety',
      body: ' ',
    });
    await refusal(
      caller.guide.reviewSection({ platform: 'calais', language: 'fr', section: 'safety' }),
    );
    const unknown = await refusal(
      caller.guide.reviewSection({
        platform: 'calais',
        language: 'fr',
        section: 'camps' as 'info',
      }),
    );
    expect(readableMessage(unknown)).toBe(
      'A guide section is one of: rights, safety, minors, info.',
    );
  });

  it('refuses a section longer than 4000 characters', async () => {
    const caller = (await f.signInAs(f.calais.coordinator.userId)).caller;
    const refused = await refusal(
      caller.guide.saveSection({
        platform: 'calais',
        language: 'fr',
        section: 'info',
        body: 'a'.repeat(4001),
      }),
    );
    expect(readableMessage(refused)).toMatch(/at most 4000 characters/);
  });
});

describe('guide translations review', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture();
  });
  afterEach(() => f.close());

  it('lists every built-in string beside its English, none reviewed at first', async () => {
    const observer = (await f.signInAs(f.calais.observer.userId)).caller;
    const listed = await observer.guide.strings({ platform: 'calais', language: 'fa' });
    expect(listed).toMatchObject({ language: 'fa', dir: 'rtl', reference: false });
    expect(listed.entries.map((e) => e.key)).toEqual(guideStringEntries('fa').map((e) => e.key));
    expect(listed.entries.find((e) => e.key === 'strings.title')).toMatchObject({
      english: 'Arrival Guide',
      reviewed: false,
      lapsed: false,
    });
  });

  it('counts marked strings as reviewed, and forgets them when unmarked', async () => {
    const caller = (await f.signInAs(f.calais.coordinator.userId)).caller;
    const keys = ['strings.title', 'strings.status.full', 'serviceType.meal'];
    expect(await caller.guide.markReviewed({ platform: 'calais', language: 'ar', keys })).toEqual({
      reviewed: 3,
    });
    const listed = await caller.guide.strings({ platform: 'calais', language: 'ar' });
    expect(listed.entries.filter((e) => e.reviewed).map((e) => e.key)).toEqual(keys);
    expect(listed.entries.find((e) => e.key === 'serviceType.meal')?.reviewedBy).toBe(
      'coordinator',
    );
    const progress = (await caller.guide.settings({ platform: 'calais' })).progress.ar;
    expect(progress.strings.reviewed).toBe(2);
    expect(progress.serviceTypes.reviewed).toBe(1);

    await caller.guide.unmarkReviewed({
      platform: 'calais',
      language: 'ar',
      keys: ['strings.title'],
    });
    const after = (await caller.guide.settings({ platform: 'calais' })).progress.ar;
    expect(after.strings.reviewed).toBe(1);
    const actions = (
      await f.db.selectFrom('auditEvents').select('action').orderBy('id').execute()
    ).map((e) => e.action);
    expect(actions).toEqual(['guide.strings_reviewed', 'guide.strings_unreviewed']);
  });

  it('lets a review lapse once the translation it vouched for changes', async () => {
    await saveGuideReview(f.db, {
      platformId: f.platforms.calais.id,
      language: 'fr',
      stringKey: 'strings.title',
      text: 'Une ancienne traduction',
      reviewedAt: f.clock.now().toISOString(),
      reviewedBy: f.calais.coordinator.userId,
    });
    const caller = (await f.signInAs(f.calais.observer.userId)).caller;
    const listed = await caller.guide.strings({ platform: 'calais', language: 'fr' });
    expect(listed.entries.find((e) => e.key === 'strings.title')).toMatchObject({
      reviewed: false,
      lapsed: true,
      reviewedBy: null,
    });
    expect((await caller.guide.settings({ platform: 'calais' })).progress.fr.strings.reviewed).toBe(
      0,
    );
  });

  it('refuses to mark a string the guide does not have', async () => {
    const caller = (await f.signInAs(f.calais.coordinator.userId)).caller;
    const refused = await refusal(
      caller.guide.markReviewed({ platform: 'calais', language: 'ar', keys: ['strings.nope'] }),
    );
    expect(readableMessage(refused)).toMatch(/^The guide has no translation called strings.nope/);
    const empty = await refusal(
      caller.guide.markReviewed({ platform: 'calais', language: 'ar', keys: [] }),
    );
    expect(readableMessage(empty)).toBe('Choose at least one translation.');
  });
});
