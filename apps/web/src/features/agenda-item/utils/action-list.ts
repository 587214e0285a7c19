/**
 * Action items as people look for them: per owner organisation (the viewer's own first), what is
 * still to do before what is done, the most urgent first.
 */
import { isOverdue, type ActionItem } from '@opale/core';

/** Anything that carries an action item (with its board, its meeting …). */
export interface HasAction {
  action: ActionItem;
}

/**
 * An action item as stored, made whole: entries written by an older or a broken client may lack
 * fields, and a screen must still show them.
 */
export function readAction(fields: Partial<ActionItem>): ActionItem {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  return {
    itemId: typeof fields.itemId === 'string' ? fields.itemId : '',
    occurrenceDate: text(fields.occurrenceDate),
    text: typeof fields.text === 'string' ? fields.text : '',
    owner: typeof fields.owner === 'string' ? fields.owner : '',
    due: text(fields.due),
    done: fields.done === true,
    doneBy: text(fields.doneBy),
    doneAt: text(fields.doneAt),
    createdBy: typeof fields.createdBy === 'string' ? fields.createdBy : '',
  };
}

/** Open ones by due date (none last), then by text; the order of a to-do list. */
function compareOpen(a: ActionItem, b: ActionItem): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.text.localeCompare(b.text);
}

/** Done ones, the most recently done first. */
function compareDone(a: ActionItem, b: ActionItem): number {
  if (a.doneAt !== b.doneAt) {
    if (a.doneAt === null) return 1;
    if (b.doneAt === null) return -1;
    return a.doneAt > b.doneAt ? -1 : 1;
  }
  return a.text.localeCompare(b.text);
}

export interface SortedActions<T extends HasAction> {
  /** Still to do: the overdue ones come first, as their due dates are the earliest. */
  open: T[];
  done: T[];
  /** How many of the open ones are past their due date. */
  overdue: number;
}

export function sortActions<T extends HasAction>(
  rows: readonly T[],
  today: string,
): SortedActions<T> {
  const open = rows.filter((row) => !row.action.done);
  const done = rows.filter((row) => row.action.done);
  open.sort((a, b) => compareOpen(a.action, b.action));
  done.sort((a, b) => compareDone(a.action, b.action));
  return { open, done, overdue: open.filter((row) => isOverdue(row.action, today)).length };
}

export interface OwnerGroup<T extends HasAction> extends SortedActions<T> {
  owner: string;
}

export interface GroupingOptions {
  today: string;
  /** The viewer's organisation: its group comes first. */
  viewerOrganisation: string;
  /** The name to sort the other organisations by. */
  nameOf: (organisationId: string) => string;
}

/** The action items per owner organisation: the viewer's own first, then by name. */
export function groupByOwner<T extends HasAction>(
  rows: readonly T[],
  { today, viewerOrganisation, nameOf }: GroupingOptions,
): OwnerGroup<T>[] {
  const byOwner = new Map<string, T[]>();
  for (const row of rows) {
    const list = byOwner.get(row.action.owner);
    if (list) list.push(row);
    else byOwner.set(row.action.owner, [row]);
  }
  const owners = [...byOwner.keys()].sort((a, b) => {
    if (a === viewerOrganisation) return -1;
    if (b === viewerOrganisation) return 1;
    return nameOf(a).localeCompare(nameOf(b)) || (a < b ? -1 : 1);
  });
  return owners.map((owner) => ({ owner, ...sortActions(byOwner.get(owner) ?? [], today) }));
}

export type OwnerFilter = 'mine' | 'all';

export function readOwnerFilter(search: URLSearchParams): OwnerFilter {
  return search.get('owner') === 'mine' ? 'mine' : 'all';
}

export function writeOwnerFilter(search: URLSearchParams, filter: OwnerFilter): URLSearchParams {
  const next = new URLSearchParams(search);
  if (filter === 'mine') next.set('owner', 'mine');
  else next.delete('owner');
  return next;
}
