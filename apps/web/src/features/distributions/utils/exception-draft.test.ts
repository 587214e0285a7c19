import type { ScheduleSource, Series, SeriesException } from '@opale/core';
import { describe, expect, it } from 'vitest';
import {
  changedDatesOf,
  checkException,
  emptyExceptionDraft,
  exceptionOf,
  type ExceptionDraft,
} from './exception-draft';

const lunch: Series = {
  siteId: 'calais-north',
  serviceType: 'meal',
  rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
  startTime: '12:00',
  endTime: '14:00',
  validFrom: '2026-03-01',
  validUntil: null,
  expectedQuantity: 800,
  notes: null,
  public: true,
};

const monday = '2026-03-09';
const tuesday = '2026-03-10';

const draft = (change: Partial<ExceptionDraft>): ExceptionDraft => ({
  ...emptyExceptionDraft(lunch, monday),
  ...change,
});

describe('changing one date of a series', () => {
  it('cancels or moves only a date the series falls on', () => {
    expect(checkException(draft({ kind: 'cancel' }), lunch)).toEqual({});
    expect(checkException(draft({ kind: 'cancel', date: tuesday }), lunch).date).toEqual({
      problem: 'notOnRule',
    });
    expect(
      checkException(draft({ kind: 'move', date: tuesday, startTime: '13:00' }), lunch).date,
    ).toEqual({ problem: 'notOnRule' });
  });

  it('adds only a date the series does not already fall on', () => {
    expect(checkException(draft({ kind: 'add', date: tuesday }), lunch)).toEqual({});
    expect(checkException(draft({ kind: 'add' }), lunch).date).toEqual({
      problem: 'alreadyOnRule',
    });
  });

  it('asks a move to change something', () => {
    expect(checkException(draft({ kind: 'move' }), lunch).startTime).toEqual({
      problem: 'nothingMoved',
    });
    expect(checkException(draft({ kind: 'move', siteId: 'calais-station' }), lunch)).toEqual({});
  });

  it('stores a cancellation without times or site', () => {
    expect(
      exceptionOf(draft({ kind: 'cancel', note: ' Eviction ', startTime: '09:00' }), lunch),
    ).toEqual({ kind: 'cancel', startTime: null, endTime: null, siteId: null, note: 'Eviction' });
  });

  it('stores only what a move changes, the two times together', () => {
    expect(exceptionOf(draft({ kind: 'move', siteId: 'calais-station' }), lunch)).toEqual({
      kind: 'move',
      startTime: null,
      endTime: null,
      siteId: 'calais-station',
      note: null,
    });
    expect(exceptionOf(draft({ kind: 'move', endTime: '15:00' }), lunch)).toEqual({
      kind: 'move',
      startTime: '12:00',
      endTime: '15:00',
      siteId: null,
      note: null,
    });
  });

  it('lists a series’ changed dates from a day on, in date order', () => {
    const cancel: SeriesException = {
      kind: 'cancel',
      startTime: null,
      endTime: null,
      siteId: null,
      note: null,
    };
    const source: ScheduleSource = {
      series: [],
      exceptions: new Map([
        ['lunch:2026-03-19', cancel],
        ['lunch:2026-03-02', cancel],
        ['lunch:2026-03-12', { ...cancel, kind: 'add' }],
        ['lunch-2:2026-03-12', cancel],
      ]),
      states: new Map(),
    };
    expect(changedDatesOf(source, 'lunch', monday).map((c) => c.date)).toEqual([
      '2026-03-12',
      '2026-03-19',
    ]);
  });
});
