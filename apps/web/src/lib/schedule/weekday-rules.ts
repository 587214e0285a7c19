/**
 * Weekly rules as screens pick them: ticked days of the week ↔ `FREQ=WEEKLY;BYDAY=…`. Shared by
 * the distributions' series, the agenda's items and the capacity services' opening days.
 */

/** Monday first, as people on the platforms count the week (0 = Monday … 6 = Sunday). */
export const ruleDays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The rule as stored: without `RRULE:`, spaces or lower case. */
export function normaliseRule(rule: string): string {
  return rule
    .trim()
    .replace(/^RRULE:/i, '')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** `FREQ=WEEKLY;BYDAY=MO,TH` from ticked days, Monday first. */
export function weekdaysRule(weekdays: readonly number[]): string {
  const days = [...new Set(weekdays)].filter((d) => d >= 0 && d < 7).sort((a, b) => a - b);
  return `FREQ=WEEKLY;BYDAY=${days.map((d) => ruleDays[d]).join(',')}`;
}

/**
 * The ticked days a rule stands for, when it is a plain "these days every week" (or every day);
 * null for any other rhythm (every other week, the first Monday of the month …).
 */
export function weekdaysOfRule(rule: string): number[] | null {
  const parts = new Map<string, string>();
  for (const part of normaliseRule(rule).split(';')) {
    const at = part.indexOf('=');
    if (at === -1 || parts.has(part.slice(0, at))) return null;
    parts.set(part.slice(0, at), part.slice(at + 1));
  }
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && interval !== '1') return null;
  const rest = [...parts.keys()].filter((name) => !['FREQ', 'INTERVAL', 'WKST'].includes(name));
  if (parts.get('FREQ') === 'DAILY' && rest.length === 0) return [0, 1, 2, 3, 4, 5, 6];
  if (parts.get('FREQ') !== 'WEEKLY' || rest.length !== 1 || rest[0] !== 'BYDAY') return null;
  const days = (parts.get('BYDAY') ?? '')
    .split(',')
    .map((d) => (ruleDays as readonly string[]).indexOf(d));
  if (days.length === 0 || days.includes(-1)) return null;
  return [...new Set(days)].sort((a, b) => a - b);
}
