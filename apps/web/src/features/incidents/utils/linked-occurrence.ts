/**
 * The distribution a report says it disrupted, as the schedule board plans it on that date: its
 * site (where it was moved to, if it was), service type, time and organisation. A series removed
 * since is told apart from one the board has not been read for yet.
 */
import { expandSchedule, type Occurrence, type ScheduleSource } from '@opale/core';

export type LinkedOccurrenceView =
  | { kind: 'found'; occurrence: Occurrence }
  /** The series exists but its rule no longer gives that date: shown from the series itself. */
  | {
      kind: 'seriesOnly';
      date: string;
      siteId: string;
      serviceType: string;
      organisationId: string;
    }
  | { kind: 'gone'; date: string };

export function linkedOccurrenceView(
  source: ScheduleSource,
  link: { seriesId: string; date: string },
): LinkedOccurrenceView {
  const series = source.series.find((entry) => entry.id === link.seriesId);
  if (!series) return { kind: 'gone', date: link.date };
  const occurrence = expandSchedule(source, link.date, link.date).find(
    (o) => o.seriesId === link.seriesId,
  );
  if (occurrence) return { kind: 'found', occurrence };
  return {
    kind: 'seriesOnly',
    date: link.date,
    siteId: series.fields.siteId,
    serviceType: series.fields.serviceType,
    organisationId: series.root.slice('org:'.length),
  };
}
