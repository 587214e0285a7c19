/**
 * The joint agenda as one organisation's members may read it, for every reader that is not a live
 * client (calendar feeds, the agenda export, reports): the platform's agenda and the agenda of
 * each group the organisation is a consenting member of. Whether a group's board is readable is
 * decided here, at each read, by the same rule the sync server applies at upgrade: an
 * organisation that left a group stops seeing its items at once, and a platform admin outside
 * the group never sees them.
 */
import {
  agendaBoard,
  docNameOf,
  expandAgenda,
  notesRootPrefix,
  type ActionItem,
  type AgendaAnswer,
  type AgendaItem,
  type AgendaOccurrence,
  type Entry,
} from '@opale/core';
import { listGroupsOfPlatform, type Platform } from '@opale/db';
import type { ApiDeps } from '../context';

/** The group a board belongs to; null on the platform's own agenda. */
export type AgendaGroupTag = { id: string; name: string } | null;

export interface AgendaBoardView {
  docName: string;
  group: AgendaGroupTag;
  items: Entry<AgendaItem>[];
  /** By occurrence key (`occurrenceKey`), then organisation id. */
  answers: Map<string, Map<string, AgendaAnswer>>;
  actions: Entry<ActionItem>[];
  /** The shared notes that hold any text, by occurrence key. */
  notes: Map<string, string>;
}

export interface AgendaView {
  /** The platform's agenda first, then the readable groups' agendas by group name. */
  boards: AgendaBoardView[];
}

export interface ReadableAgendaItem {
  id: string;
  item: AgendaItem;
  group: AgendaGroupTag;
  board: AgendaBoardView;
}

export interface ReadableAgendaOccurrence extends AgendaOccurrence {
  group: AgendaGroupTag;
  /** Each organisation's answer for this occurrence, by organisation id. */
  answers: Map<string, AgendaAnswer>;
  /** The action items that came from this occurrence (for a one-off item: from the item). */
  actions: Entry<ActionItem>[];
  notes: string;
}

export function agendaDocName(platformSlug: string, groupId: string | null): string {
  return groupId === null
    ? docNameOf({ board: 'agenda', platform: platformSlug, group: null })
    : docNameOf({ board: 'agenda', platform: platformSlug, group: groupId });
}

/** The agenda boards the members of `organisationId` read on a platform, as they stand now. */
export async function readAgendaFor(
  deps: Pick<ApiDeps, 'db' | 'boards'>,
  reader: { platform: Pick<Platform, 'id' | 'slug'>; organisationId: string },
): Promise<AgendaView> {
  const groups = (await listGroupsOfPlatform(deps.db, reader.platform.id)).filter((group) =>
    group.organisations.some(
      (link) => link.organisationId === reader.organisationId && link.status === 'member',
    ),
  );
  const boards = await Promise.all([
    readAgendaBoard(deps, agendaDocName(reader.platform.slug, null), null),
    ...groups.map((group) =>
      readAgendaBoard(deps, agendaDocName(reader.platform.slug, group.id), {
        id: group.id,
        name: group.name,
      }),
    ),
  ]);
  return { boards };
}

async function readAgendaBoard(
  deps: Pick<ApiDeps, 'boards'>,
  docName: string,
  group: AgendaGroupTag,
): Promise<AgendaBoardView> {
  const doc = await deps.boards.readDocument(docName);
  try {
    const notes = new Map<string, string>();
    for (const root of doc.share.keys()) {
      if (!root.startsWith(notesRootPrefix)) continue;
      const text = doc.getText(root).toJSON();
      if (text.trim() !== '') notes.set(root.slice(notesRootPrefix.length), text);
    }
    return {
      docName,
      group,
      items: agendaBoard.items(doc),
      answers: agendaBoard.answers(doc),
      actions: agendaBoard.actions(doc),
      notes,
    };
  } finally {
    doc.destroy();
  }
}

/** Every item of every readable board, each with the board it lives on. */
export function readableItems(view: AgendaView): ReadableAgendaItem[] {
  return view.boards.flatMap((board) =>
    board.items.map((entry) => ({ id: entry.id, item: entry.fields, group: board.group, board })),
  );
}

/**
 * Every occurrence between two local dates (inclusive) on every readable board, in time order,
 * each with its group, its answers, its action items and its notes.
 */
export function readableOccurrences(
  view: AgendaView,
  from: string,
  to: string,
): ReadableAgendaOccurrence[] {
  const occurrences = view.boards.flatMap((board) =>
    expandAgenda(board.items, from, to).map((occurrence) => ({
      ...occurrence,
      group: board.group,
      answers: board.answers.get(occurrence.key) ?? new Map<string, AgendaAnswer>(),
      actions: actionsOf(board, occurrence.itemId, occurrence.recurringDate),
      notes: board.notes.get(occurrence.key) ?? '',
    })),
  );
  return occurrences.sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.itemId < b.itemId ? -1 : 1,
  );
}

/**
 * The action items of one item: of one of its dates, or with `date` null, those not tied to a
 * date (every action of a one-off item).
 */
export function actionsOf(
  board: Pick<AgendaBoardView, 'actions'>,
  itemId: string,
  date: string | null,
): Entry<ActionItem>[] {
  return board.actions.filter(
    (action) => action.fields.itemId === itemId && (action.fields.occurrenceDate ?? null) === date,
  );
}
