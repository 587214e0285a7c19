/**
 * The offer a disrupted distribution makes in Today: record what happened, in the incident form
 * that starts from this occurrence (`?series=<id>&date=<YYYY-MM-DD>`, read there) and works
 * offline. Today never asks about incidents themselves: who may read them is the server's rule.
 */
import { roleAtLeast, type Occurrence, type Role } from '@opale/core';

/** The incident form's address for an occurrence of a platform's schedule. */
export function recordIncidentPath(
  platform: string,
  occurrence: Pick<Occurrence, 'seriesId' | 'date'>,
): string {
  const search = new URLSearchParams({ series: occurrence.seriesId, date: occurrence.date });
  return `/${encodeURIComponent(platform)}/incidents/new?${search.toString()}`;
}

/**
 * Whether an occurrence offers it: disrupted (as recorded, or as just tapped), on a day already
 * come, to a member who may report incidents (field and up; an observer only reads).
 */
export function offersIncident(
  occurrence: Pick<Occurrence, 'state' | 'date'>,
  today: string,
  role: Role,
): boolean {
  return (
    occurrence.state?.status === 'disrupted' &&
    occurrence.date <= today &&
    roleAtLeast(role, 'field')
  );
}
