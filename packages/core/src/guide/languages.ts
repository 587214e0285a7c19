/**
 * The languages of the public Arrival Guide: those people on the move around Calais and Dunkirk
 * read, each named in its own script for the language buttons. Which of them a platform shows,
 * and in which order, is the platform's setting (arrivals' nationalities change).
 */
export interface GuideLanguage {
  /** BCP 47 code, as in `?lang=`. */
  code: string;
  /** The language's name in its own script, on its button. */
  ownName: string;
  /** Its name in English, for coordinators' screens and logs. */
  englishName: string;
  dir: 'ltr' | 'rtl';
  /** The script, for a fallback font when a phone lacks it. */
  script: 'Latn' | 'Arab' | 'Ethi';
}

export const guideLanguages = [
  { code: 'en', ownName: 'English', englishName: 'English', dir: 'ltr', script: 'Latn' },
  { code: 'fr', ownName: 'Français', englishName: 'French', dir: 'ltr', script: 'Latn' },
  { code: 'ar', ownName: 'العربية', englishName: 'Arabic', dir: 'rtl', script: 'Arab' },
  { code: 'fa', ownName: 'فارسی', englishName: 'Farsi / Dari', dir: 'rtl', script: 'Arab' },
  { code: 'ps', ownName: 'پښتو', englishName: 'Pashto', dir: 'rtl', script: 'Arab' },
  {
    code: 'ckb',
    ownName: 'کوردیی ناوەندی',
    englishName: 'Kurdish (Sorani)',
    dir: 'rtl',
    script: 'Arab',
  },
  {
    code: 'kmr',
    ownName: 'Kurmancî',
    englishName: 'Kurdish (Kurmanji)',
    dir: 'ltr',
    script: 'Latn',
  },
  { code: 'ti', ownName: 'ትግርኛ', englishName: 'Tigrinya', dir: 'ltr', script: 'Ethi' },
  { code: 'am', ownName: 'አማርኛ', englishName: 'Amharic', dir: 'ltr', script: 'Ethi' },
  { code: 'vi', ownName: 'Tiếng Việt', englishName: 'Vietnamese', dir: 'ltr', script: 'Latn' },
] as const satisfies readonly GuideLanguage[];

export type GuideLanguageCode = (typeof guideLanguages)[number]['code'];

export function guideLanguageOf(code: string): GuideLanguage | undefined {
  return guideLanguages.find((language) => language.code === code);
}

export function isGuideLanguageCode(code: string): code is GuideLanguageCode {
  return guideLanguageOf(code) !== undefined;
}

/** Every language, English and French first: what a platform shows until a coordinator chooses. */
export const defaultGuideLanguages: readonly GuideLanguageCode[] = guideLanguages.map(
  (l) => l.code,
);

/** The sections coordinators write per language; `minors` is highlighted on the page. */
export const guideSections = ['rights', 'safety', 'minors', 'info'] as const;
export type GuideSection = (typeof guideSections)[number];

/** Whether a site's place may be shown in the public guide (DESIGN.md: never camp locations). */
export const sitePublicLevels = ['shown', 'field', 'ask'] as const;
export type SitePublicLevel = (typeof sitePublicLevels)[number];
