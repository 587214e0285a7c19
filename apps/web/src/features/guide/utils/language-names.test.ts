import { guideLanguages } from '@opale/core';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';

describe('guide language names', () => {
  it('names every guide language, and only those, in both interface languages', () => {
    const codes = guideLanguages.map((l) => l.code).sort();
    for (const dictionary of [fr, en]) {
      expect(Object.keys(dictionary.guide.languageNames).sort()).toEqual(codes);
    }
  });

  it('names them in English as the guide’s catalogue does', () => {
    for (const language of guideLanguages) {
      expect(en.guide.languageNames[language.code]).toBe(language.englishName);
    }
  });
});
