/**
 * Flags text that looks like personal data of the people being helped (DESIGN.md §2): phone
 * numbers, emails, a name introduced by "named", "Mme" …, or GPS coordinates that would locate a
 * camp. Heuristics: they warn the author before saving, they do not prove anything.
 */
export const personalDataKinds = ['phone', 'email', 'name', 'coordinates'] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

export interface PersonalDataWarning {
  kind: PersonalDataKind;
  /** Offsets in the text (UTF-16, like `String.prototype.slice`), end excluded. */
  start: number;
  end: number;
  text: string;
}

interface Detector {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** The capture group holding the flagged part, when the match includes its context. */
  group?: number;
}

const detectors: Detector[] = [
  { kind: 'email', pattern: /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu },
  // Decimal degrees (50.95123, 1.85321 — also inside map links) and degrees-minutes pairs.
  {
    kind: 'coordinates',
    pattern: /(?<![\d.])[-+]?\d{1,2}\.\d{3,}\s*[,;/ ]\s*[-+]?\d{1,3}\.\d{3,}(?![\d.])/gu,
  },
  {
    kind: 'coordinates',
    pattern:
      /\d{1,3}\s*°\s*\d{1,2}\s*['′’]\s*(?:\d{1,2}(?:[.,]\d+)?\s*(?:["″”]|'')\s*)?[NSns]\s*,?\s*\d{1,3}\s*°\s*\d{1,2}\s*['′’]\s*(?:\d{1,2}(?:[.,]\d+)?\s*(?:["″”]|'')\s*)?[EWOewo]/gu,
  },
  // International (+33 6 12 34 56 78, 0044 7700 900123), French (06 12 34 56 78), British mobile.
  {
    kind: 'phone',
    pattern: /(?<![\w+])(?:\+|00)\d{1,3}(?:[\s.-]?\(0\))?(?:[\s.-]?\d){6,12}(?!\d)/gu,
  },
  { kind: 'phone', pattern: /(?<!\d)0[1-9](?:[\s.-]?\d{2}){4}(?!\d)/gu },
  { kind: 'phone', pattern: /(?<!\d)07\d{3}[\s-]?\d{6}(?!\d)/gu },
  {
    kind: 'name',
    pattern:
      /(?<!\p{L})(?:(?:[Nn]omm|[Aa]ppel|[Pp]r[ée]nomm|[Ss]urnomm)[ée]e?s?|[Nn]amed|[Cc]alled|[Ss]['’]appelle|Monsieur|Madame|Mademoiselle|Mrs?\.?|Ms\.?|Mme\.?|Mlle\.?|M\.)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu,
    group: 1,
  },
];

export function personalDataWarnings(text: string): PersonalDataWarning[] {
  const found: PersonalDataWarning[] = [];
  for (const { kind, pattern, group } of detectors) {
    for (const match of text.matchAll(pattern)) {
      const whole = match[0];
      const part = group === undefined ? whole : (match[group] ?? whole);
      const start = match.index + whole.length - part.length;
      found.push({ kind, start, end: start + part.length, text: part });
    }
  }
  // One warning per stretch of text: the earliest, then the longest, wins over what it covers.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalDataWarning[] = [];
  for (const warning of found) {
    const last = kept.at(-1);
    if (last && warning.start < last.end) continue;
    kept.push(warning);
  }
  return kept;
}
