/**
 * The agenda as one list across the boards a member reads (the platform's and their groups'):
 * each occurrence knows the board it comes from, where its page is, and who else is looking.
 */
import {
  expandAgenda,
  idList,
  type AgendaAnswer,
  type AgendaItem,
  type AgendaOccurrence,
  type Entry,
} from '@opale/core';
import type { PresentPerson } from '@/lib/live-board/presence';
import type { AgendaGroup } from '../api/use-agenda-boards';

export interface BoardOccurrence extends AgendaOccurrence {
  docName: string;
  /** Null on the platform's agenda. */
  group: AgendaGroup | null;
}

export interface BoardItem {
  docName: string;
  group: AgendaGroup | null;
  entry: Entry<AgendaItem>;
}

/** Every occurrence between two days (inclusive), on every board, in time order. */
export function expandBoards(
  items: readonly BoardItem[],
  from: string,
  to: string,
): BoardOccurrence[] {
  const boards = new Map<string, { group: AgendaGroup | null; entries: Entry<AgendaItem>[] }>();
  for (const { docName, group, entry } of items) {
    const board = boards.get(docName);
    if (board) board.entries.push(entry);
    else boards.set(docName, { group, entries: [entry] });
  }
  const occurrences: BoardOccurrence[] = [];
  for (const [docName, { group, entries }] of boards) {
    for (const occurrence of expandAgenda(entries, from, to)) {
      occurrences.push({ ...occurrence, docName, group });
    }
  }
  return occurrences.sort(
    (a, b) =>
      a.start.localeCompare(b.start) ||
      a.item.title.localeCompare(b.item.title) ||
      a.key.localeCompare(b.key),
  );
}

/**
 * The item's page: `?date=` names one date of a recurring item, `&group=` the group board it
 * lives on (the page opens that board, not the platform's).
 */
export function itemPath(
  platform: string,
  occurrence: Pick<BoardOccurrence, 'itemId' | 'recurringDate' | 'group'>,
): string {
  const search = new URLSearchParams();
  if (occurrence.recurringDate !== null) search.set('date', occurrence.recurringDate);
  if (occurrence.group !== null) search.set('group', occurrence.group.id);
  const query = search.toString();
  return `/${encodeURIComponent(platform)}/agenda/${encodeURIComponent(occurrence.itemId)}${query ? `?${query}` : ''}`;
}

export type OwnAnswer =
  { state: 'answered'; answer: AgendaAnswer } | { state: 'awaited' } | { state: 'notInvited' };

/** What the viewer's organisation said for an occurrence, or that it is still asked to answer. */
export function ownAnswer(
  occurrence: Pick<BoardOccurrence, 'key' | 'item'>,
  answers: ReadonlyMap<string, ReadonlyMap<string, AgendaAnswer>>,
  organisationId: string,
): OwnAnswer {
  const answer = answers.get(occurrence.key)?.get(organisationId);
  // An organisation that answered without being invited (it organises, or was uninvited
  // since) still sees what it said.
  if (answer) return { state: 'answered', answer };
  return idList(occurrence.item.invited).includes(organisationId)
    ? { state: 'awaited' }
    : { state: 'notInvited' };
}

/**
 * Who is on any of the boards, once per person (someone reading the platform's agenda and a
 * group's is one person), sorted by name.
 */
export function mergePresence(lists: readonly (readonly PresentPerson[])[]): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const list of lists) {
    for (const person of list) {
      const known = people.get(person.key);
      if (!known) people.set(person.key, person);
      else if (known.focus === null && person.focus !== null) {
        people.set(person.key, { ...known, focus: person.focus });
      }
    }
  }
  return [...people.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.organisationName.localeCompare(b.organisationName),
  );
}

/** The presence focus of someone who has an item open in the editor. */
export function editingFocus(itemId: string): string {
  return `editing:item:${itemId}`;
}
