/**
 * A recurring agenda item as one iCalendar series (RFC 5545): the rule, its first date and its
 * end as a calendar app reads them beside a DTSTART in Europe/Paris wall-clock time, and the
 * skipped dates as EXDATEs.
 *
 * Opale evaluates rules from the item's first day whether or not the rule falls on it; RFC 5545
 * counts DTSTART as the first instance whatever the rule says, so the series starts on the first
 * date the rule actually gives. With DTSTART in a named zone, UNTIL must be a UTC instant: the end
 * of the last day in Paris, so that the last date is kept and the next one is not, on either side
 * of a clock change.
 */
import type { AgendaItem } from './agenda';
import { idList } from './agenda';
import { addDays, localInstant } from '../schedule/local-time';
import { checkRule, recurrenceDates } from '../schedule/recurrence';

export interface CalendarSeries {
  /** DTSTART's date: the first date the rule gives. */
  firstDate: string;
  /** The RRULE without UNTIL, e.g. `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`; COUNT only when open-ended. */
  rule: string;
  /** The last date the series may fall on; null while it runs on (or ends by COUNT). */
  lastDate: string | null;
  /** UNTIL for the RRULE, `YYYYMMDDTHHMMSSZ`; null when `lastDate` is. */
  until: string | null;
  /** Skipped dates the rule falls on, in order: the EXDATEs. */
  exceptDates: string[];
}

/** How far to look for the first date of an open-ended rule: a monthly rule on the 31st included. */
const firstDateHorizonDays = 800;

/** The series of a recurring item, or null for a one-off item or a rule that never falls. */
export function calendarSeriesOf(
  item: Pick<AgendaItem, 'rrule' | 'date' | 'until' | 'skipped'>,
): CalendarSeries | null {
  if (item.rrule === null || !checkRule(item.rrule).ok) return null;
  const parts = item.rrule
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase()
    .split(';')
    .map((part) => part.split('=') as [string, string]);
  const ruleUntil = parts.find(([name]) => name === 'UNTIL')?.[1];
  const limits = [
    item.until,
    ruleUntil === undefined
      ? null
      : `${ruleUntil.slice(0, 4)}-${ruleUntil.slice(4, 6)}-${ruleUntil.slice(6, 8)}`,
  ].filter((date): date is string => date !== null);
  const limit = limits.length > 0 ? limits.sort()[0]! : null;

  const rule = item.rrule;
  const datesUpTo = (to: string) => recurrenceDates(rule, item.date, item.until, item.date, to);
  let firstDate: string | undefined;
  let lastDate: string | null = null;
  let kept = parts.filter(([name]) => name !== 'UNTIL');
  if (limit !== null) {
    // A last date and a COUNT cannot both be given (RFC 5545): whichever ends first is the end.
    const dates = datesUpTo(limit);
    firstDate = dates[0];
    lastDate = dates[dates.length - 1] ?? null;
    kept = kept.filter(([name]) => name !== 'COUNT');
  } else {
    firstDate = datesUpTo(addDays(item.date, firstDateHorizonDays))[0];
  }
  if (firstDate === undefined) return null;

  const exceptDates = idList(item.skipped)
    .filter((date) => date >= firstDate && (lastDate === null || date <= lastDate))
    .filter((date) => recurrenceDates(rule, item.date, item.until, date, date).length > 0)
    .sort();
  return {
    firstDate,
    rule: kept.map(([name, value]) => `${name}=${value}`).join(';'),
    lastDate,
    until: lastDate === null ? null : utcStamp(endOfParisDay(lastDate)),
    exceptDates: [...new Set(exceptDates)],
  };
}

/** The last second of a day in Paris, as an instant. */
function endOfParisDay(date: string): Date {
  return new Date(localInstant(addDays(date, 1), '00:00').getTime() - 1000);
}

/** `2027-03-30T21:59:59.000Z` as `20270330T215959Z`. */
function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
