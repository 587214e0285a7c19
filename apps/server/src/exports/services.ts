/**
 * The services of the capacity board as the services export shows them: one row per service not
 * archived, with its organisation's name and its latest reading, read through `readCapacity`.
 */
import { TZDate } from '@date-fns/tz';
import { readCapacity, type ApiDeps } from '@opale/api';
import { platformTimeZone, type CapacityEntry } from '@opale/core';
import { findOrganisationsByIds } from '@opale/db';

export interface ServiceRow {
  entry: CapacityEntry;
  organisationName: string;
}

/**
 * The services of a platform, by organisation name then service name (the order a reader scans
 * a printed list in); archived services are left out, as the board hides them.
 */
export async function readServices(
  deps: Pick<ApiDeps, 'db' | 'boards'>,
  platformSlug: string,
): Promise<ServiceRow[]> {
  const { entries } = await readCapacity(deps.boards, platformSlug);
  const shown = entries.filter((entry) => !entry.service.archived);
  const names = new Map(
    (await findOrganisationsByIds(deps.db, [...new Set(shown.map((e) => e.organisationId))])).map(
      (o) => [o.id, o.name],
    ),
  );
  const compare = new Intl.Collator('fr', { sensitivity: 'base', numeric: true }).compare;
  return shown
    .map((entry) => ({
      entry,
      // An organisation that left the platform since keeps its id, as in the distributions export.
      organisationName: names.get(entry.organisationId) ?? entry.organisationId,
    }))
    .sort(
      (a, b) =>
        compare(a.organisationName, b.organisationName) ||
        compare(a.entry.service.name, b.entry.service.name) ||
        (a.entry.id < b.entry.id ? -1 : 1),
    );
}

/**
 * An instant as ISO 8601 in Paris time with its offset, to the second
 * (`2026-03-25T10:30:00+01:00`): the wall-clock time people on the platforms read, and still one
 * unambiguous instant for a script. Empty for a time that cannot be read.
 */
export function parisTimestamp(iso: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  return new TZDate(instant, platformTimeZone).toISOString().replace(/\.\d{3}(?=[+-])/, '');
}
