/**
 * The capacity board as people read it: services grouped by type, narrowed by type,
 * organisation, status, audience and "only those to confirm", with the filters kept in the page's
 * address (shareable, kept on reload).
 */
import {
  audiences,
  capacityStatuses,
  freshnessOf,
  isCapacityStatus,
  serviceTypes,
  type Audience,
  type CapacityEntry,
  type CapacityService,
  type CapacityStatus,
} from '@opale/core';

export interface CapacityFilters {
  serviceType: string | null;
  organisation: string | null;
  status: CapacityStatus | null;
  audience: Audience | null;
  /** Only services whose status nobody confirmed within its threshold, or ever. */
  toConfirm: boolean;
}

/** The query parameters, short so that a shared link stays readable. */
const params = {
  serviceType: 'type',
  organisation: 'org',
  status: 'status',
  audience: 'for',
  toConfirm: 'unconfirmed',
} as const;

export const noFilters: CapacityFilters = {
  serviceType: null,
  organisation: null,
  status: null,
  audience: null,
  toConfirm: false,
};

function isAudience(value: unknown): value is Audience {
  return typeof value === 'string' && (audiences as readonly string[]).includes(value);
}

export function readFilters(search: URLSearchParams): CapacityFilters {
  const value = (name: string) => {
    const found = search.get(name)?.trim();
    return found ? found : null;
  };
  const status = value(params.status);
  const audience = value(params.audience);
  return {
    serviceType: value(params.serviceType),
    organisation: value(params.organisation),
    status: isCapacityStatus(status) ? status : null,
    audience: isAudience(audience) ? audience : null,
    toConfirm: value(params.toConfirm) === '1',
  };
}

/** The address's query with these filters, other parameters kept. */
export function writeFilters(search: URLSearchParams, filters: CapacityFilters): URLSearchParams {
  const next = new URLSearchParams(search);
  const set = (name: string, value: string | null) => {
    if (value === null) next.delete(name);
    else next.set(name, value);
  };
  set(params.serviceType, filters.serviceType);
  set(params.organisation, filters.organisation);
  set(params.status, filters.status);
  set(params.audience, filters.audience);
  set(params.toConfirm, filters.toConfirm ? '1' : null);
  return next;
}

export function activeFilterCount(filters: CapacityFilters): number {
  return (
    [filters.serviceType, filters.organisation, filters.status, filters.audience].filter(
      (value) => value !== null,
    ).length + (filters.toConfirm ? 1 : 0)
  );
}

/** The categories a service names, in the catalogue's order; none means everyone. */
export function audiencesOf(service: Pick<CapacityService, 'audience'>): Audience[] {
  const named = new Set(service.audience.split(/\s+/));
  return audiences.filter((a) => a !== 'everyone' && named.has(a));
}

/**
 * Whether a service takes people of that category: those open to everyone take every category;
 * "everyone" itself finds only those open to everyone.
 */
export function servesAudience(
  service: Pick<CapacityService, 'audience'>,
  audience: Audience,
): boolean {
  const own = audiencesOf(service);
  if (own.length === 0) return true;
  return audience !== 'everyone' && own.includes(audience);
}

/** Nobody confirmed its status within its threshold, or ever: it needs a new reading. */
export function needsConfirmation(entry: CapacityEntry, now: Date): boolean {
  return freshnessOf(entry.service, entry.reading, now).kind !== 'confirmed';
}

export function applyFilters(
  entries: readonly CapacityEntry[],
  filters: CapacityFilters,
  now: Date,
): CapacityEntry[] {
  return entries.filter(
    (entry) =>
      (filters.serviceType === null || entry.service.serviceType === filters.serviceType) &&
      (filters.organisation === null || entry.organisationId === filters.organisation) &&
      (filters.status === null || entry.reading?.status === filters.status) &&
      (filters.audience === null || servesAudience(entry.service, filters.audience)) &&
      (!filters.toConfirm || needsConfirmation(entry, now)),
  );
}

export interface FilterChoices {
  serviceTypes: string[];
  organisations: string[];
  statuses: readonly CapacityStatus[];
  audiences: readonly Audience[];
}

/**
 * What each filter offers: the types and organisations the board holds, plus a value already
 * chosen (from a shared link) that it no longer holds, so the control still shows it and it can
 * be cleared.
 */
export function filterChoices(
  entries: readonly CapacityEntry[],
  filters: CapacityFilters,
): FilterChoices {
  const collect = (pick: (entry: CapacityEntry) => string, chosen: string | null) => {
    const found = new Set(entries.map(pick));
    if (chosen !== null) found.add(chosen);
    return [...found];
  };
  return {
    serviceTypes: collect((entry) => entry.service.serviceType, filters.serviceType),
    organisations: collect((entry) => entry.organisationId, filters.organisation),
    statuses: capacityStatuses,
    audiences,
  };
}

export interface ServicesOfType {
  serviceType: string;
  entries: CapacityEntry[];
}

const catalogueOrder = new Map<string, number>(serviceTypes.map((type, i) => [type.code, i]));

/**
 * Services grouped by type, the types in the catalogue's order (unknown codes last), each group
 * by service name, then organisation name.
 */
export function groupByServiceType(
  entries: readonly CapacityEntry[],
  organisationName: (id: string) => string = (id) => id,
): ServicesOfType[] {
  const groups = new Map<string, CapacityEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.service.serviceType);
    if (group) group.push(entry);
    else groups.set(entry.service.serviceType, [entry]);
  }
  const rank = (code: string) => catalogueOrder.get(code) ?? Number.MAX_SAFE_INTEGER;
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([serviceType, group]) => ({
      serviceType,
      entries: group.sort(
        (a, b) =>
          a.service.name.localeCompare(b.service.name) ||
          organisationName(a.organisationId).localeCompare(organisationName(b.organisationId)) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      ),
    }));
}

export interface ServicesByArchive {
  current: CapacityEntry[];
  archived: CapacityEntry[];
}

/** On the board, and archived (hidden from it, kept for its history). */
export function splitArchived(entries: readonly CapacityEntry[]): ServicesByArchive {
  const current: CapacityEntry[] = [];
  const archived: CapacityEntry[] = [];
  for (const entry of entries) (entry.service.archived ? archived : current).push(entry);
  return { current, archived };
}
