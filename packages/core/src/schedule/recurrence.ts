/**
 * Expands distribution series into dated occurrences (DESIGN.md §2). Recurrence rules are RFC 5545
 * RRULEs evaluated on local calendar dates (floating, so daylight-saving changes cannot shift a
 * day); each date then gets its wall-clock times in Europe/Paris, so a 12:00 distribution stays at
 * 12:00 local on both sides of a change.
 */
import { RRule } from './rrule-interop';
import type { Entry } from '../boards/entries';
import type { OccurrenceState, Series } from '../boards/board-model';
import { addDays, isLocalDate, isLocalTime, localInstant, minutesOf } from './local-time';

/**
 * Why a rule was refused, for a screen that words it in the person's language; `message` says the
 * same in English (the server's answers, logs).
 */
export type RuleProblem =
  | { kind: 'empty' }
  | { kind: 'notWeekdays'; value: string }
  | { kind: 'unsupportedPart'; part: string }
  | { kind: 'badValue'; part: string; value: string }
  | { kind: 'repeatedPart'; part: string }
  | { kind: 'noFrequency' }
  | { kind: 'tooRare' }
  | { kind: 'tooFrequent' }
  | { kind: 'unreadable' };

export type RuleCheck = { ok: true } | { ok: false; message: string; problem: RuleProblem };

const weekday = '(MO|TU|WE|TH|FR|SA|SU)';
const list = (item: string) => new RegExp(`^${item}(,${item})*$`);

/**
 * The parts Opale expands, each with the values it takes. rrule reads a number it cannot parse
 * (`INTERVAL=`, `INTERVAL=x`, `INTERVAL=-2`) without complaint and then never finishes expanding:
 * every value is checked here, before any expansion.
 */
const allowedParts = new Map<string, RegExp>([
  ['FREQ', /^[A-Z]+$/],
  ['INTERVAL', /^[1-9]\d{0,2}$/],
  ['COUNT', /^[1-9]\d{0,3}$/],
  ['BYDAY', list(`([+-]?([1-9]|[1-4]\\d|5[0-3]))?${weekday}`)],
  ['BYMONTHDAY', list('[+-]?([1-9]|[12]\\d|3[01])')],
  ['BYMONTH', list('([1-9]|1[0-2])')],
  ['BYSETPOS', list('[+-]?([1-9]\\d?|[12]\\d\\d|3[0-5]\\d|36[0-6])')],
  ['UNTIL', /^\d{8}(T\d{6}Z?)?$/],
  ['WKST', new RegExp(`^${weekday}$`)],
]);

/** The rule without its optional `RRULE:` name; part names and values are case-insensitive. */
function ruleText(rule: string): string {
  return rule
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
}

/** `20260310` or `20260310T235959Z` as `2026-03-10`. */
function untilDate(value: string): string {
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
}

function refused(problem: RuleProblem, message: string): RuleCheck {
  return { ok: false, message, problem };
}

/** Whether a recurrence rule is one Opale can expand, with a message a person can act on. */
export function checkRule(rule: string): RuleCheck {
  const text = ruleText(rule);
  if (text === '')
    return refused({ kind: 'empty' }, 'Give a recurrence, e.g. every Monday and Thursday.');
  const seen = new Set<string>();
  for (const part of text.split(';')) {
    const at = part.indexOf('=');
    const name = at === -1 ? part : part.slice(0, at);
    const value = at === -1 ? '' : part.slice(at + 1);
    const valuePattern = allowedParts.get(name);
    if (name === 'BYDAY' && !valuePattern?.test(value)) {
      return refused(
        { kind: 'notWeekdays', value },
        `"${value}" are not days of the week; use MO, TU, WE, TH, FR, SA, SU.`,
      );
    }
    if (!valuePattern) {
      return refused(
        { kind: 'unsupportedPart', part: name },
        `The recurrence part "${name}" is not supported; use days of the week, an interval or days of the month.`,
      );
    }
    if (!valuePattern.test(value) || (name === 'UNTIL' && !isLocalDate(untilDate(value)))) {
      return refused(
        { kind: 'badValue', part: name, value },
        `"${value}" is not a possible value of ${name}; for example INTERVAL=2, COUNT=10, BYMONTHDAY=1,15.`,
      );
    }
    if (seen.has(name)) {
      return refused(
        { kind: 'repeatedPart', part: name },
        `${name} is given twice; give it once (several days: BYDAY=MO,TH).`,
      );
    }
    seen.add(name);
  }
  try {
    const options = RRule.parseString(text);
    if (options.freq === undefined)
      return refused(
        { kind: 'noFrequency' },
        'Say how often it repeats (FREQ=DAILY, WEEKLY or MONTHLY).',
      );
    if (options.freq < RRule.MONTHLY)
      return refused({ kind: 'tooRare' }, 'Repeat at most monthly (daily, weekly or monthly).');
    if (options.freq > RRule.DAILY)
      return refused(
        { kind: 'tooFrequent' },
        'Distributions repeat by day at the finest; not by hour or minute.',
      );
    // Building the rule runs rrule's own checks (e.g. on BYSETPOS) before anyone expands it.
    new RRule({ ...options, dtstart: new Date(Date.UTC(2026, 0, 1)) });
    return { ok: true };
  } catch {
    return refused(
      { kind: 'unreadable' },
      'This recurrence could not be read; pick the days again.',
    );
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
  const options = RRule.parseString(ruleText(rule));
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
