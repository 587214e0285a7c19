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

/** Monday first, as people on the platforms count the week (0 = Monday … 6 = Sunday). */
export const ruleDays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The rule as stored: without `RRULE:`, spaces or lower case. */
export function normaliseRule(rule: string): string {
  return rule
    .trim()
    .replace(/^RRULE:/i, '')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** `FREQ=WEEKLY;BYDAY=MO,TH` from ticked days, Monday first. */
export function weekdaysRule(weekdays: readonly number[]): string {
  const days = [...new Set(weekdays)].filter((d) => d >= 0 && d < 7).sort((a, b) => a - b);
  return `FREQ=WEEKLY;BYDAY=${days.map((d) => ruleDays[d]).join(',')}`;
}

/**
 * The days a rule stands for when it is a plain "these days every week" (or every day); null for
 * any other rhythm (every other week, the first Monday of the month …).
 */
export function weekdaysOfRule(rule: string): number[] | null {
  const parts = new Map<string, string>();
  for (const part of normaliseRule(rule).split(';')) {
    const at = part.indexOf('=');
    if (at === -1 || parts.has(part.slice(0, at))) return null;
    parts.set(part.slice(0, at), part.slice(at + 1));
  }
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && interval !== '1') return null;
  const rest = [...parts.keys()].filter((name) => !['FREQ', 'INTERVAL', 'WKST'].includes(name));
  if (parts.get('FREQ') === 'DAILY' && rest.length === 0) return [0, 1, 2, 3, 4, 5, 6];
  if (parts.get('FREQ') !== 'WEEKLY' || rest.length !== 1 || rest[0] !== 'BYDAY') return null;
  const days = (parts.get('BYDAY') ?? '')
    .split(',')
    .map((d) => (ruleDays as readonly string[]).indexOf(d));
  if (days.length === 0 || days.includes(-1)) return null;
  return [...new Set(days)].sort((a, b) => a - b);
}

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
