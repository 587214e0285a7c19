/**
 * Days laid out as people on the platforms count them: weeks from Monday to Sunday, months as
 * whole weeks, and the coming weeks as a list of the days that hold something. Dates are local
 * (YYYY-MM-DD, Paris); months are YYYY-MM.
 */
import { addDays, isLocalDate, weekStartOf } from '@opale/core';

/** The seven days of the week a day falls in, Monday first. */
export function weekDays(day: string): string[] {
  const monday = weekStartOf(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function isMonth(value: string): boolean {
  return /^\d{4}-\d{2}$/.test(value) && isLocalDate(`${value}-01`);
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function addMonths(month: string, months: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, index - 1 + months, 1));
  return date.toISOString().slice(0, 7);
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function lastDayOf(month: string): string {
  return addDays(firstDayOf(addMonths(month, 1)), -1);
}

export interface GridDay {
  date: string;
  /** False for the days of the month before or after that complete the first and last weeks. */
  inMonth: boolean;
}

/** A month as a calendar page: whole weeks, Monday first, from the week of the 1st to the last. */
export function monthGrid(month: string): GridDay[][] {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  const weeks: GridDay[][] = [];
  for (let monday = weekStartOf(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(weekDays(monday).map((date) => ({ date, inMonth: monthOf(date) === month })));
  }
  return weeks;
}

/** The first and last day a month's page shows (the weeks around it included). */
export function gridSpan(month: string): { from: string; to: string } {
  const weeks = monthGrid(month);
  return { from: weeks[0]![0]!.date, to: weeks[weeks.length - 1]![6]!.date };
}

/** Things that fall on a day, in the order given. */
export function byDate<T extends { date: string }>(things: readonly T[]): Map<string, T[]> {
  const found = new Map<string, T[]>();
  for (const thing of things) {
    const list = found.get(thing.date);
    if (list) list.push(thing);
    else found.set(thing.date, [thing]);
  }
  return found;
}

export interface DayOf<T> {
  date: string;
  things: T[];
}

/** Each day of a span that holds something, in date order, its things kept in the order given. */
export function daysWithThings<T extends { date: string }>(
  things: readonly T[],
  from: string,
  to: string,
): DayOf<T>[] {
  const found = byDate(things.filter((thing) => thing.date >= from && thing.date <= to));
  return [...found.keys()].sort().map((date) => ({ date, things: found.get(date) ?? [] }));
}

/** How far ahead the Upcoming list looks: six weeks, today included. */
export const upcomingDays = 42;
