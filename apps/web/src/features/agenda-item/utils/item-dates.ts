/** How an agenda item's date reads on its page: "jeudi 12 mars 2026" / "Thursday 12 March 2026". */
import { timeZone } from '@/lib/format';

const regional: Record<string, string> = { en: 'en-GB', fr: 'fr-FR' };
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatLongDay(day: string, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(regional[locale] ?? locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    });
    formatters.set(locale, formatter);
  }
  // Noon UTC is the same calendar day in Paris, summer and winter.
  return formatter.format(new Date(`${day}T12:00:00.000Z`));
}
