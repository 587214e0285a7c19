/**
 * What the report screen shows, kept in the address so that a report can be bookmarked and
 * sent: the period (`?period=3m|12m|custom&from=&to=`) and the scope (`?scope=all|own|shared`).
 */
import { addDays, isLocalDate } from '@opale/core';

export const reportPeriods = ['3m', '12m', 'custom'] as const;
export type ReportPeriod = (typeof reportPeriods)[number];
export const reportScopes = ['all', 'own', 'shared'] as const;
export type ReportScope = (typeof reportScopes)[number];

export interface ReportQuery {
  period: ReportPeriod;
  scope: ReportScope;
  /** Paris dates, inclusive. */
  from: string;
  to: string;
  /** What is wrong with a custom period the person typed, for the form to say. */
  problem: 'order' | null;
}

/** The first day of the month `months` before the month of `day` (0 = that month). */
export function monthStartBefore(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * The period and scope an address asks for. The last 3 or 12 months are whole calendar months up
 * to today (the current one included), so that the month bars compare like with like. A custom
 * period with a missing or unreadable end falls back to that end of the last 3 months.
 */
export function reportQueryOf(search: URLSearchParams, today: string): ReportQuery {
  const asked = search.get('period');
  const period = reportPeriods.find((p) => p === asked) ?? '3m';
  const scopeAsked = search.get('scope');
  const scope = reportScopes.find((s) => s === scopeAsked) ?? 'all';
  const months = period === '12m' ? 12 : 3;
  const preset = { from: monthStartBefore(today, months - 1), to: today };
  if (period !== 'custom') return { period, scope, ...preset, problem: null };
  const dateOr = (value: string | null, fallback: string) =>
    value && isLocalDate(value) ? value : fallback;
  const from = dateOr(search.get('from'), preset.from);
  const to = dateOr(search.get('to'), preset.to);
  return { period, scope, from, to, problem: to < from ? 'order' : null };
}

/** The address's search part for a query: only what differs from the defaults. */
export function reportSearch(
  query: Pick<ReportQuery, 'period' | 'scope'> & Partial<Pick<ReportQuery, 'from' | 'to'>>,
): string {
  const search = new URLSearchParams();
  if (query.period !== '3m') search.set('period', query.period);
  if (query.period === 'custom') {
    if (query.from) search.set('from', query.from);
    if (query.to) search.set('to', query.to);
  }
  if (query.scope !== 'all') search.set('scope', query.scope);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The server's exports of the same report (apps/server, export routes), with the same period. */
export function reportExportLinks(
  platform: string,
  query: Pick<ReportQuery, 'from' | 'to' | 'scope'>,
) {
  const base = `/export/${encodeURIComponent(platform)}`;
  const period = new URLSearchParams({ from: query.from, to: query.to });
  const scoped = new URLSearchParams({ from: query.from, to: query.to, scope: query.scope });
  return {
    printable: `${base}/incidents/report.html?${scoped.toString()}`,
    csv: `${base}/incidents.csv?${scoped.toString()}`,
    // Only the organisation's own reports, whatever the scope on screen.
    fullCsv: `${base}/incidents.csv?${period.toString()}&full=1`,
  };
}

/** How many days a period spans, both ends included. */
export function daysIn(from: string, to: string): number {
  let days = 1;
  for (let day = from; day < to && days <= 4000; day = addDays(day, 1)) days += 1;
  return days;
}
