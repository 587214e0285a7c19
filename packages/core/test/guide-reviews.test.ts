import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultGuideLanguages,
  guideLanguages,
  guideReviewProgress,
  guideStringEntries,
  readGuideLanguageSettings,
  reviewHolds,
  serviceTypes,
} from '../src';

describe('guide string entries', () => {
  it('gives every language the same keys, in the English order', () => {
    const english = guideStringEntries('en').map((e) => e.key);
    for (const language of guideLanguages) {
      expect(guideStringEntries(language.code).map((e) => e.key)).toEqual(english);
    }
  });

  it('names nested strings by their dotted path and service types by their code', () => {
    const keys = guideStringEntries('fr').map((e) => e.key);
    expect(keys).toContain('strings.title');
    expect(keys).toContain('strings.status.open');
    expect(keys.filter((k) => k.startsWith('serviceType.')).sort()).toEqual(
      serviceTypes.map((t) => `serviceType.${t.code}`).sort(),
    );
    expect(keys.some((k) => k.startsWith('strings.serviceTypes'))).toBe(false);
  });

  it('shows English beside the translation', () => {
    const title = guideStringEntries('fr').find((e) => e.key === 'strings.title');
    expect(title?.english).toBe('Arrival Guide');
    expect(title?.text).not.toBe('');
  });
});

describe('reviews', () => {
  it('hold only while the reviewed text is the text shown', () => {
    expect(reviewHolds({ text: 'Repas' }, 'Repas')).toBe(true);
    expect(reviewHolds({ text: 'Repas' }, 'Repas chaud')).toBe(false);
    expect(reviewHolds(undefined, 'Repas')).toBe(false);
  });

  it('count strings and service types apart, ignoring lapsed reviews', () => {
    const entries = guideStringEntries('fr');
    const title = entries.find((e) => e.key === 'strings.title')!;
    const meal = entries.find((e) => e.key === 'serviceType.meal')!;
    const progress = guideReviewProgress(entries, [
      { stringKey: title.key, text: title.text },
      { stringKey: meal.key, text: `${meal.text} (old)` },
    ]);
    expect(progress.strings.reviewed).toBe(1);
    expect(progress.serviceTypes).toEqual({ reviewed: 0, total: serviceTypes.length });
    expect(progress.strings.total + progress.serviceTypes.total).toBe(entries.length);
  });
});

describe('stored guide languages', () => {
  it('are every language, none hidden, until a platform chooses', () => {
    expect(readGuideLanguageSettings(undefined)).toEqual({
      languages: [...defaultGuideLanguages],
      hidden: [],
    });
  });

  it('read back as known codes, in order, once each, hidden only among them', () => {
    const codes = guideLanguages.map((l) => l.code);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...codes), fc.constantFrom('xx', 'de', '')), {
          maxLength: 14,
        }),
        fc.array(fc.constantFrom(...codes, 'zz'), { maxLength: 5 }),
        (languages, hidden) => {
          const read = readGuideLanguageSettings({
            languages: languages.join(' '),
            hiddenLanguages: hidden.join(' '),
          });
          const known = [...new Set(languages.filter((c) => codes.includes(c as never)))];
          expect(read.languages).toEqual(known.length ? known : [...defaultGuideLanguages]);
          for (const code of read.hidden) expect(read.languages).toContain(code);
          expect(new Set(read.hidden).size).toBe(read.hidden.length);
        },
      ),
    );
  });
});
