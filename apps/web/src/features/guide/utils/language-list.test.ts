import { guideLanguages } from '@opale/core';
import { describe, expect, it } from 'vitest';
import {
  addableLanguages,
  addLanguage,
  checkLanguageList,
  moveLanguage,
  previewVersion,
  publicGuidePath,
  publicGuideUrl,
  removeLanguage,
  sameLanguageList,
  setLanguageShown,
  shownLanguages,
  type LanguageListDraft,
} from './language-list';

const draft: LanguageListDraft = { languages: ['fr', 'en', 'ar', 'ps'], hidden: ['ps'] };

describe('the language list', () => {
  it('moves a language up or down one place, and not past either end', () => {
    expect(moveLanguage(draft, 'ar', -1).languages).toEqual(['fr', 'ar', 'en', 'ps']);
    expect(moveLanguage(draft, 'en', 1).languages).toEqual(['fr', 'ar', 'en', 'ps']);
    expect(moveLanguage(draft, 'fr', -1)).toBe(draft);
    expect(moveLanguage(draft, 'ps', 1)).toBe(draft);
  });

  it('adds a language at the end, kept off the public page until someone shows it', () => {
    const added = addLanguage(draft, 'ti');
    expect(added.languages).toEqual(['fr', 'en', 'ar', 'ps', 'ti']);
    expect(added.hidden).toEqual(['ps', 'ti']);
    expect(addLanguage(draft, 'fr')).toBe(draft);
  });

  it('removes a language from the list and from the hidden ones', () => {
    expect(removeLanguage(draft, 'ps')).toEqual({ languages: ['fr', 'en', 'ar'], hidden: [] });
  });

  it('shows and hides a language', () => {
    expect(shownLanguages(setLanguageShown(draft, 'ps', true))).toEqual(['fr', 'en', 'ar', 'ps']);
    expect(shownLanguages(setLanguageShown(draft, 'fr', false))).toEqual(['en', 'ar']);
    expect(setLanguageShown(setLanguageShown(draft, 'ar', false), 'ar', false).hidden).toEqual([
      'ps',
      'ar',
    ]);
  });

  it('offers to add only the languages not on the list', () => {
    expect(addableLanguages(draft)).toEqual(
      guideLanguages.map((l) => l.code).filter((c) => !['fr', 'en', 'ar', 'ps'].includes(c)),
    );
  });

  it('says what the server would refuse', () => {
    expect(checkLanguageList(draft)).toBeNull();
    expect(checkLanguageList({ languages: [], hidden: [] })).toBe('noLanguage');
    expect(checkLanguageList({ languages: ['fr'], hidden: ['fr'] })).toBe('noneShown');
  });

  it('tells a changed list from the saved one, whatever the order of the hidden ones', () => {
    expect(sameLanguageList(draft, { languages: [...draft.languages], hidden: ['ps'] })).toBe(true);
    expect(sameLanguageList(draft, moveLanguage(draft, 'en', 1))).toBe(false);
    const twoHidden = { languages: draft.languages, hidden: ['ps', 'ar'] } as LanguageListDraft;
    expect(sameLanguageList(twoHidden, { ...twoHidden, hidden: ['ar', 'ps'] })).toBe(true);
  });
});

describe('links', () => {
  it('builds the public address and the preview path', () => {
    expect(publicGuideUrl('https://opale.example', 'calais')).toBe(
      'https://opale.example/guide/calais',
    );
    expect(publicGuideUrl('https://opale.example', 'calais', 'ckb')).toBe(
      'https://opale.example/guide/calais?lang=ckb',
    );
    expect(publicGuidePath('calais', 'ar')).toBe('/guide/calais?lang=ar');
  });
});

describe('the preview', () => {
  const settings = {
    languages: ['fr', 'ar'],
    hidden: [],
    sections: [
      { language: 'fr', section: 'info', updatedAt: '2026-11-26T09:00:00Z', reviewedAt: null },
    ],
    progress: { ar: { strings: { reviewed: 1, total: 90 } } },
  };

  it('loads the page again when something it shows was saved, not when the same settings are re-read', () => {
    expect(previewVersion({ ...settings })).toBe(previewVersion(settings));
    expect(previewVersion({ ...settings, hidden: ['ar'] })).not.toBe(previewVersion(settings));
    expect(
      previewVersion({
        ...settings,
        sections: [{ ...settings.sections[0]!, updatedAt: '2026-11-26T10:00:00Z' }],
      }),
    ).not.toBe(previewVersion(settings));
  });
});
