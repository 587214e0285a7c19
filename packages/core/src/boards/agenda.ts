/**
 * The joint agenda (`agenda:<platform>`, and `agenda:<platform>:group:<group>` for what only a
 * group's organisations read): meetings and joint activities, each organisation's answer, shared
 * notes edited together, and action items. Used alike by the web app, server-side readers (iCal,
 * exports) and tests.
 *
 * Where things live (the write-rule table names the same places):
 * - `items` › `item:<id>`: what the item is, written by any rep;
 * - `items` › `skip:<id>:<YYYY-MM-DD>`: one date of a recurring item called off — a key per date,
 *   so that two people calling off two dates at once (one offline) both keep theirs;
 * - `org:<orgId>` › `answer:<occurrence>`: an organisation's answer, its own reps only;
 * - `actions` › `action:<id>`: action items, written by any rep;
 * - a root text `notes:<occurrence>` per occurrence: the shared notes. A root-level type is never
 *   created twice, so two people who start typing in the notes of a new meeting at once, one of
 *   them offline, both keep what they typed.
 *
 * An occurrence is named `<itemId>` for a one-off item and `<itemId>:<YYYY-MM-DD>` for one date
 * of a recurring item, whose notes and answers are kept per date.
 */
import type * as Y from 'yjs';
import { deleteEntry, entryKey, listEntries, readEntry, writeEntry, type Entry } from './entries';
import { organisationRoot } from './write-rules';
import { addDays, isLocalDate, isLocalTime, localInstant, minutesOf } from '../schedule/local-time';
import { checkRule, recurrenceDates } from '../schedule/recurrence';

export const agendaKinds = [
  'platform_meeting',
  'authorities_meeting',
  'coalition_meeting',
  'training',
  'joint_activity',
  'advocacy_action',
  'other',
] as const;
export type AgendaKind = (typeof agendaKinds)[number];

export function isAgendaKind(value: unknown): value is AgendaKind {
  return typeof value === 'string' && (agendaKinds as readonly string[]).includes(value);
}

export const placeKinds = ['site', 'address', 'online'] as const;
export type PlaceKind = (typeof placeKinds)[number];

export type AgendaItem = {
  kind: AgendaKind;
  title: string;
  /** The first (or only) day, YYYY-MM-DD in Europe/Paris. */
  date: string;
  /** Wall-clock times in Europe/Paris, HH:MM; an end at or before the start runs past midnight. */
  startTime: string;
  endTime: string;
  /** RFC 5545 RRULE without DTSTART (e.g. `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`); null for one date. */
  rrule: string | null;
  /** Last day a recurring item may fall on (inclusive); null when open-ended. */
  until: string | null;
  /**
   * Dates of a recurring item that do not take place, space-separated YYYY-MM-DD. Read: the
   * union of this field (older entries) and the item's `skip:` keys; write with `skipDate`.
   */
  skipped: string;
  placeKind: PlaceKind | null;
  /** A site id, an address, or an https link, as `placeKind` says. */
  place: string | null;
  /** Organisation ids, space-separated. */
  organisers: string;
  /** Organisation ids, space-separated: who is asked to answer. */
  invited: string;
  /** The whole item is called off (kept, so that its notes and actions remain). */
  cancelled: boolean;
  createdBy: string;
};

export const answers = ['going', 'maybe', 'not_going'] as const;
export type Answer = (typeof answers)[number];

export type AgendaAnswer = {
  answer: Answer;
  /** Who attends, as the organisation says it (e.g. "Marie, Tom" or "2 volunteers"). */
  attendees: string | null;
  by: string;
  at: string;
};

export type ActionItem = {
  itemId: string;
  /** The date of the occurrence it came from, for a recurring item; null otherwise. */
  occurrenceDate: string | null;
  text: string;
  /** The organisation that owes it. */
  owner: string;
  /** YYYY-MM-DD, Paris; null when none was set. */
  due: string | null;
  done: boolean;
  doneBy: string | null;
  doneAt: string | null;
  createdBy: string;
};

export const notesRootPrefix = 'notes:';

/** The name of an occurrence: the item for a one-off, the item and date for a recurring one. */
export function occurrenceKey(itemId: string, date: string | null): string {
  return date === null ? itemId : `${itemId}:${date}`;
}

export function idList(value: string | null | undefined): string[] {
  return (value ?? '').split(/\s+/).filter((id) => id !== '');
}

export function joinIds(ids: Iterable<string>): string {
  return [...new Set(ids)].sort().join(' ');
}

export interface AgendaOccurrence {
  itemId: string;
  /** `occurrenceKey` of this date: where its notes and answers live. */
  key: string;
  /** Null for a one-off item. */
  recurringDate: string | null;
  date: string;
  startTime: string;
  endTime: string;
  /** Instants, ISO 8601 UTC. */
  start: string;
  end: string;
  item: AgendaItem;
  /** The item was called off, or this date of it was. */
  cancelled: boolean;
}

export function agendaEndInstant(date: string, startTime: string, endTime: string): Date {
  const endDate = minutesOf(endTime) <= minutesOf(startTime) ? addDays(date, 1) : date;
  return localInstant(endDate, endTime);
}

/** Whether an item's stored fields can be placed in time (a broken entry is left out, not fatal). */
export function isPlaceable(item: Partial<AgendaItem>): item is AgendaItem {
  return (
    typeof item.title === 'string' &&
    typeof item.date === 'string' &&
    isLocalDate(item.date) &&
    typeof item.startTime === 'string' &&
    isLocalTime(item.startTime) &&
    typeof item.endTime === 'string' &&
    isLocalTime(item.endTime) &&
    (item.rrule === null || item.rrule === undefined || checkRule(item.rrule).ok)
  );
}

/** Normalises what a (possibly older or partial) entry holds into a whole item. */
function completeItem(
  fields: Partial<AgendaItem> & Pick<AgendaItem, 'title' | 'date'>,
): AgendaItem {
  return {
    kind: isAgendaKind(fields.kind) ? fields.kind : 'other',
    title: fields.title,
    date: fields.date,
    startTime: fields.startTime ?? '00:00',
    endTime: fields.endTime ?? '00:00',
    rrule: fields.rrule ?? null,
    until: fields.until ?? null,
    skipped: fields.skipped ?? '',
    placeKind: fields.placeKind ?? null,
    place: fields.place ?? null,
    organisers: fields.organisers ?? '',
    invited: fields.invited ?? '',
    cancelled: fields.cancelled ?? false,
    createdBy: fields.createdBy ?? '',
  };
}

/** The dates called off through `skip:<item>:<date>` keys, by item. */
function skippedDates(doc: Y.Doc): Map<string, string[]> {
  const byItem = new Map<string, string[]>();
  for (const entry of listEntries(doc, 'items', 'skip')) {
    const at = entry.id.lastIndexOf(':');
    if (at <= 0) continue;
    const itemId = entry.id.slice(0, at);
    const date = entry.id.slice(at + 1);
    if (!isLocalDate(date)) continue;
    const dates = byItem.get(itemId);
    if (dates) dates.push(date);
    else byItem.set(itemId, [date]);
  }
  return byItem;
}

function withSkips(item: AgendaItem, dates: readonly string[] | undefined): AgendaItem {
  return dates ? { ...item, skipped: joinIds([...idList(item.skipped), ...dates]) } : item;
}

/** Every occurrence of the given items between two local dates (inclusive), in time order. */
export function expandAgenda(
  items: readonly Entry<AgendaItem>[],
  from: string,
  to: string,
): AgendaOccurrence[] {
  const occurrences: AgendaOccurrence[] = [];
  for (const entry of items) {
    if (!isPlaceable(entry.fields)) continue;
    const item = completeItem(entry.fields);
    const skipped = new Set(idList(item.skipped));
    const dates =
      item.rrule === null
        ? item.date >= from && item.date <= to
          ? [item.date]
          : []
        : recurrenceDates(item.rrule, item.date, item.until, from, to);
    for (const date of dates) {
      const recurringDate = item.rrule === null ? null : date;
      occurrences.push({
        itemId: entry.id,
        key: occurrenceKey(entry.id, recurringDate),
        recurringDate,
        date,
        startTime: item.startTime,
        endTime: item.endTime,
        start: localInstant(date, item.startTime).toISOString(),
        end: agendaEndInstant(date, item.startTime, item.endTime).toISOString(),
        item,
        cancelled: item.cancelled || skipped.has(date),
      });
    }
  }
  return occurrences.sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.itemId < b.itemId ? -1 : 1,
  );
}

export const agendaBoard = {
  itemsRoot: 'items',
  actionsRoot: 'actions',
  /** Creates an item or changes some of its fields. */
  writeItem(doc: Y.Doc, id: string, item: Partial<AgendaItem>) {
    writeEntry(doc, 'items', entryKey('item', id), item);
  },
  removeItem(doc: Y.Doc, id: string) {
    deleteEntry(doc, 'items', entryKey('item', id));
  },
  items(doc: Y.Doc): Entry<AgendaItem>[] {
    const skips = skippedDates(doc);
    return listEntries<Partial<AgendaItem> & { title: string; date: string }>(
      doc,
      'items',
      'item',
    ).map((entry) => ({
      ...entry,
      fields: withSkips(completeItem(entry.fields), skips.get(entry.id)),
    }));
  },
  item(doc: Y.Doc, id: string): AgendaItem | null {
    const fields = readEntry<Partial<AgendaItem> & { title: string; date: string }>(
      doc,
      'items',
      entryKey('item', id),
    );
    return fields ? withSkips(completeItem(fields), skippedDates(doc).get(id)) : null;
  },
  /** Calls off one date of a recurring item, leaving the others as they are (`by`: organisation id). */
  skipDate(doc: Y.Doc, itemId: string, date: string, by: string, at: string) {
    writeEntry(doc, 'items', entryKey('skip', `${itemId}:${date}`), { by, at });
  },
  /** Puts a called-off date back (whichever way it was called off). */
  unskipDate(doc: Y.Doc, itemId: string, date: string) {
    doc.transact(() => {
      deleteEntry(doc, 'items', entryKey('skip', `${itemId}:${date}`));
      const entry = readEntry<{ skipped?: string }>(doc, 'items', entryKey('item', itemId));
      const legacy = idList(entry?.skipped);
      if (legacy.includes(date)) {
        writeEntry(doc, 'items', entryKey('item', itemId), {
          skipped: joinIds(legacy.filter((d) => d !== date)),
        });
      }
    });
  },
  /** The shared notes of an occurrence, edited together live. */
  notes(doc: Y.Doc, occurrence: string): Y.Text {
    return doc.getText(`${notesRootPrefix}${occurrence}`);
  },
  setAnswer(doc: Y.Doc, organisationId: string, occurrence: string, answer: AgendaAnswer) {
    writeEntry(doc, organisationRoot(organisationId), entryKey('answer', occurrence), answer);
  },
  clearAnswer(doc: Y.Doc, organisationId: string, occurrence: string) {
    deleteEntry(doc, organisationRoot(organisationId), entryKey('answer', occurrence));
  },
  answer(doc: Y.Doc, organisationId: string, occurrence: string): AgendaAnswer | null {
    return readEntry<AgendaAnswer>(
      doc,
      organisationRoot(organisationId),
      entryKey('answer', occurrence),
    );
  },
  /** Every answer of every organisation, by occurrence then organisation id. */
  answers(doc: Y.Doc): Map<string, Map<string, AgendaAnswer>> {
    const byOccurrence = new Map<string, Map<string, AgendaAnswer>>();
    for (const entry of listEntries<AgendaAnswer>(doc, 'org:', 'answer')) {
      const organisationId = entry.root.slice('org:'.length);
      let answersOf = byOccurrence.get(entry.id);
      if (!answersOf) byOccurrence.set(entry.id, (answersOf = new Map<string, AgendaAnswer>()));
      answersOf.set(organisationId, entry.fields);
    }
    return byOccurrence;
  },
  writeAction(doc: Y.Doc, id: string, action: Partial<ActionItem>) {
    writeEntry(doc, 'actions', entryKey('action', id), action);
  },
  removeAction(doc: Y.Doc, id: string) {
    deleteEntry(doc, 'actions', entryKey('action', id));
  },
  actions(doc: Y.Doc): Entry<ActionItem>[] {
    return listEntries<ActionItem>(doc, 'actions', 'action');
  },
};

/** Whether an action item is past its due date on a (Paris) day and still not done. */
export function isOverdue(action: Pick<ActionItem, 'due' | 'done'>, today: string): boolean {
  return !action.done && action.due !== null && action.due < today;
}

/** Why an online place is refused, or null: only https links (no script or data URLs). */
export function onlinePlaceProblem(place: string): string | null {
  try {
    const url = new URL(place);
    return url.protocol === 'https:' ? null : 'Give an https:// link for an online meeting.';
  } catch {
    return 'Give the full link of the online meeting, starting with https://.';
  }
}
