import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addDays,
  agendaBoard,
  calendarSeriesOf,
  expandAgenda,
  recurrenceDates,
  type AgendaItem,
} from '../src';

const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const item = (fields: Partial<AgendaItem>): AgendaItem => ({
  kind: 'platform_meeting',
  title: 'Platform meeting',
  date: '2026-10-13',
  startTime: '14:00',
  endTime: '16:00',
  rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
  until: null,
  skipped: '',
  placeKind: null,
  place: null,
  organisers: '',
  invited: '',
  cancelled: false,
  createdBy: 'someone',
  ...fields,
});

/** The dates a calendar app would place the series on, read back with Opale's own expansion. */
function seriesDates(series: NonNullable<ReturnType<typeof calendarSeriesOf>>, to: string) {
  const except = new Set(series.exceptDates);
  return recurrenceDates(
    series.rule,
    series.firstDate,
    series.lastDate,
    series.firstDate,
    to,
  ).filter((date) => !except.has(date));
}

describe('an agenda item as a calendar series', () => {
  it('ends at the close of the last day in Paris, as a UTC instant, on both sides of a clock change', () => {
    // 30 March 2027 is in summer time: the day ends at 21:59:59 UTC.
    expect(calendarSeriesOf(item({ until: '2027-03-30' }))).toEqual({
      firstDate: '2026-10-13',
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
      lastDate: '2027-03-30',
      until: '20270330T215959Z',
      exceptDates: [],
    });
    // 15 December is in winter time: 22:59:59 UTC. The last date is the rule's, not the limit's.
    expect(calendarSeriesOf(item({ until: '2026-12-15' }))?.until).toBe('20261208T225959Z');
  });

  it('starts on the first date the rule gives, not on a first day it skips', () => {
    // 14 October 2026 is a Wednesday; the next Tuesday of the rule is two weeks on.
    const series = calendarSeriesOf(item({ date: '2026-10-14', rrule: 'FREQ=WEEKLY;BYDAY=TU' }));
    expect(series?.firstDate).toBe('2026-10-20');
  });

  it('turns a COUNT beside a last day into the date that comes first', () => {
    expect(
      calendarSeriesOf(item({ rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3', until: '2027-01-01' })),
    ).toMatchObject({
      rule: 'FREQ=WEEKLY;BYDAY=TU',
      lastDate: '2026-10-27',
    });
    expect(calendarSeriesOf(item({ rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3' }))).toMatchObject({
      rule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
      lastDate: null,
      until: null,
    });
    expect(
      calendarSeriesOf(item({ rrule: 'RRULE:freq=weekly;byday=tu;until=20261101' })),
    ).toMatchObject({ rule: 'FREQ=WEEKLY;BYDAY=TU', lastDate: '2026-10-27' });
  });

  it('lists as exceptions only the skipped dates the rule falls on', () => {
    expect(
      calendarSeriesOf(item({ skipped: '2026-10-27 2026-10-28 2026-11-10 2026-10-27' }))
        ?.exceptDates,
    ).toEqual(['2026-10-27', '2026-11-10']);
  });

  it('has nothing for a one-off item or a rule that ends before it starts', () => {
    expect(calendarSeriesOf(item({ rrule: null }))).toBeNull();
    expect(calendarSeriesOf(item({ until: '2026-10-01' }))).toBeNull();
  });

  it('falls on exactly the dates the agenda shows, skipped dates excepted', () => {
    const pattern = fc.oneof(
      fc.integer({ min: 1, max: 3 }).map((n) => `FREQ=DAILY;INTERVAL=${n}`),
      fc
        .tuple(
          fc.integer({ min: 1, max: 4 }),
          fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 3 }),
        )
        .map(
          ([n, byday]) => `FREQ=WEEKLY;INTERVAL=${n};BYDAY=${byday.map((d) => days[d]).join(',')}`,
        ),
      fc.integer({ min: 1, max: 31 }).map((d) => `FREQ=MONTHLY;BYMONTHDAY=${d}`),
      fc
        .tuple(fc.constantFrom(...days), fc.constantFrom(1, 2, -1))
        .map(([day, n]) => `FREQ=MONTHLY;BYDAY=${n}${day}`),
    );
    fc.assert(
      fc.property(
        pattern,
        fc.integer({ min: 0, max: 400 }),
        fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
        fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 6 }),
        (rule, startOffset, untilOffset, count, skippedOffsets) => {
          const date = addDays('2026-01-01', startOffset);
          const fields = item({
            date,
            rrule: count === null ? rule : `${rule};COUNT=${count}`,
            until: untilOffset === null ? null : addDays(date, untilOffset),
            skipped: skippedOffsets.map((n) => addDays(date, n)).join(' '),
          });
          const to = addDays(date, 400);
          const doc = new Y.Doc();
          agendaBoard.writeItem(doc, 'item', fields);
          const shown = expandAgenda(agendaBoard.items(doc), date, to)
            .filter((o) => !o.cancelled)
            .map((o) => o.date);
          const series = calendarSeriesOf(fields);
          if (series === null) {
            expect(expandAgenda(agendaBoard.items(doc), date, to)).toEqual([]);
            return;
          }
          expect(seriesDates(series, to)).toEqual(shown);
        },
      ),
      { numRuns: 300 },
    );
  });
});
