/**
 * The aggregates of the incident log: counts by month, type, authority and place, totals, a
 * timeline, how recent and how verified. Pure: the caller passes only the reports the reader may
 * see (the API decides that, with `incidentVisibility`), so a report never counts what its reader
 * could not open.
 */
import { addDays, localDateOf, weekStartOf } from '../schedule/local-time';
import type { IncidentAuthority, IncidentStatus, IncidentType } from './lists';

/** What a report needs of an incident: no narrative, no exact place, no author. */
export interface IncidentReportRow {
  occurredAt: string;
  type: IncidentType;
  authority: IncidentAuthority;
  siteId: string | null;
  commune: string;
  officers: number | null;
  vehicles: number | null;
  itemsSeized: number | null;
  fineAmountCents: number | null;
  status: IncidentStatus;
}

export interface IncidentReportOptions {
  now: Date;
  /** The platform's sites by id (from the schedule board), to count by site. */
  siteNames: ReadonlyMap<string, string>;
  /** The period shown, as Paris dates (inclusive); months and the timeline run across all of it. */
  from?: string;
  to?: string;
}

export interface ReportCount<K extends string = string> {
  key: K;
  count: number;
}

export interface IncidentReport {
  /** The Paris dates the months and the timeline cover; null when there is nothing to cover. */
  period: { from: string; to: string } | null;
  totals: {
    incidents: number;
    officers: number;
    vehicles: number;
    itemsSeized: number;
    /** Incidents with a fine, and the sum of their fines in euro cents. */
    fines: number;
    fineCents: number;
  };
  /** Every month of the period (`YYYY-MM`, Paris), oldest first, months without any included. */
  byMonth: ReportCount[];
  /** Largest first; only what happened at least once. */
  byType: ReportCount<IncidentType>[];
  byAuthority: ReportCount<IncidentAuthority>[];
  /** The site's name when the report names a site of the platform, else its commune. */
  byPlace: ReportCount[];
  /** Commune level only: what the redacted exports show. */
  byCommune: ReportCount[];
  /** Counts per day for a period up to 45 days, else per week (starting on Monday). */
  timeline: { unit: 'day' | 'week'; points: ReportCount[] };
  recency: { last7Days: number; last30Days: number; last90Days: number; latest: string | null };
  verification: {
    draft: number;
    verified: number;
    shared: number;
    /** Verified or shared, out of all; null when there is nothing. */
    verifiedShare: number | null;
  };
}

/** The timeline goes from days to weeks past this many days, so that a chart stays readable. */
export const dailyTimelineMaxDays = 45;

const dayMs = 86_400_000;

/** The Paris month (`YYYY-MM`) an instant falls in: 23:30 UTC on 31 October is November in Calais. */
export function parisMonthOf(instant: string | Date): string {
  return parisDateOf(instant).slice(0, 7);
}

function parisDateOf(instant: string | Date): string {
  return localDateOf(typeof instant === 'string' ? new Date(instant) : instant);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

const compareText = new Intl.Collator('fr', { sensitivity: 'base', numeric: true }).compare;

/** Largest first, then by name, so that equal bars keep one order on every screen. */
function countsOf<K extends string>(keys: Iterable<K>): ReportCount<K>[] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || compareText(a.key, b.key));
}

function sum(values: Iterable<number | null>): number {
  let total = 0;
  for (const value of values) total += value ?? 0;
  return total;
}

export function incidentReport(
  rows: readonly IncidentReportRow[],
  options: IncidentReportOptions,
): IncidentReport {
  const dates = rows.map((row) => parisDateOf(row.occurredAt));
  const sorted = [...dates].sort();
  const from = options.from ?? sorted[0];
  const to = options.to ?? sorted.at(-1);
  const period = from && to && from <= to ? { from, to } : null;

  const byMonth: ReportCount[] = [];
  const timeline: IncidentReport['timeline'] = { unit: 'day', points: [] };
  if (period) {
    const perMonth = new Map<string, number>();
    for (const date of dates)
      perMonth.set(date.slice(0, 7), (perMonth.get(date.slice(0, 7)) ?? 0) + 1);
    for (
      let month = period.from.slice(0, 7);
      month <= period.to.slice(0, 7);
      month = nextMonth(month)
    ) {
      byMonth.push({ key: month, count: perMonth.get(month) ?? 0 });
    }

    timeline.unit =
      daysBetween(period.from, period.to) + 1 <= dailyTimelineMaxDays ? 'day' : 'week';
    const bucketOf = (date: string) => (timeline.unit === 'day' ? date : weekStartOf(date));
    const perBucket = new Map<string, number>();
    for (const date of dates)
      perBucket.set(bucketOf(date), (perBucket.get(bucketOf(date)) ?? 0) + 1);
    const step = timeline.unit === 'day' ? 1 : 7;
    for (let start = bucketOf(period.from); start <= period.to; start = addDays(start, step)) {
      timeline.points.push({ key: start, count: perBucket.get(start) ?? 0 });
    }
  }

  const now = options.now.getTime();
  const within = (days: number) =>
    rows.filter((row) => {
      const at = Date.parse(row.occurredAt);
      return at <= now && at > now - days * dayMs;
    }).length;
  const latest = rows.reduce<string | null>(
    (found, row) =>
      found === null || Date.parse(row.occurredAt) > Date.parse(found) ? row.occurredAt : found,
    null,
  );

  const status = (wanted: IncidentStatus) => rows.filter((row) => row.status === wanted).length;
  const verified = status('verified');
  const shared = status('shared');

  return {
    period,
    totals: {
      incidents: rows.length,
      officers: sum(rows.map((row) => row.officers)),
      vehicles: sum(rows.map((row) => row.vehicles)),
      itemsSeized: sum(rows.map((row) => row.itemsSeized)),
      fines: rows.filter((row) => row.fineAmountCents !== null && row.fineAmountCents > 0).length,
      fineCents: sum(rows.map((row) => row.fineAmountCents)),
    },
    byMonth,
    byType: countsOf(rows.map((row) => row.type)),
    byAuthority: countsOf(rows.map((row) => row.authority)),
    byPlace: countsOf(
      rows.map(
        (row) => (row.siteId ? options.siteNames.get(row.siteId) : undefined) ?? row.commune,
      ),
    ),
    byCommune: countsOf(rows.map((row) => row.commune)),
    timeline,
    recency: {
      last7Days: within(7),
      last30Days: within(30),
      last90Days: within(90),
      latest,
    },
    verification: {
      draft: status('draft'),
      verified,
      shared,
      verifiedShare: rows.length === 0 ? null : (verified + shared) / rows.length,
    },
  };
}
