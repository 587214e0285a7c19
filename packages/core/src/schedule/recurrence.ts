/**
 * Expands distribution series into dated occurrences (DESIGN.md §2). Recurrence rules are RFC 5545
 * RRULEs evaluated on local calendar dates (floating, so daylight-saving changes cannot shift a
 * day); each date then gets its wall-clock times in Europe/Paris, so a 12:00 distribution stays at
 * 12:00 local on both sides of a change.
 */
import { RRule } from 'rrule';
import type { Entry } from '../boards/entries';
import type { OccurrenceState, Series } from '../boards/board-model';
import { addDays, isLocalDate, isLocalTime, localInstant, minutesOf } from './local-time';

export type RuleCheck = { ok: true } | { ok: false; message: string };

const allowedParts = new Set([
  'FREQ',
  'INTERVAL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYSETPOS',
  'COUNT',
  'UNTIL',
  'WKST',
]);

/** Whether a recurrence rule is one Opale can expand, with a message a person can act on. */
export function checkRule(rule: string): RuleCheck {
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (text === '')
    return { ok: false, message: 'Give a recurrence, e.g. every Monday and Thursday.' };
  for (const part of text.split(';')) {
    const [name = '', value = ''] = part.toUpperCase().split('=');
    if (
      name === 'BYDAY' &&
      !value.split(',').every((day) => /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.test(day))
    ) {
      return {
        ok: false,
        message: `"${value}" are not days of the week; use MO, TU, WE, TH, FR, SA, SU.`,
      };
    }
    if (!allowedParts.has(name)) {
      return {
        ok: false,
        message: `The recurrence part "${name}" is not supported; use days of the week, an interval or days of the month.`,
      };
    }
  }
  try {
    const options = RRule.parseString(text);
    if (options.freq === undefined)
      return { ok: false, message: 'Say how often it repeats (FREQ=DAILY, WEEKLY or MONTHLY).' };
    if (options.freq < RRule.MONTHLY)
      return { ok: false, message: 'Repeat at most monthly (daily, weekly or monthly).' };
    if (options.freq > RRule.DAILY)
      return {
        ok: false,
        message: 'Distributions repeat by day at the finest; not by hour or minute.',
      };
    return { ok: true };
  } catch {
    return { ok: false, message: 'This recurrence could not be read; pick the days again.' };
  }
}

/** Local dates in [from, to] (inclusive) on which the rule falls, within the validity period. */
export function recurrenceDates(
  rule: string,
  validFrom: string,
  validUntil: string | null,
  from: string,
  to: string,
): string[] {
  const start = from > validFrom ? from : validFrom;
  const end = validUntil !== null && validUntil < to ? validUntil : to;
  if (start > end) return [];
  const floating = (date: string) => new Date(`${date}T00:00:00.000Z`);
  const options = RRule.parseString(rule.trim().replace(/^RRULE:/i, ''));
  const recurrence = new RRule({ ...options, dtstart: floating(validFrom) });
  return recurrence
    .between(floating(start), floating(end), true)
    .map((date) => date.toISOString().slice(0, 10));
}

export const exceptionKinds = ['cancel', 'move', 'add'] as const;
export type ExceptionKind = (typeof exceptionKinds)[number];

/** One date changed: cancelled, moved to other times or another site, or added once. */
export type SeriesException = {
  kind: ExceptionKind;
  startTime: string | null;
  endTime: string | null;
  siteId: string | null;
  note: string | null;
};

export interface Occurrence {
  seriesId: string;
  organisationId: string;
  date: string;
  startTime: string;
  endTime: string;
  /** Instants, ISO 8601 UTC. */
  start: string;
  end: string;
  siteId: string;
  serviceType: string;
  public: boolean;
  expectedQuantity: number | null;
  /** Planned differently from the rule on this date. */
  change: 'none' | 'moved' | 'added' | 'cancelled';
  state: OccurrenceState | null;
}

export interface ScheduleSource {
  series: Entry<Series>[];
  /** By `<seriesId>:<date>`. */
  exceptions: Map<string, SeriesException>;
  /** By `<seriesId>:<date>`. */
  states: Map<string, OccurrenceState>;
}

function endInstant(date: string, startTime: string, endTime: string): Date {
  // A window that ends at or before it starts runs past midnight.
  const endDate = minutesOf(endTime) <= minutesOf(startTime) ? addDays(date, 1) : date;
  return localInstant(endDate, endTime);
}

/** Every occurrence of every series between two local dates (inclusive), in time order. */
export function expandSchedule(source: ScheduleSource, from: string, to: string): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const entry of source.series) {
    const series = entry.fields;
    if (
      !isLocalDate(series.validFrom) ||
      !isLocalTime(series.startTime) ||
      !isLocalTime(series.endTime)
    )
      continue;
    if (!checkRule(series.rrule).ok) continue;
    const organisationId = entry.root.slice('org:'.length);
    const dates = new Set(
      recurrenceDates(series.rrule, series.validFrom, series.validUntil, from, to),
    );
    for (const [key, exception] of source.exceptions) {
      const [seriesId, date] = splitKey(key);
      if (seriesId === entry.id && exception.kind === 'add' && date >= from && date <= to)
        dates.add(date);
    }
    for (const date of dates) {
      const key = `${entry.id}:${date}`;
      const exception = source.exceptions.get(key);
      const startTime = exception?.startTime ?? series.startTime;
      const endTime = exception?.endTime ?? series.endTime;
      occurrences.push({
        seriesId: entry.id,
        organisationId,
        date,
        startTime,
        endTime,
        start: localInstant(date, startTime).toISOString(),
        end: endInstant(date, startTime, endTime).toISOString(),
        siteId: exception?.siteId ?? series.siteId,
        serviceType: series.serviceType,
        public: series.public,
        expectedQuantity: series.expectedQuantity,
        change:
          exception?.kind === 'cancel'
            ? 'cancelled'
            : exception?.kind === 'add'
              ? 'added'
              : exception?.kind === 'move'
                ? 'moved'
                : 'none',
        state: source.states.get(key) ?? null,
      });
    }
  }
  return occurrences.sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.seriesId < b.seriesId ? -1 : 1,
  );
}

function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
}
