import { TZDate } from '@date-fns/tz';

/** Every platform keeps its times in this zone: what people read on the ground. */
export const platformTimeZone = 'Europe/Paris';

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isLocalTime(value: string): boolean {
  return timePattern.test(value);
}

/**
 * The instant of a wall-clock time on a date in Europe/Paris. A time that does not exist (the
 * hour skipped in March) moves forward by the gap; a time that happens twice (the hour repeated in
 * October) is the second one.
 */
export function localInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, platformTimeZone).getTime());
}

/** The local date (`YYYY-MM-DD`) an instant falls on in Europe/Paris. */
export function localDateOf(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: platformTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return parts;
}

/** Calendar arithmetic on local dates, free of time zones. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The Monday of the week a local date falls in: weeks on the platforms start on Monday. */
export function weekStartOf(date: string): string {
  return addDays(date, -weekdayOf(date));
}

export function minutesOf(time: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return hh * 60 + mm;
}
