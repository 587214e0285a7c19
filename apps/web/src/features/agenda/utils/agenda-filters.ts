/**
 * The agenda narrowed by kind of item (several at once), by organisation (organising or invited)
 * and by agenda (the platform's, or one group's), kept in the page's address so a shared link
 * shows the same selection.
 */
import { agendaKinds, idList, isAgendaKind, type AgendaKind } from '@opale/core';
import type { AgendaGroup } from '../api/use-agenda-boards';
import type { BoardOccurrence } from './agenda-occurrences';

/** The value of the agenda filter that stands for the platform's own agenda. */
export const platformAgenda = 'platform';

export interface AgendaFilters {
  /** Empty for every kind. */
  kinds: AgendaKind[];
  organisation: string | null;
  /** `platform`, a group id, or null for every agenda. */
  agenda: string | null;
}

export const noFilters: AgendaFilters = { kinds: [], organisation: null, agenda: null };

/** The query parameters, short so that a shared link stays readable. */
const params = { kinds: 'kind', organisation: 'org', agenda: 'agenda' } as const;

export function readFilters(search: URLSearchParams): AgendaFilters {
  const value = (name: string) => {
    const found = search.get(name)?.trim();
    return found ? found : null;
  };
  const asked = (search.get(params.kinds) ?? '').split(',').filter(isAgendaKind);
  return {
    // In the order of the list of kinds, once each, whatever the link said.
    kinds: agendaKinds.filter((kind) => asked.includes(kind)),
    organisation: value(params.organisation),
    agenda: value(params.agenda),
  };
}

/** The address's query with these filters, other parameters (the view) kept. */
export function writeFilters(search: URLSearchParams, filters: AgendaFilters): URLSearchParams {
  const next = new URLSearchParams(search);
  const set = (name: string, value: string | null) => {
    if (value === null || value === '') next.delete(name);
    else next.set(name, value);
  };
  set(params.kinds, agendaKinds.filter((kind) => filters.kinds.includes(kind)).join(','));
  set(params.organisation, filters.organisation);
  set(params.agenda, filters.agenda);
  return next;
}

export function activeFilterCount(filters: AgendaFilters): number {
  return (
    (filters.kinds.length > 0 ? 1 : 0) +
    (filters.organisation !== null ? 1 : 0) +
    (filters.agenda !== null ? 1 : 0)
  );
}

export function toggleKind(filters: AgendaFilters, kind: AgendaKind, on: boolean): AgendaFilters {
  const kinds = on
    ? agendaKinds.filter((k) => k === kind || filters.kinds.includes(k))
    : filters.kinds.filter((k) => k !== kind);
  return { ...filters, kinds };
}

/** Whether an organisation takes part: it organises the item, or is invited to it. */
export function involves(
  item: Pick<BoardOccurrence['item'], 'organisers' | 'invited'>,
  organisationId: string,
): boolean {
  return (
    idList(item.organisers).includes(organisationId) ||
    idList(item.invited).includes(organisationId)
  );
}

export function applyFilters<T extends Pick<BoardOccurrence, 'item' | 'group'>>(
  occurrences: readonly T[],
  filters: AgendaFilters,
): T[] {
  return occurrences.filter(
    (o) =>
      (filters.kinds.length === 0 || filters.kinds.includes(o.item.kind)) &&
      (filters.organisation === null || involves(o.item, filters.organisation)) &&
      (filters.agenda === null ||
        (filters.agenda === platformAgenda ? o.group === null : o.group?.id === filters.agenda)),
  );
}

export interface FilterChoices {
  /** Organisation ids that organise or are invited to something shown, plus the chosen one. */
  organisations: string[];
  /** The groups whose agenda is read, plus one chosen by a link and no longer read. */
  groups: AgendaGroup[];
}

/**
 * What the organisation and agenda filters offer: what the agenda holds, plus a value already
 * chosen (from a shared link) that it no longer holds, so the control still shows it and it can
 * be cleared.
 */
export function filterChoices(
  occurrences: readonly Pick<BoardOccurrence, 'item'>[],
  groups: readonly AgendaGroup[],
  filters: AgendaFilters,
  unknownGroupName: string,
): FilterChoices {
  const organisations = new Set<string>();
  for (const { item } of occurrences) {
    for (const id of [...idList(item.organisers), ...idList(item.invited)]) organisations.add(id);
  }
  if (filters.organisation !== null) organisations.add(filters.organisation);
  const shownGroups = [...groups];
  if (
    filters.agenda !== null &&
    filters.agenda !== platformAgenda &&
    !groups.some((g) => g.id === filters.agenda)
  ) {
    shownGroups.push({ id: filters.agenda, name: unknownGroupName });
  }
  return { organisations: [...organisations], groups: shownGroups };
}
