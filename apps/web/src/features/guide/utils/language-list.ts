/**
 * The guide's language list as a coordinator edits it before saving: the order of the buttons,
 * which languages are kept off the public page, which are on the list at all.
 */
import { guideLanguages, type GuideLanguageCode } from '@opale/core';

export interface LanguageListDraft {
  /** In button order. */
  languages: GuideLanguageCode[];
  hidden: GuideLanguageCode[];
}

/** Moves a language one place up (-1) or down (+1); at either end it stays where it is. */
export function moveLanguage(
  draft: LanguageListDraft,
  code: GuideLanguageCode,
  step: -1 | 1,
): LanguageListDraft {
  const from = draft.languages.indexOf(code);
  const to = from + step;
  if (from === -1 || to < 0 || to >= draft.languages.length) return draft;
  const languages = [...draft.languages];
  [languages[from], languages[to]] = [languages[to]!, languages[from]!];
  return { ...draft, languages };
}

/**
 * Adds a language at the end, hidden: a language joins the public page only once someone chose
 * to show it, usually after reviewing its translations.
 */
export function addLanguage(draft: LanguageListDraft, code: GuideLanguageCode): LanguageListDraft {
  if (draft.languages.includes(code)) return draft;
  return { languages: [...draft.languages, code], hidden: [...draft.hidden, code] };
}

export function removeLanguage(
  draft: LanguageListDraft,
  code: GuideLanguageCode,
): LanguageListDraft {
  return {
    languages: draft.languages.filter((c) => c !== code),
    hidden: draft.hidden.filter((c) => c !== code),
  };
}

export function setLanguageShown(
  draft: LanguageListDraft,
  code: GuideLanguageCode,
  shown: boolean,
): LanguageListDraft {
  const hidden = draft.hidden.filter((c) => c !== code);
  return { ...draft, hidden: shown ? hidden : [...hidden, code] };
}

/** The guide's languages not on the list, in the catalogue's order: what "Add" offers. */
export function addableLanguages(draft: LanguageListDraft): GuideLanguageCode[] {
  return guideLanguages.map((l) => l.code).filter((code) => !draft.languages.includes(code));
}

/** The languages on the public page, in button order. */
export function shownLanguages(draft: LanguageListDraft): GuideLanguageCode[] {
  return draft.languages.filter((code) => !draft.hidden.includes(code));
}

export type LanguageListProblem = 'noLanguage' | 'noneShown';

/** What the server would refuse, said before sending. */
export function checkLanguageList(draft: LanguageListDraft): LanguageListProblem | null {
  if (draft.languages.length === 0) return 'noLanguage';
  if (shownLanguages(draft).length === 0) return 'noneShown';
  return null;
}

export function sameLanguageList(a: LanguageListDraft, b: LanguageListDraft): boolean {
  const sameOrder = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((code, i) => code === y[i]);
  return (
    sameOrder(a.languages, b.languages) && sameOrder([...a.hidden].sort(), [...b.hidden].sort())
  );
}

/** The public guide's address, in one language or the visitor's choice. */
export function publicGuideUrl(origin: string, slug: string, language?: GuideLanguageCode): string {
  const url = new URL(`/guide/${encodeURIComponent(slug)}`, origin);
  if (language) url.searchParams.set('lang', language);
  return url.toString();
}

/** The same address without the origin, for the preview frame (same origin, no CORS). */
export function publicGuidePath(slug: string, language: GuideLanguageCode): string {
  return `/guide/${encodeURIComponent(slug)}?lang=${encodeURIComponent(language)}`;
}

/**
 * Changes when anything the public page shows was saved (languages, sections, reviews), and only
 * then: the preview loads the page again on a change, not each time the settings are re-read.
 */
export function previewVersion(settings: {
  languages: readonly string[];
  hidden: readonly string[];
  sections: readonly {
    language: string;
    section: string;
    updatedAt: string;
    reviewedAt: string | null;
  }[];
  progress: object;
}): string {
  return JSON.stringify([
    settings.languages,
    settings.hidden,
    settings.sections.map((s) => [s.language, s.section, s.updatedAt, s.reviewedAt]),
    settings.progress,
  ]);
}
