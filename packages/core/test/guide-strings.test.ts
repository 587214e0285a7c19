import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideLanguages, guideStrings, type GuideLanguageCode } from '../src';

/** Every string of a language by its dotted path (`status.open`, `serviceTypes.meal`). */
function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()) {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into.set(prefix, value);
  }
  return into;
}

/** The placeholders the page fills in (read-guide.ts splits on the same pattern). */
const placeholder = /\{[a-zA-Z]+\}/g;
const placeholdersOf = (text: string) => (text.match(placeholder) ?? []).sort();
const withoutPlaceholders = (text: string) => text.replace(placeholder, '');
const hasLetters = (text: string) => /\p{L}/u.test(withoutPlaceholders(text));

const english = flatten(guideStrings.en) as Map<string, string>;
const others = guideLanguages.map((l) => l.code).filter((code) => code !== 'en');

/** The languages translated by machine from the English, waiting for a native speaker's review. */
const machineTranslated = ['ar', 'fa', 'ps', 'ckb', 'kmr', 'ti', 'am', 'vi'] as const;

/**
 * Strings a translation may leave exactly as in English: words the language borrows as they are.
 * Strings without a letter of their own (`{weekday} {day} {month}`) need no entry.
 */
const sameAsEnglish: Partial<Record<GuideLanguageCode, readonly string[]>> = {
  kmr: ['serviceTypes.wifi'],
  vi: ['serviceTypes.wifi', 'email'],
};

const script = {
  arabic: /(?=\p{L})\p{Script=Arabic}/u,
  ethiopic: /(?=\p{L})\p{Script=Ethiopic}/u,
  other: /(?=\p{L})[\p{Script=Arabic}\p{Script=Ethiopic}]/u,
};
const scriptOf: Record<(typeof machineTranslated)[number], RegExp> = {
  ar: script.arabic,
  fa: script.arabic,
  ps: script.arabic,
  ckb: script.arabic,
  ti: script.ethiopic,
  am: script.ethiopic,
  kmr: /\p{Script=Latin}/u,
  vi: /\p{Script=Latin}/u,
};

describe.each(others)('guide strings in %s', (code) => {
  const strings = flatten(guideStrings[code]);

  it('has exactly the keys of English', () => {
    expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty string', () => {
    for (const [key, text] of strings) {
      expect(typeof text, key).toBe('string');
      expect((text as string).trim(), key).not.toBe('');
    }
  });

  it('keeps the placeholders of English, and no stray brace', () => {
    for (const [key, text] of strings) {
      expect(placeholdersOf(text as string), key).toEqual(placeholdersOf(english.get(key) ?? ''));
      expect(withoutPlaceholders(text as string), key).not.toMatch(/[{}]/);
    }
  });

  it('writes digits in Latin: no Arabic-Indic, Persian or Ethiopic numerals', () => {
    for (const [key, text] of strings) {
      expect(text as string, key).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9\u1369-\u137C]/);
    }
  });
});

describe.each(machineTranslated)('machine-made guide strings in %s', (code) => {
  const strings = flatten(guideStrings[code]) as Map<string, string>;
  const language = guideLanguages.find((l) => l.code === code)!;

  it('translates every string, but for the words listed as borrowed', () => {
    const allowed = new Set(sameAsEnglish[code] ?? []);
    const same = [...strings]
      .filter(([key, text]) => hasLetters(text) && !allowed.has(key))
      .filter(([key, text]) => text.trim().toLowerCase() === english.get(key)?.trim().toLowerCase())
      .map(([key]) => key);
    expect(same).toEqual([]);
    // The list names only strings that are still the same, so it does not go stale.
    for (const key of allowed) expect(strings.get(key), key).toBe(english.get(key));
  });

  it(`is written in its script (${language.script})`, () => {
    for (const [key, text] of strings) {
      if (!hasLetters(text)) continue;
      expect(withoutPlaceholders(text), key).toMatch(scriptOf[code]);
      if (language.script === 'Latn') expect(text, key).not.toMatch(script.other);
    }
  });

  it('says at the top of its file that it awaits a native speaker’s review', () => {
    const source = readFileSync(
      new URL(`../src/guide/strings/${code}.ts`, import.meta.url),
      'utf8',
    );
    const header = source.slice(0, source.indexOf('export const'));
    expect(header).toMatch(/UNREVIEWED/);
    expect(header).toMatch(/native/);
  });
});

describe('right-to-left and Ethiopic languages', () => {
  it('match the direction and script the language catalogue gives them', () => {
    for (const code of machineTranslated) {
      const language = guideLanguages.find((l) => l.code === code)!;
      const expected = { ar: 'Arab', fa: 'Arab', ps: 'Arab', ckb: 'Arab', ti: 'Ethi', am: 'Ethi' };
      if (code in expected) {
        expect(language.script, code).toBe(expected[code as keyof typeof expected]);
      }
      expect(language.dir, code).toBe(language.script === 'Arab' ? 'rtl' : 'ltr');
    }
  });
});

describe('Vietnamese', () => {
  it('keeps its diacritics', () => {
    const texts = [...flatten(guideStrings.vi).values()].filter(
      (text): text is string => typeof text === 'string' && hasLetters(text),
    );
    const marked = texts.filter((text) => /[^\p{ASCII}]/u.test(withoutPlaceholders(text)));
    expect(marked.length / texts.length).toBeGreaterThan(0.9);
  });
});
