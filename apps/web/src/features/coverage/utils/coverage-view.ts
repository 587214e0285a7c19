/**
 * The week grid of coverage as the screen shows it: which week the address asks for, which cells
 * hold a gap or an overlap, and rows in the order people read them (site, service, time of day).
 */
import {
  addDays,
  dayPartOf,
  dayParts,
  isLocalDate,
  weekStartOf,
  type DayPart,
  type Entry,
  type Site,
  type WeekCoverage,
} from '@opale/core';

/** The Monday of the week in the address (`?week=2026-03-09`, any day of it), else this week. */
export function weekOf(param: string | null, today: string): string {
  return weekStartOf(param !== null && isLocalDate(param) ? param : today);
}

export function weekParam(weekStart: string, today: string): string | null {
  return weekStart === weekStartOf(today) ? null : weekStart;
}

export const previousWeek = (weekStart: string) => addDays(weekStart, -7);
export const nextWeek = (weekStart: string) => addDays(weekStart, 7);

export function cellKey(siteId: string, serviceType: string, part: DayPart, date: string): string {
  return `${siteId}\u0000${serviceType}\u0000${part}\u0000${date}`;
}

export interface CellMarks {
  gap: boolean;
  overlap: boolean;
}

/**
 * The cells to mark. An overlap marks the cell of each of its two distributions: they may start
 * in different parts of the day (11:00–13:00 and 12:30–14:00).
 */
export function cellMarks(coverage: WeekCoverage): Map<string, CellMarks> {
  const marks = new Map<string, CellMarks>();
  const mark = (key: string, kind: keyof CellMarks) => {
    const found = marks.get(key) ?? { gap: false, overlap: false };
    found[kind] = true;
    marks.set(key, found);
  };
  for (const gap of coverage.gaps) {
    mark(cellKey(gap.siteId, gap.serviceType, gap.part, gap.date), 'gap');
  }
  for (const overlap of coverage.overlaps) {
    for (const o of [overlap.first, overlap.second]) {
      mark(cellKey(o.siteId, o.serviceType, dayPartOf(o.startTime), o.date), 'overlap');
    }
  }
  return marks;
}

/** Rows by site name, then service name, then morning → evening. */
export function sortRows<R extends { siteId: string; serviceType: string; part: DayPart }>(
  rows: readonly R[],
  siteName: (id: string) => string,
  serviceTypeName: (code: string) => string,
): R[] {
  return [...rows].sort(
    (a, b) =>
      siteName(a.siteId).localeCompare(siteName(b.siteId)) ||
      a.siteId.localeCompare(b.siteId) ||
      serviceTypeName(a.serviceType).localeCompare(serviceTypeName(b.serviceType)) ||
      dayParts.indexOf(a.part) - dayParts.indexOf(b.part),
  );
}

/** Sites that closed (after an eviction, say), by the first day they no longer serve. */
export function closedSitesOf(sites: readonly Entry<Site>[]): Map<string, string> {
  return new Map(
    sites.flatMap((site) =>
      site.fields.activeUntil !== null ? [[site.id, site.fields.activeUntil] as const] : [],
    ),
  );
}
