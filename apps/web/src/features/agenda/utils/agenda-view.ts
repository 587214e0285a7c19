/**
 * Which view of the agenda is open and where, kept in the page's address with the filters: a
 * link or a reload shows the same week or month. Each view keeps its own place, so going to the
 * month and back finds the week where it was.
 */
import { isLocalDate, weekStartOf } from '@opale/core';
import { isMonth, monthOf } from './calendar-grid';

export const agendaViews = ['upcoming', 'week', 'month'] as const;
export type AgendaView = (typeof agendaViews)[number];

export interface AgendaPlace {
  view: AgendaView;
  /** The Monday of the week shown. */
  week: string;
  /** The month shown, YYYY-MM. */
  month: string;
  /** The day picked in the month, if any. */
  day: string | null;
}

const params = { view: 'view', week: 'week', month: 'month', day: 'day' } as const;

/** Where the address points; anything unreadable falls back to this week and month. */
export function readPlace(search: URLSearchParams, today: string): AgendaPlace {
  const view = search.get(params.view);
  const week = search.get(params.week) ?? '';
  const month = search.get(params.month) ?? '';
  const day = search.get(params.day) ?? '';
  const shownMonth = isMonth(month) ? month : monthOf(today);
  return {
    view: (agendaViews as readonly string[]).includes(view ?? '')
      ? (view as AgendaView)
      : 'upcoming',
    week: weekStartOf(isLocalDate(week) ? week : today),
    month: shownMonth,
    // A picked day belongs to the month it was picked in.
    day: isLocalDate(day) && monthOf(day) === shownMonth ? day : null,
  };
}

/**
 * The address's query for a place, other parameters (the filters) kept. What is the default
 * (the upcoming view, this week, this month) is left out, so a plain link stays plain.
 */
export function writePlace(
  search: URLSearchParams,
  place: AgendaPlace,
  today: string,
): URLSearchParams {
  const next = new URLSearchParams(search);
  const set = (name: string, value: string | null, fallback: string | null) => {
    if (value === null || value === fallback) next.delete(name);
    else next.set(name, value);
  };
  set(params.view, place.view, 'upcoming');
  set(params.week, place.week, weekStartOf(today));
  set(params.month, place.month, monthOf(today));
  set(params.day, place.day, null);
  return next;
}
