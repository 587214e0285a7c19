/**
 * The week ahead as a field team reads it: occurrences grouped by day, narrowed by site, service
 * type and organisation, with the filters kept in the page's address (shareable, kept on reload).
 */
import { addDays, type Occurrence } from '@opale/core';

export interface TodayFilters {
  site: string | null;
  serviceType: string | null;
  organisation: string | null;
}

/** The query parameters, short so that a shared link stays readable. */
const params = { site: 'site', serviceType: 'type', organisation: 'org' } as const;

export const noFilters: TodayFilters = { site: null, serviceType: null, organisation: null };

export function readFilters(search: URLSearchParams): TodayFilters {
  const value = (name: string) => {
    const found = search.get(name)?.trim();
    return found ? found : null;
  };
  return {
    site: value(params.site),
    serviceType: value(params.serviceType),
    organisation: value(params.organisation),
  };
}

/** The address's query with these filters, other parameters kept. */
export function writeFilters(search: URLSearchParams, filters: TodayFilters): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of Object.keys(params) as (keyof TodayFilters)[]) {
    const value = filters[key];
    if (value === null) next.delete(params[key]);
    else next.set(params[key], value);
  }
  return next;
}

export function activeFilterCount(filters: TodayFilters): number {
  return Object.values(filters).filter((value) => value !== null).length;
}

export function applyFilters(
  occurrences: readonly Occurrence[],
  filters: TodayFilters,
): Occurrence[] {
  return occurrences.filter(
    (o) =>
      (filters.site === null || o.siteId === filters.site) &&
      (filters.serviceType === null || o.serviceType === filters.serviceType) &&
      (filters.organisation === null || o.organisationId === filters.organisation),
  );
}

export interface FilterChoices {
  sites: string[];
  serviceTypes: string[];
  organisations: string[];
}

/**
 * What each filter offers: what the week holds, plus a value already chosen (from a shared link)
 * that the week no longer holds, so the control still shows it and it can be cleared.
 */
export function filterChoices(
  occurrences: readonly Occurrence[],
  filters: TodayFilters,
): FilterChoices {
  const collect = (pick: (o: Occurrence) => string, chosen: string | null) => {
    const found = new Set(occurrences.map(pick));
    if (chosen !== null) found.add(chosen);
    return [...found];
  };
  return {
    sites: collect((o) => o.siteId, filters.site),
    serviceTypes: collect((o) => o.serviceType, filters.serviceType),
    organisations: collect((o) => o.organisationId, filters.organisation),
  };
}

export interface DayOfOccurrences {
  date: string;
  occurrences: Occurrence[];
}

/** Each of the `days` days from `today`, with its occurrences in time order (empty days too). */
export function groupByDay(
  occurrences: readonly Occurrence[],
  today: string,
  days = 7,
): DayOfOccurrences[] {
  const groups = Array.from({ length: days }, (_, i) => ({
    date: addDays(today, i),
    occurrences: [] as Occurrence[],
  }));
  const byDate = new Map(groups.map((group) => [group.date, group]));
  for (const o of occurrences) byDate.get(o.date)?.occurrences.push(o);
  for (const group of groups) {
    group.occurrences.sort((a, b) =>
      a.start < b.start ? -1 : a.start > b.start ? 1 : a.seriesId < b.seriesId ? -1 : 1,
    );
  }
  return groups;
}
