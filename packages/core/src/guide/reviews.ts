/**
 * What a coordinator reviews of the guide's built-in translations: every string flattened to a
 * stable key (`strings.status.open`, `serviceType.meal`, the keys review rows store), and whether
 * a review still vouches for the text the page shows.
 */
import { defaultGuideLanguages, isGuideLanguageCode, type GuideLanguageCode } from './languages';
import { guideStrings, type GuideStrings } from './strings';

export interface GuideStringEntry {
  /** `strings.<dotted key>` or `serviceType.<code>`. */
  key: string;
  kind: 'string' | 'serviceType';
  english: string;
  /** The language's text, as the public guide shows it. */
  text: string;
}

/** Long enough for a few paragraphs on a phone; a guide section is read standing in the cold. */
export const maxGuideSectionLength = 4000;

/** English is what every translation follows: there is nothing to review in it. */
export const guideReferenceLanguage: GuideLanguageCode = 'en';

function flatten(value: unknown, prefix: string, into: Map<string, string>): void {
  if (typeof value === 'string') {
    into.set(prefix, value);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    }
  }
}

function keyedTexts(strings: GuideStrings): Map<string, string> {
  const { serviceTypes, ...rest } = strings;
  const texts = new Map<string, string>();
  const flat = new Map<string, string>();
  flatten(rest, '', flat);
  for (const [key, text] of flat) texts.set(`strings.${key}`, text);
  for (const [code, text] of Object.entries(serviceTypes)) texts.set(`serviceType.${code}`, text);
  return texts;
}

/** Every built-in string of the guide in one language, beside its English, in the English order. */
export function guideStringEntries(language: GuideLanguageCode): GuideStringEntry[] {
  const english = keyedTexts(guideStrings[guideReferenceLanguage]);
  const translated = keyedTexts(guideStrings[language]);
  return [...english].map(([key, englishText]) => ({
    key,
    kind: key.startsWith('serviceType.') ? 'serviceType' : 'string',
    english: englishText,
    // A translation missing a key shows the English on the page; so does the review list.
    text: translated.get(key) ?? englishText,
  }));
}

/** A review vouches for the words reviewed: once the translation changes, it no longer holds. */
export function reviewHolds(review: { text: string } | undefined, currentText: string): boolean {
  return review !== undefined && review.text === currentText;
}

export interface GuideReviewCount {
  reviewed: number;
  total: number;
}

/** How much of a language's strings and service-type names hold a current review. */
export function guideReviewProgress(
  entries: readonly GuideStringEntry[],
  reviews: readonly { stringKey: string; text: string }[],
): { strings: GuideReviewCount; serviceTypes: GuideReviewCount } {
  const byKey = new Map(reviews.map((r) => [r.stringKey, r]));
  const progress = {
    strings: { reviewed: 0, total: 0 },
    serviceTypes: { reviewed: 0, total: 0 },
  };
  for (const entry of entries) {
    const count = entry.kind === 'serviceType' ? progress.serviceTypes : progress.strings;
    count.total += 1;
    if (reviewHolds(byKey.get(entry.key), entry.text)) count.reviewed += 1;
  }
  return progress;
}

/**
 * A platform's languages as stored (space-separated codes) read back: unknown codes dropped (the
 * catalogue may lose one), duplicates kept once, hidden ones only among the languages. A platform
 * that never chose (or whose every code vanished) shows every language.
 */
export function readGuideLanguageSettings(
  stored: { languages: string; hiddenLanguages: string } | undefined,
): { languages: GuideLanguageCode[]; hidden: GuideLanguageCode[] } {
  if (!stored) return { languages: [...defaultGuideLanguages], hidden: [] };
  const codes = (text: string) => [
    ...new Set(
      text.split(/\s+/).filter((code): code is GuideLanguageCode => isGuideLanguageCode(code)),
    ),
  ];
  const languages = codes(stored.languages);
  if (languages.length === 0) return { languages: [...defaultGuideLanguages], hidden: [] };
  const hidden = codes(stored.hiddenLanguages).filter((code) => languages.includes(code));
  return { languages, hidden };
}
