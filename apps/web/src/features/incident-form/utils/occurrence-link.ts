/**
 * Coming from a disrupted distribution (`?series=<id>&date=<YYYY-MM-DD>`): the form starts from
 * that occurrence as the schedule board plans it (a moved date keeps its own site and time).
 */
import {
  expandSchedule,
  isLocalDate,
  type IncidentOccurrence,
  type IncidentType,
  type ScheduleSource,
} from '@opale/core';

export interface OccurrenceLink {
  occurrence: IncidentOccurrence;
  siteId: string;
  /** Paris time the distribution started, HH:MM. */
  startTime: string;
  serviceType: string;
}

/** What an incident that disrupted a distribution most often is: offered first, not chosen. */
export const disruptedDistributionTypes: readonly IncidentType[] = [
  'eviction_during_distribution',
  'distribution_obstruction',
];

/** Reads the link from the URL; null when absent or not a date. */
export function occurrenceFromSearch(search: URLSearchParams): IncidentOccurrence | null {
  const seriesId = search.get('series')?.trim() ?? '';
  const date = search.get('date') ?? '';
  if (seriesId === '' || !isLocalDate(date)) return null;
  return { seriesId, date };
}

/**
 * The occurrence as planned, or the series' usual site and time when that date is not one of its
 * days; null when the board has no such series (deleted, or not yet downloaded).
 */
export function linkOccurrence(
  source: ScheduleSource,
  occurrence: IncidentOccurrence,
): OccurrenceLink | null {
  const planned = expandSchedule(source, occurrence.date, occurrence.date).find(
    (o) => o.seriesId === occurrence.seriesId,
  );
  if (planned) {
    return {
      occurrence,
      siteId: planned.siteId,
      startTime: planned.startTime,
      serviceType: planned.serviceType,
    };
  }
  const series = source.series.find((s) => s.id === occurrence.seriesId);
  if (!series) return null;
  return {
    occurrence,
    siteId: series.fields.siteId,
    startTime: series.fields.startTime,
    serviceType: series.fields.serviceType,
  };
}
