/**
 * What a week of distributions covers across organisations: by site, service type and part of the
 * day; where a service that runs on some days is missing on others (gaps); and where two
 * organisations serve the same thing at the same place and time (overlaps).
 */
import { addDays, minutesOf } from './local-time';
import type { Occurrence } from './recurrence';

export const dayParts = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof dayParts)[number];

/** Morning before 12:00, afternoon until 17:00, evening after, by start time. */
export function dayPartOf(startTime: string): DayPart {
  const minutes = minutesOf(startTime);
  return minutes < 12 * 60 ? 'morning' : minutes < 17 * 60 ? 'afternoon' : 'evening';
}

export interface CoverageCell {
  siteId: string;
  serviceType: string;
  part: DayPart;
  date: string;
  occurrences: Occurrence[];
}

export interface Gap {
  siteId: string;
  serviceType: string;
  part: DayPart;
  date: string;
}

export interface Overlap {
  siteId: string;
  serviceType: string;
  date: string;
  first: Occurrence;
  second: Occurrence;
}

export interface WeekCoverage {
  dates: string[];
  /** One row per site, service type and part of the day that has any distribution this week. */
  rows: { siteId: string; serviceType: string; part: DayPart; cells: CoverageCell[] }[];
  gaps: Gap[];
  overlaps: Overlap[];
}

const held = (o: Occurrence) => o.change !== 'cancelled' && o.state?.status !== 'cancelled';

/** Two distributions of different organisations at one site, for one service, at once. */
export function overlapsBetween(
  occurrences: readonly Occurrence[],
  others: readonly Occurrence[] = occurrences,
): Overlap[] {
  const found: Overlap[] = [];
  const seen = new Set<string>();
  for (const a of occurrences) {
    if (!held(a)) continue;
    for (const b of others) {
      if (a === b || !held(b) || a.organisationId === b.organisationId) continue;
      if (a.siteId !== b.siteId || a.serviceType !== b.serviceType || a.date !== b.date) continue;
      if (!(a.start < b.end && b.start < a.end)) continue;
      const [first, second] =
        a.start < b.start || (a.start === b.start && a.seriesId < b.seriesId) ? [a, b] : [b, a];
      const key = `${first.seriesId}:${second.seriesId}:${a.date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ siteId: a.siteId, serviceType: a.serviceType, date: a.date, first, second });
    }
  }
  return found;
}

/** A site, service type and part of the day held on at least this many days counts as daily. */
export const minimumDaysForGaps = 4;

/**
 * The week from `weekStart` (7 dates). A gap is a date on which a site, service type and part of
 * the day that is served on most days of the week (`minimumDaysForGaps`) has nothing held: the
 * evening meal missing on Sunday. `closedSites` maps a site to the first date it no longer serves
 * (a site closed after an eviction leaves no gap).
 */
export function weekCoverage(
  occurrences: readonly Occurrence[],
  weekStart: string,
  closedSites: ReadonlyMap<string, string> = new Map(),
): WeekCoverage {
  const dates = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const inWeek = occurrences.filter((o) => o.date >= dates[0]! && o.date <= dates[6]!);
  const rowKeys = new Map<string, { siteId: string; serviceType: string; part: DayPart }>();
  for (const o of inWeek) {
    if (!held(o)) continue;
    const part = dayPartOf(o.startTime);
    rowKeys.set(`${o.siteId}\u0000${o.serviceType}\u0000${part}`, {
      siteId: o.siteId,
      serviceType: o.serviceType,
      part,
    });
  }
  const rows = [...rowKeys.values()]
    .sort((a, b) =>
      a.siteId !== b.siteId
        ? a.siteId.localeCompare(b.siteId)
        : a.serviceType !== b.serviceType
          ? a.serviceType.localeCompare(b.serviceType)
          : dayParts.indexOf(a.part) - dayParts.indexOf(b.part),
    )
    .map((row) => ({
      ...row,
      cells: dates.map((date) => ({
        ...row,
        date,
        occurrences: inWeek.filter(
          (o) =>
            o.siteId === row.siteId &&
            o.serviceType === row.serviceType &&
            o.date === date &&
            dayPartOf(o.startTime) === row.part,
        ),
      })),
    }));
  const gaps: Gap[] = [];
  for (const row of rows) {
    // A service held on fewer days is a weekly or occasional one: its other days are not gaps.
    if (row.cells.filter((cell) => cell.occurrences.some(held)).length < minimumDaysForGaps)
      continue;
    const closedFrom = closedSites.get(row.siteId);
    for (const cell of row.cells) {
      if (closedFrom !== undefined && cell.date >= closedFrom) continue;
      if (!cell.occurrences.some(held))
        gaps.push({
          siteId: row.siteId,
          serviceType: row.serviceType,
          part: row.part,
          date: cell.date,
        });
    }
  }
  return { dates, rows, gaps, overlaps: overlapsBetween(inWeek) };
}
