/**
 * The log as a member reads it: the reports they may read, latest first, narrowed by status,
 * type, month and whose they are, with the filters kept in the page's address (shareable, kept
 * on reload).
 */
import { incidentStatuses, incidentTypes, localDateOf, type IncidentType } from '@opale/core';

/** The status a badge shows: a closed case reads as closed whatever it reached before. */
export const displayStatuses = [...incidentStatuses, 'closed'] as const;
export type DisplayStatus = (typeof displayStatuses)[number];

/** Whose reports: the viewer's own, their organisation's, or those shared with their groups. */
export const incidentScopes = ['mine', 'organisation', 'shared'] as const;
export type IncidentScopeFilter = (typeof incidentScopes)[number];

export interface IncidentFilters {
  status: DisplayStatus | null;
  type: IncidentType | null;
  /** YYYY-MM, the Paris month it happened in. */
  month: string | null;
  scope: IncidentScopeFilter | null;
}

export const noFilters: IncidentFilters = { status: null, type: null, month: null, scope: null };

/** What the list needs of a report, as `incident.list` gives it. */
export interface ListedIncident {
  id: string;
  organisationId: string;
  access: 'own' | 'organisation' | 'group';
  status: (typeof incidentStatuses)[number];
  type: IncidentType;
  occurredAt: string;
  createdBy: string | null;
  sharedWith: readonly string[];
  createdAt: string;
  closedAt: string | null;
}

export interface ListViewer {
  userId: string;
  organisationId: string;
}

export function displayStatusOf(
  incident: Pick<ListedIncident, 'status' | 'closedAt'>,
): DisplayStatus {
  return incident.closedAt !== null ? 'closed' : incident.status;
}

/** The Paris month (YYYY-MM) of an instant. */
export function monthOf(iso: string): string {
  return localDateOf(new Date(iso)).slice(0, 7);
}

const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;
}

/** The query parameters. A value the app does not know (an old or mistyped link) is dropped. */
export function readFilters(search: URLSearchParams): IncidentFilters {
  const month = search.get('month');
  return {
    status: oneOf(displayStatuses, search.get('status')),
    type: oneOf(incidentTypes, search.get('type')),
    month: month !== null && isMonth(month) ? month : null,
    scope: oneOf(incidentScopes, search.get('whose')),
  };
}

const params: Record<keyof IncidentFilters, string> = {
  status: 'status',
  type: 'type',
  month: 'month',
  scope: 'whose',
};

/** The address's query with these filters, other parameters kept. */
export function writeFilters(search: URLSearchParams, filters: IncidentFilters): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of Object.keys(params) as (keyof IncidentFilters)[]) {
    const value = filters[key];
    if (value === null) next.delete(params[key]);
    else next.set(params[key], value);
  }
  return next;
}

export function activeFilterCount(filters: IncidentFilters): number {
  return Object.values(filters).filter((value) => value !== null).length;
}

/** Whether a report is the viewer's own, their organisation's, or reached through a group. */
export function matchesScope(
  incident: ListedIncident,
  scope: IncidentScopeFilter,
  viewer: ListViewer,
): boolean {
  switch (scope) {
    case 'mine':
      return incident.createdBy !== null && incident.createdBy === viewer.userId;
    case 'organisation':
      return incident.organisationId === viewer.organisationId && incident.access !== 'group';
    case 'shared':
      return incident.access === 'group' || incident.sharedWith.length > 0;
  }
}

/** The reports the filters keep, latest first (by when it happened, then when it was written). */
export function applyFilters<I extends ListedIncident>(
  incidents: readonly I[],
  filters: IncidentFilters,
  viewer: ListViewer,
): I[] {
  return incidents
    .filter(
      (incident) =>
        (filters.status === null || displayStatusOf(incident) === filters.status) &&
        (filters.type === null || incident.type === filters.type) &&
        (filters.month === null || monthOf(incident.occurredAt) === filters.month) &&
        (filters.scope === null || matchesScope(incident, filters.scope, viewer)),
    )
    .sort(latestFirst);
}

export function latestFirst(a: ListedIncident, b: ListedIncident): number {
  const at = (iso: string) => new Date(iso).getTime();
  return (
    at(b.occurredAt) - at(a.occurredAt) ||
    at(b.createdAt) - at(a.createdAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The months the month filter offers: those the reports fall in, latest first, plus one already
 * chosen (from a shared link) that no report falls in, so the control shows it and it can be cleared.
 */
export function monthChoices(
  incidents: readonly ListedIncident[],
  chosen: string | null,
): string[] {
  const months = new Set(incidents.map((incident) => monthOf(incident.occurredAt)));
  if (chosen !== null) months.add(chosen);
  return [...months].sort().reverse();
}

/**
 * Which scopes make sense for this viewer: a field member's own reports, the organisation's for
 * those who see them (reps and up), and the groups' for everyone.
 */
export function scopeChoices(seesOrganisation: boolean, writes: boolean): IncidentScopeFilter[] {
  return incidentScopes.filter(
    (scope) =>
      scope === 'shared' ||
      (scope === 'mine' && writes) ||
      (scope === 'organisation' && seesOrganisation),
  );
}

/**
 * The groups a card names as what the report was shared with. Its own organisation gets the full
 * list; a reader from outside gets none from the server, but when their organisation is in one
 * group only, it can only have come through that one. Empty when it cannot be told.
 */
export function sharedThrough(
  incident: Pick<ListedIncident, 'access' | 'sharedWith'>,
  viewerGroupIds: readonly string[],
): string[] {
  if (incident.access !== 'group') return [...incident.sharedWith];
  const told = incident.sharedWith.filter((id) => viewerGroupIds.includes(id));
  if (told.length > 0) return told;
  return viewerGroupIds.length === 1 ? [...viewerGroupIds] : [];
}

/** Where it happened, in words: the site's name from the schedule board, or the place as written. */
export function placeOf(
  incident: { siteId: string | null; placeText: string | null },
  siteName: (id: string) => string,
): string {
  return incident.siteId ? siteName(incident.siteId) : (incident.placeText ?? '');
}
