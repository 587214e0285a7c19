/**
 * A service's opening days and hours (an RRULE without DTSTART, and a daily window in Paris
 * time): the weekly rhythm the editor offers, and what a card says about today.
 */
import {
  checkRule,
  isLocalTime,
  minutesOf,
  recurrenceDates,
  weekdayOf,
  type CapacityService,
} from '@opale/core';
import { normaliseRule, weekdaysOfRule } from '@/lib/schedule/weekday-rules';

/** How a service's opening days read. */
export type OpeningDays =
  { kind: 'everyDay' } | { kind: 'weekdays'; weekdays: number[] } | { kind: 'rule'; rule: string };

export function openingDaysOf(rrule: string | null): OpeningDays {
  if (rrule === null || rrule.trim() === '') return { kind: 'everyDay' };
  const weekdays = weekdaysOfRule(rrule);
  if (weekdays === null) return { kind: 'rule', rule: normaliseRule(rrule) };
  return weekdays.length === 7 ? { kind: 'everyDay' } : { kind: 'weekdays', weekdays };
}

/** Whether the service opens on that local date; null when its rule cannot be read. */
export function opensOn(rrule: string | null, date: string): boolean | null {
  const days = openingDaysOf(rrule);
  if (days.kind === 'everyDay') return true;
  if (days.kind === 'weekdays') return days.weekdays.includes(weekdayOf(date));
  if (!checkRule(days.rule).ok) return null;
  try {
    // Without a start date of its own, the rule is read as if it began that day.
    return recurrenceDates(days.rule, date, null, date, date).length > 0;
  } catch {
    return null;
  }
}

/** The daily window; null when open around the clock (or the hours are unreadable). */
export interface DailyHours {
  opensAt: string;
  closesAt: string;
  /** Closes the next morning (a night shelter, 19:00–08:00). */
  pastMidnight: boolean;
}

export function dailyHoursOf(
  service: Pick<CapacityService, 'opensAt' | 'closesAt'>,
): DailyHours | null {
  const { opensAt, closesAt } = service;
  if (opensAt === null || closesAt === null) return null;
  if (!isLocalTime(opensAt) || !isLocalTime(closesAt) || opensAt === closesAt) return null;
  return { opensAt, closesAt, pastMidnight: minutesOf(closesAt) < minutesOf(opensAt) };
}

/** What a card says about a day: open around the clock, open at these hours, or closed. */
export type HoursOfDay =
  | { kind: 'aroundTheClock' }
  | ({ kind: 'hours' } & DailyHours)
  | { kind: 'closed' }
  | { kind: 'unknown' };

export function hoursOn(
  service: Pick<CapacityService, 'rrule' | 'opensAt' | 'closesAt'>,
  date: string,
): HoursOfDay {
  const opens = opensOn(service.rrule, date);
  if (opens === null) return { kind: 'unknown' };
  if (!opens) return { kind: 'closed' };
  const hours = dailyHoursOf(service);
  return hours === null ? { kind: 'aroundTheClock' } : { kind: 'hours', ...hours };
}
