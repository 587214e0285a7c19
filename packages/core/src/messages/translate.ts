/**
 * The server's messages in the teams' other language. Opale's messages are written in English
 * where they are raised (code, tests and logs read them so); at the edge — the API's error
 * answers, the HTTP routes' refusals, the live boards' refusals — they are given in the language
 * of the person's screen. A catalogue maps each English message to its French, gettext-style:
 * the English sentence is the key. A key's `{}` stands for a value the sentence carries (a
 * platform's name, a date, a count); the French says where each goes with `{1}`, `{2}`… in the
 * English order, and each value is itself translated when the catalogue knows it (`Row 3: …`).
 * A message the catalogue does not know is given as it is: never lost, never blank.
 */
import type { Locale } from '../account';

export type MessageCatalogue = Readonly<Record<string, string>>;

interface Pattern {
  match: RegExp;
  french: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A translator over one catalogue; keys with `{}` are matched as patterns, in catalogue order. */
export function messageTranslator(catalogue: MessageCatalogue) {
  const exact = new Map<string, string>();
  const patterns: Pattern[] = [];
  for (const [english, french] of Object.entries(catalogue)) {
    if (!english.includes('{}')) {
      exact.set(english, french);
      continue;
    }
    const source = english.split('{}').map(escapeRegExp).join('([\\s\\S]*?)');
    patterns.push({ match: new RegExp(`^${source}$`), french });
  }
  // The most specific patterns first: the one with the most fixed text wins.
  patterns.sort((a, b) => fixedLength(b) - fixedLength(a));

  function translate(message: string, depth = 0): string {
    const known = exact.get(message);
    if (known !== undefined) return known;
    if (depth > 3) return message;
    for (const pattern of patterns) {
      const found = pattern.match.exec(message);
      if (!found) continue;
      const values = found.slice(1).map((value) => translate(value, depth + 1));
      return pattern.french.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = values[Number(index) - 1];
        return value === undefined ? whole : value;
      });
    }
    return message;
  }

  return translate;
}

function fixedLength(pattern: Pattern): number {
  return pattern.match.source.replace(/\(\[\\s\\S\]\*\?\)/g, '').length;
}

/**
 * The language to answer in: the one the person's screen shows (the app sends it as
 * `Accept-Language`), else the account's, else English — a client that states no language and
 * no account is a script, whose reader reads the code's language.
 */
export function answerLocale(
  acceptLanguage: string | null | undefined,
  accountLocale?: string | null,
): Locale {
  const stated = acceptLanguage
    ?.split(',', 1)[0]
    ?.split(';', 1)[0]
    ?.trim()
    .toLowerCase()
    .slice(0, 2);
  if (stated === 'fr' || stated === 'en') return stated;
  if (accountLocale === 'fr' || accountLocale === 'en') return accountLocale;
  return 'en';
}
