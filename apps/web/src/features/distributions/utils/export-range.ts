/**
 * The period of the CSV export and its URL: by default four weeks from this week's Monday; the
 * server takes at most 92 days at once.
 */

/** The server's limit on one export, in days (first and last included). */
export const maxExportDays = 92;

function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds days to a YYYY-MM-DD calendar day. */
export function addDays(day: string, days: number): string {
  const date = utcDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}

/** This week's Monday → 27 days later (four whole weeks), given today as YYYY-MM-DD. */
export function defaultExportRange(today: string): { from: string; to: string } {
  const weekday = (utcDate(today).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const from = addDays(today, -weekday);
  return { from, to: addDays(from, 27) };
}

export type ExportRangeProblem = 'missing' | 'reversed' | 'tooLong';

/** What is wrong with the chosen period, if anything (the server says the same in English). */
export function exportRangeProblem(from: string, to: string): ExportRangeProblem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return 'missing';
  if (to < from) return 'reversed';
  const days = Math.round((utcDate(to).getTime() - utcDate(from).getTime()) / 86_400_000) + 1;
  return days > maxExportDays ? 'tooLong' : null;
}

/** The cookie-authenticated download of the platform's distributions in that period. */
export function exportUrl(platform: string, from: string, to: string): string {
  const query = new URLSearchParams({ from, to });
  return `/export/${encodeURIComponent(platform)}/distributions.csv?${query.toString()}`;
}
