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
