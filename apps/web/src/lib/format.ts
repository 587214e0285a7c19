/** Dates and times as people on the Calais and Dunkirk platforms read them: Paris time. */
export const timeZone = 'Europe/Paris';

/** English readers here are mostly British: day before month. */
const regional: Record<string, string> = { en: 'en-GB', fr: 'fr-FR' };

function intlLocale(locale: string): string {
  return regional[locale] ?? locale;
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone });
    cache.set(key, found);
  }
  return found;
}

/** "12 mars 2026" / "12 March 2026". */
export function formatDate(iso: string, locale: string): string {
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );
}

/** A calendar day (YYYY-MM-DD) as "12 mars 2026" / "12 March 2026", whatever the device's zone. */
export function formatDay(day: string, locale: string): string {
  // Noon UTC is the same calendar day in Paris, summer and winter.
  return formatDate(`${day}T12:00:00.000Z`, locale);
}

/** "12 mars 2026, 14:05" / "12 March 2026, 14:05" — always 24-hour. */
export function formatDateTime(iso: string, locale: string): string {
  return formatter(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "il y a 5 minutes" / "5 minutes ago"; under a minute reads as "now". */
export function formatRelative(iso: string, locale: string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return rtf.format(0, 'second');
}

/** The calendar day in Paris (YYYY-MM-DD), as date inputs and the audit filter use it. */
export function parisDay(date: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** "jeudi 12 mars" / "Thursday 12 March": a day of the coming week, without its year. */
export function formatWeekdayDay(day: string, locale: string): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(`${day}T12:00:00.000Z`),
  );
}

/** "jeu. 12" / "Thu 12": a column heading of a week. */
export function formatShortWeekdayDay(day: string, locale: string): string {
  return formatter(locale, { weekday: 'short', day: 'numeric' }).format(
    new Date(`${day}T12:00:00.000Z`),
  );
}

/** The names of the days of the week, Monday first: "lundi" … or "lun." … */
export function weekdayNames(locale: string, width: 'long' | 'short' = 'long'): string[] {
  // 2026-03-09 is a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    formatter(locale, { weekday: width }).format(new Date(Date.UTC(2026, 2, 9 + i, 12))),
  );
}

/** "lundi, mercredi et vendredi" / "Monday, Wednesday and Friday". */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(items);
}

/** "14:05": the time of an instant in Paris, always 24-hour. */
export function formatTime(iso: string, locale: string): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

/** "23–29 nov. 2026" / "30 Nov – 6 Dec 2026": a span of days, as short as it reads clearly. */
export function formatDayRange(from: string, to: string, locale: string): string {
  return formatter(locale, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(
    new Date(`${from}T12:00:00.000Z`),
    new Date(`${to}T12:00:00.000Z`),
  );
}
