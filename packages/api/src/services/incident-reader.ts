/**
 * The incidents one member may read, for the readers that are not the incident router: the
 * report summary and the server's exports. The rule is `incidentVisibility`, the router's own;
 * nothing here decides access a second way.
 */
import {
  localDateOf,
  type IncidentAuthority,
  type IncidentReportRow,
  type IncidentStatus,
  type IncidentType,
  type Role,
} from '@opale/core';
import {
  findIncidentById,
  listGroupIdsOfOrganisation,
  listIncidentsOfPlatform,
  listSharesOfIncidents,
  type Database,
  type IncidentRow,
} from '@opale/db';
import type { Kysely } from 'kysely';
import {
  incidentScopeOf,
  incidentVisibility,
  type IncidentAccess,
  type IncidentViewer,
} from './incident-visibility';

export interface ReadableIncident {
  row: IncidentRow;
  access: Exclude<IncidentAccess, 'none'>;
  /** The groups it is shared with (every one, for the scope; show them only to its organisation). */
  sharedWith: string[];
}

/** A member as the visibility rule sees them, with the groups their organisation has joined. */
export async function incidentViewerOf(
  db: Kysely<Database>,
  member: { userId: string; platformId: string; organisationId: string; role: Role },
): Promise<IncidentViewer> {
  return {
    ...member,
    groupIds: await listGroupIdsOfOrganisation(db, member.platformId, member.organisationId),
  };
}

/** One report, if the viewer may read it; undefined for one that does not exist or is not theirs to read. */
export async function readableIncident(
  db: Kysely<Database>,
  viewer: IncidentViewer,
  incidentId: string,
): Promise<ReadableIncident | undefined> {
  const row = await findIncidentById(db, incidentId);
  if (!row) return undefined;
  const sharedWith = ((await listSharesOfIncidents(db, [row.id])).get(row.id) ?? []).map(
    (share) => share.groupId,
  );
  const access = incidentVisibility(viewer, incidentScopeOf(row), sharedWith);
  return access === 'none' ? undefined : { row, access, sharedWith };
}

/** Which of what a member reads a report counts: `own` is their organisation's, `shared` what reached one of their groups. */
export const incidentReportScopes = ['all', 'own', 'shared'] as const;
export type IncidentReportScope = (typeof incidentReportScopes)[number];

/**
 * Every report of the platform the viewer may read, latest first, that happened between `from`
 * and `to` (Paris dates, inclusive, either optional) and falls in the scope.
 */
export async function readableIncidents(
  db: Kysely<Database>,
  viewer: IncidentViewer,
  options: { from?: string; to?: string; scope?: IncidentReportScope } = {},
): Promise<ReadableIncident[]> {
  const rows = await listIncidentsOfPlatform(db, viewer.platformId);
  const shares = await listSharesOfIncidents(
    db,
    rows.map((row) => row.id),
  );
  const readable: ReadableIncident[] = [];
  for (const row of rows) {
    const date = localDateOf(new Date(row.occurredAt));
    if ((options.from && date < options.from) || (options.to && date > options.to)) continue;
    const sharedWith = (shares.get(row.id) ?? []).map((share) => share.groupId);
    const access = incidentVisibility(viewer, incidentScopeOf(row), sharedWith);
    if (access === 'none') continue;
    const incident = { row, access, sharedWith };
    if (inReportScope(viewer, incident, options.scope ?? 'all')) readable.push(incident);
  }
  return readable;
}

function inReportScope(
  viewer: IncidentViewer,
  incident: ReadableIncident,
  scope: IncidentReportScope,
): boolean {
  switch (scope) {
    case 'all':
      return true;
    case 'own':
      return incident.row.organisationId === viewer.organisationId;
    case 'shared':
      return incident.sharedWith.some((id) => viewer.groupIds.includes(id));
  }
}

/** What the report counts of an incident: no narrative, no place text, no author. */
export function incidentReportRowOf(row: IncidentRow): IncidentReportRow {
  return {
    occurredAt: row.occurredAt,
    type: row.type as IncidentType,
    authority: row.authority as IncidentAuthority,
    siteId: row.siteId,
    commune: row.commune,
    officers: row.officers,
    vehicles: row.vehicles,
    itemsSeized: row.itemsSeized,
    fineAmountCents: row.fineAmountCents,
    status: row.status as IncidentStatus,
  };
}
