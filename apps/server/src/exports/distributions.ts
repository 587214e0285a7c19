/**
 * Distribution occurrences as exports and feeds show them: dated, with the site's and the
 * organisation's names, and one status. Both read the schedule board through `readSchedule`.
 */
import {
  addDays,
  expandSchedule,
  localDateOf,
  serviceTypeOf,
  type Occurrence,
  type OccurrenceStatus,
} from '@opale/core';
import { readSchedule, type ApiDeps, type ScheduleBoardView } from '@opale/api';
import { findOrganisationsByIds } from '@opale/db';

export interface Distribution {
  occurrence: Occurrence;
  siteName: string;
  organisationName: string;
  status: OccurrenceStatus;
}

/**
 * What the field team recorded wins; otherwise a date cancelled in advance is `cancelled` and
 * any other `planned`.
 */
export function statusOf(occurrence: Occurrence): OccurrenceStatus {
  if (occurrence.state) return occurrence.state.status;
  return occurrence.change === 'cancelled' ? 'cancelled' : 'planned';
}

export function distributionsBetween(
  schedule: ScheduleBoardView,
  organisationNames: ReadonlyMap<string, string>,
  from: string,
  to: string,
): Distribution[] {
  return expandSchedule(schedule.source, from, to).map((occurrence) => ({
    occurrence,
    // A series may outlive its site or its organisation's place on the platform: show the id.
    siteName: schedule.siteNames.get(occurrence.siteId) ?? occurrence.siteId,
    organisationName: organisationNames.get(occurrence.organisationId) ?? occurrence.organisationId,
    status: statusOf(occurrence),
  }));
}

/** The distributions of a platform between two local dates, as the schedule board holds them now. */
export async function readDistributions(
  deps: Pick<ApiDeps, 'db' | 'boards'>,
  platformSlug: string,
  from: string,
  to: string,
): Promise<Distribution[]> {
  const schedule = await readSchedule(deps.boards, platformSlug);
  const organisationIds = [...new Set(schedule.source.series.map((s) => organisationOf(s.root)))];
  const organisationNames = new Map(
    (await findOrganisationsByIds(deps.db, organisationIds)).map((o) => [o.id, o.name]),
  );
  return distributionsBetween(schedule, organisationNames, from, to);
}

/** The organisation that owns a root of the board (`org:<id>`). */
function organisationOf(root: string): string {
  return root.slice('org:'.length);
}

export function serviceTypeName(code: string, language: 'fr' | 'en'): string {
  return serviceTypeOf(code)?.name[language] ?? code;
}

/** Days between two local dates, both counted (`2026-03-01`…`2026-03-01` is 1). */
export function daysSpanned(from: string, to: string): number {
  return (
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
  );
}

/** The local dates a rolling window covers around now. */
export function windowAround(now: Date, pastDays: number, futureDays: number) {
  const today = localDateOf(now);
  return { from: addDays(today, -pastDays), to: addDays(today, futureDays) };
}
