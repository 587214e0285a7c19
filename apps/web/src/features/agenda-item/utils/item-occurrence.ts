/**
 * Which date of an agenda item a page shows: the one date of a one-off item, or one date of a
 * recurring item (its notes, answers and action items are kept per date), with the dates before
 * and after it.
 */
import {
  addDays,
  expandAgenda,
  type AgendaItem,
  type AgendaOccurrence,
  type Entry,
} from '@opale/core';

/** How far to look for the neighbouring date: a yearly meeting still finds the next one. */
const lookAroundDays = 400;

/** The occurrence a page shows, or null when the item does not take place on that date. */
export function occurrenceOfItem(
  entry: Entry<AgendaItem>,
  date: string | null,
): AgendaOccurrence | null {
  const item = entry.fields;
  if (item.rrule === null) return expandAgenda([entry], item.date, item.date)[0] ?? null;
  if (date === null) return null;
  return expandAgenda([entry], date, date)[0] ?? null;
}

export interface NeighbourDates {
  previous: string | null;
  next: string | null;
}

/** The dates of a recurring item just before and just after one of its dates (cancelled too). */
export function neighbourDates(entry: Entry<AgendaItem>, date: string): NeighbourDates {
  if (entry.fields.rrule === null) return { previous: null, next: null };
  const before = expandAgenda([entry], addDays(date, -lookAroundDays), addDays(date, -1));
  const after = expandAgenda([entry], addDays(date, 1), addDays(date, lookAroundDays));
  return { previous: before.at(-1)?.date ?? null, next: after[0]?.date ?? null };
}

/**
 * The date to open a recurring item on when the link names none: the next one from `from`
 * (today), or else the last one before it. Null when the rule gives no date at all.
 */
export function defaultOccurrenceDate(entry: Entry<AgendaItem>, from: string): string | null {
  const item = entry.fields;
  if (item.rrule === null) return null;
  const coming = expandAgenda([entry], from, addDays(from, lookAroundDays))[0];
  if (coming) return coming.date;
  const start = item.date < from ? item.date : addDays(from, -lookAroundDays);
  return expandAgenda([entry], start, addDays(from, -1)).at(-1)?.date ?? null;
}
