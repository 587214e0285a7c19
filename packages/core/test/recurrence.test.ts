import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkRule,
  expandSchedule,
  localInstant,
  recurrenceDates,
  weekdayOf,
  weekStartOf,
  type Entry,
  type Series,
  type SeriesException,
} from '../src';

const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The wall-clock time an instant shows in Paris, read back through Intl (independent of the code under test). */
function parisWallTime(iso: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

type Pattern =
  | { freq: 'DAILY'; interval: number }
  | { freq: 'WEEKLY'; interval: number; byday: number[] }
  | { freq: 'MONTHLY'; monthday: number };

function ruleOf(p: Pattern): string {
  if (p.freq === 'DAILY') return `FREQ=DAILY;INTERVAL=${p.interval}`;
  if (p.freq === 'WEEKLY')
    return `FREQ=WEEKLY;INTERVAL=${p.interval};BYDAY=${p.byday.map((d) => days[d]).join(',')}`;
  return `FREQ=MONTHLY;BYMONTHDAY=${p.monthday}`;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The oracle: walks every day and decides by arithmetic alone. */
function oracleDates(
  p: Pattern,
  validFrom: string,
  validUntil: string | null,
  from: string,
  to: string,
): string[] {
  const out: string[] = [];
  const mondayOfStart = addDays(validFrom, -weekdayOf(validFrom));
  for (let date = validFrom; date <= to; date = addDays(date, 1)) {
    if (validUntil !== null && date > validUntil) break;
    if (date < from) continue;
    const since = daysBetween(validFrom, date);
    const matches =
      p.freq === 'DAILY'
        ? since % p.interval === 0
        : p.freq === 'WEEKLY'
          ? p.byday.includes(weekdayOf(date)) &&
            Math.floor(daysBetween(mondayOfStart, date) / 7) % p.interval === 0
          : Number(date.slice(8, 10)) === p.monthday;
    if (matches) out.push(date);
  }
  return out;
}

const localDate = fc
  .date({
    min: new Date('2026-01-01T00:00:00Z'),
    max: new Date('2028-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const pattern: fc.Arbitrary<Pattern> = fc.oneof(
  fc.record({ freq: fc.constant('DAILY' as const), interval: fc.integer({ min: 1, max: 3 }) }),
  fc.record({
    freq: fc.constant('WEEKLY' as const),
    interval: fc.integer({ min: 1, max: 2 }),
    byday: fc
      .uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 })
      .map((d) => d.sort()),
  }),
  fc.record({ freq: fc.constant('MONTHLY' as const), monthday: fc.integer({ min: 1, max: 28 }) }),
);
// Whole times outside the hour that daylight saving skips or repeats (02:00–02:59).
const wallTime = fc
  .tuple(
    fc.integer({ min: 0, max: 23 }).filter((h) => h !== 2),
    fc.constantFrom(0, 15, 30, 45),
  )
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

function series(id: string, fields: Partial<Series>, organisationId = 'org-a'): Entry<Series> {
  return {
    root: `org:${organisationId}`,
    key: `series:${id}`,
    id,
    fields: {
      siteId: 'site-1',
      serviceType: 'meal',
      rrule: 'FREQ=DAILY',
      startTime: '12:00',
      endTime: '14:00',
      validFrom: '2026-01-01',
      validUntil: null,
      expectedQuantity: null,
      notes: null,
      public: true,
      ...fields,
    },
  };
}

describe('recurrence expansion', () => {
  it('falls on exactly the dates a day-by-day walk finds, within the validity period', () => {
    fc.assert(
      fc.property(
        pattern,
        localDate,
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
        fc.integer({ min: -30, max: 200 }),
        fc.integer({ min: 0, max: 120 }),
        (p, validFrom, untilOffset, fromOffset, span) => {
          const validUntil = untilOffset === null ? null : addDays(validFrom, untilOffset);
          const from = addDays(validFrom, fromOffset);
          const to = addDays(from, span);
          expect(recurrenceDates(ruleOf(p), validFrom, validUntil, from, to)).toEqual(
            oracleDates(p, validFrom, validUntil, from, to),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps every occurrence at its wall-clock times in Paris, across daylight-saving changes', () => {
    fc.assert(
      fc.property(
        pattern,
        localDate,
        wallTime,
        fc.integer({ min: 15, max: 240 }),
        (p, validFrom, start, length) => {
          const endMinutes =
            (Number(start.slice(0, 2)) * 60 + Number(start.slice(3)) + length) % 1440;
          const end = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;
          fc.pre(!end.startsWith('02:'));
          const occurrences = expandSchedule(
            {
              series: [
                series('s', { rrule: ruleOf(p), validFrom, startTime: start, endTime: end }),
              ],
              exceptions: new Map(),
              states: new Map(),
            },
            validFrom,
            addDays(validFrom, 120),
          );
          for (const o of occurrences) {
            expect(parisWallTime(o.start)).toEqual({ date: o.date, time: start });
            expect(parisWallTime(o.end).time).toBe(end);
            expect(Date.parse(o.end)).toBeGreaterThan(Date.parse(o.start));
          }
        },
      ),
      { numRuns: 200 },
    );
    // 200 expansions of up to four months, each instant formatted through Intl: about 1.5 s on
    // an idle machine, several times that when the machine is shared.
  }, 30_000);

  it('keeps a 12:00 distribution at 12:00 local on both sides of the March and October changes', () => {
    const occurrences = expandSchedule(
      {
        series: [series('lunch', { rrule: 'FREQ=DAILY' })],
        exceptions: new Map(),
        states: new Map(),
      },
      '2027-03-27',
      '2027-03-29',
    );
    expect(occurrences.map((o) => o.start)).toEqual([
      '2027-03-27T11:00:00.000Z', // CET, UTC+1
      '2027-03-28T10:00:00.000Z', // CEST, UTC+2
      '2027-03-29T10:00:00.000Z',
    ]);
    const autumn = expandSchedule(
      {
        series: [series('lunch', { rrule: 'FREQ=DAILY' })],
        exceptions: new Map(),
        states: new Map(),
      },
      '2027-10-30',
      '2027-10-31',
    );
    expect(autumn.map((o) => o.start)).toEqual([
      '2027-10-30T10:00:00.000Z',
      '2027-10-31T11:00:00.000Z',
    ]);
  });

  it('runs a window that ends past midnight into the next day', () => {
    const [night] = expandSchedule(
      {
        series: [series('night', { startTime: '22:00', endTime: '01:00' })],
        exceptions: new Map(),
        states: new Map(),
      },
      '2026-12-01',
      '2026-12-01',
    );
    expect(night).toMatchObject({
      start: '2026-12-01T21:00:00.000Z',
      end: '2026-12-02T00:00:00.000Z',
    });
  });

  it('applies cancellations, moves and one-off additions to single dates', () => {
    const exceptions = new Map<string, SeriesException>([
      [
        'water:2026-12-02',
        { kind: 'cancel', startTime: null, endTime: null, siteId: null, note: 'eviction' },
      ],
      [
        'water:2026-12-07',
        { kind: 'move', startTime: '16:00', endTime: '17:00', siteId: 'site-2', note: null },
      ],
      [
        'water:2026-12-05',
        { kind: 'add', startTime: '09:00', endTime: '10:00', siteId: null, note: null },
      ],
    ]);
    const occurrences = expandSchedule(
      {
        series: [series('water', { rrule: 'FREQ=WEEKLY;BYDAY=MO,WE', validFrom: '2026-11-30' })],
        exceptions,
        states: new Map(),
      },
      '2026-11-30',
      '2026-12-07',
    );
    expect(occurrences.map((o) => [o.date, o.change, o.startTime, o.siteId])).toEqual([
      ['2026-11-30', 'none', '12:00', 'site-1'],
      ['2026-12-02', 'cancelled', '12:00', 'site-1'],
      ['2026-12-05', 'added', '09:00', 'site-1'],
      ['2026-12-07', 'moved', '16:00', 'site-2'],
    ]);
    expect(weekdayOf('2026-12-05')).toBe(5);
  });

  it('explains a recurrence it cannot use', () => {
    expect(checkRule('FREQ=WEEKLY;BYDAY=MO')).toEqual({ ok: true });
    const messageOf = (rule: string) => {
      const check = checkRule(rule);
      return check.ok ? null : check.message;
    };
    expect(messageOf('')).toMatch(/Give a recurrence/);
    expect(messageOf('FREQ=HOURLY')).toMatch(/not by hour/);
    expect(messageOf('FREQ=YEARLY')).toMatch(/at most monthly/);
    expect(messageOf('FREQ=WEEKLY;BYHOUR=9')).toMatch(/BYHOUR/);
    expect(messageOf('FREQ=WEEKLY;BYDAY=XX')).toMatch(/not days of the week/);
  });

  it('names the problem with a refused rule, so a screen can word it in the person’s language', () => {
    const problemOf = (rule: string) => {
      const check = checkRule(rule);
      return check.ok ? null : check.problem;
    };
    expect(problemOf(' ')).toEqual({ kind: 'empty' });
    expect(problemOf('FREQ=WEEKLY;BYDAY=MO,XX')).toEqual({ kind: 'notWeekdays', value: 'MO,XX' });
    expect(problemOf('FREQ=WEEKLY;BYHOUR=9')).toEqual({ kind: 'unsupportedPart', part: 'BYHOUR' });
    expect(problemOf('INTERVAL=2')).toEqual({ kind: 'noFrequency' });
    expect(problemOf('FREQ=YEARLY')).toEqual({ kind: 'tooRare' });
    expect(problemOf('FREQ=HOURLY')).toEqual({ kind: 'tooFrequent' });
    expect(problemOf('FREQ=WEEKLY;BYDAY=MO;BYDAY=TH')).toEqual({
      kind: 'repeatedPart',
      part: 'BYDAY',
    });
  });

  it('refuses values rrule reads without complaint but could never expand', () => {
    // Each of these made recurrenceDates loop forever or throw: a rep typing "INTERVAL=2" passes
    // through "INTERVAL=", and every screen and feed expanding the series would hang.
    for (const rule of [
      'FREQ=WEEKLY;INTERVAL=',
      'FREQ=WEEKLY;INTERVAL=x',
      'FREQ=WEEKLY;INTERVAL=-2',
      'FREQ=WEEKLY;INTERVAL=0',
      'FREQ=DAILY;COUNT=abc',
      'FREQ=MONTHLY;BYSETPOS=0',
      'FREQ=MONTHLY;BYMONTHDAY=32',
      'FREQ=WEEKLY;BYMONTH=13',
      'FREQ=WEEKLY;UNTIL=soon',
      'FREQ=WEEKLY;UNTIL=20261399',
      'FREQ=WEEKLY=2',
      'FREQ=WEEKLY;WKST=XX',
    ]) {
      const check = checkRule(rule);
      expect({ rule, ok: check.ok }).toEqual({ rule, ok: false });
      if (!check.ok) expect(['badValue', 'notWeekdays']).toContain(check.problem.kind);
    }
    expect(checkRule('FREQ=WEEKLY;INTERVAL=x')).toMatchObject({
      problem: { kind: 'badValue', part: 'INTERVAL', value: 'X' },
    });
    for (const rule of [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
      'FREQ=MONTHLY;BYDAY=+1MO',
      'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1',
      'FREQ=MONTHLY;BYMONTHDAY=1,15',
      'FREQ=DAILY;COUNT=5',
      'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260310',
      'FREQ=WEEKLY;WKST=MO;BYDAY=SA,SU',
      'RRULE:freq=weekly;byday=mo',
    ])
      expect({ rule, check: checkRule(rule) }).toEqual({ rule, check: { ok: true } });
  });

  it('expands every rule it accepts, without throwing', () => {
    const values: Record<string, string[]> = {
      FREQ: ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY', 'HOURLY', 'X', ''],
      INTERVAL: ['1', '2', '0', '-1', 'x', '', '999', '1.5'],
      COUNT: ['1', '10', '0', 'x', ''],
      BYDAY: ['MO', 'MO,TH', '+1MO', '-1SU', '0MO', 'XX', ''],
      BYMONTHDAY: ['1', '1,15', '-1', '0', '32', ''],
      BYMONTH: ['1', '12', '13', '0'],
      BYSETPOS: ['1', '-1', '0', '367'],
      UNTIL: ['20260310', '20260310T120000Z', '20261399', 'x'],
      WKST: ['MO', 'SU', 'XX'],
    };
    const part = fc
      .constantFrom(...Object.keys(values))
      .chain((name) => fc.constantFrom(...values[name]!).map((value) => `${name}=${value}`));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), localDate, (parts, from) => {
        const rule = parts.join(';');
        if (!checkRule(rule).ok) return;
        recurrenceDates(rule, '2026-01-01', null, from, addDays(from, 30));
      }),
      { numRuns: 400 },
    );
  });

  it('starts every week on its Monday', () => {
    expect(weekStartOf('2026-03-09')).toBe('2026-03-09');
    expect(weekStartOf('2026-03-12')).toBe('2026-03-09');
    expect(weekStartOf('2026-03-15')).toBe('2026-03-09');
    expect(weekStartOf('2026-03-01')).toBe('2026-02-23');
    fc.assert(
      fc.property(localDate, (date) => {
        const monday = weekStartOf(date);
        return weekdayOf(monday) === 0 && monday <= date && addDays(monday, 6) >= date;
      }),
    );
  });

  it('turns a local date and time into the right instant', () => {
    expect(localInstant('2026-07-01', '12:00').toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(localInstant('2026-12-01', '12:00').toISOString()).toBe('2026-12-01T11:00:00.000Z');
  });
});

describe('the schedule board as a source', () => {
  it('reads series, exceptions and statuses written through the board model', async () => {
    const Y = await import('yjs');
    const { scheduleBoard } = await import('../src');
    const doc = new Y.Doc();
    scheduleBoard.writeSeries(doc, 'org-a', 'water', {
      ...series('water', {}).fields,
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE',
    });
    scheduleBoard.writeException(doc, 'org-a', 'water', '2026-12-02', {
      kind: 'cancel',
      startTime: null,
      endTime: null,
      siteId: null,
      note: null,
    });
    scheduleBoard.setOccurrenceState(doc, 'org-a', 'water', '2026-11-30', {
      status: 'done',
      servedCount: 140,
      note: null,
      by: 'Field team',
      at: '2026-11-30T13:00:00Z',
    });
    const occurrences = expandSchedule(scheduleBoard.source(doc), '2026-11-30', '2026-12-06');
    expect(occurrences.map((o) => [o.date, o.change, o.state?.status ?? null])).toEqual([
      ['2026-11-30', 'none', 'done'],
      ['2026-12-02', 'cancelled', null],
    ]);
    scheduleBoard.writeException(doc, 'org-a', 'water', '2026-12-02', null);
    expect(expandSchedule(scheduleBoard.source(doc), '2026-12-02', '2026-12-02')[0]?.change).toBe(
      'none',
    );
  });
});
