import type { AgendaItem, Entry } from '@opale/core';
import { describe, expect, it } from 'vitest';
import { defaultOccurrenceDate, neighbourDates, occurrenceOfItem } from './item-occurrence';

function item(fields: Partial<AgendaItem>): Entry<AgendaItem> {
  return {
    root: 'items',
    key: 'item:m1',
    id: 'm1',
    fields: {
      kind: 'platform_meeting',
      title: 'Réunion de plateforme',
      date: '2026-03-03',
      startTime: '14:00',
      endTime: '16:00',
      rrule: null,
      until: null,
      skipped: '',
      placeKind: null,
      place: null,
      organisers: '',
      invited: '',
      cancelled: false,
      createdBy: 'Hélène',
      ...fields,
    },
  };
}

// Every other Tuesday from 3 March 2026.
const fortnightly = item({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', skipped: '2026-03-17' });

describe('occurrenceOfItem', () => {
  it('gives the one date of a one-off item, whatever date the address says', () => {
    const once = item({});
    expect(occurrenceOfItem(once, null)?.key).toBe('m1');
    expect(occurrenceOfItem(once, '2026-04-01')?.key).toBe('m1');
  });

  it('gives a date of a recurring item under its own key, cancelled when skipped', () => {
    expect(occurrenceOfItem(fortnightly, '2026-03-31')).toMatchObject({
      key: 'm1:2026-03-31',
      recurringDate: '2026-03-31',
      cancelled: false,
    });
    expect(occurrenceOfItem(fortnightly, '2026-03-17')?.cancelled).toBe(true);
  });

  it('finds nothing on a date the item does not fall on', () => {
    expect(occurrenceOfItem(fortnightly, '2026-03-10')).toBeNull();
    expect(occurrenceOfItem(fortnightly, null)).toBeNull();
  });
});

describe('neighbourDates', () => {
  it('gives the dates just before and after, skipped ones included', () => {
    expect(neighbourDates(fortnightly, '2026-03-31')).toEqual({
      previous: '2026-03-17',
      next: '2026-04-14',
    });
  });

  it('has no date before the first, nor after the last', () => {
    const ending = item({ rrule: 'FREQ=WEEKLY;BYDAY=TU', until: '2026-03-17' });
    expect(neighbourDates(ending, '2026-03-03').previous).toBeNull();
    expect(neighbourDates(ending, '2026-03-17').next).toBeNull();
  });
});

describe('defaultOccurrenceDate', () => {
  it('opens on the next date from today', () => {
    expect(defaultOccurrenceDate(fortnightly, '2026-03-20')).toBe('2026-03-31');
    expect(defaultOccurrenceDate(fortnightly, '2026-03-31')).toBe('2026-03-31');
  });

  it('opens on the last date once the series is over', () => {
    const ended = item({ rrule: 'FREQ=WEEKLY;BYDAY=TU', until: '2026-03-17' });
    expect(defaultOccurrenceDate(ended, '2026-06-01')).toBe('2026-03-17');
  });

  it('has nothing to choose for a one-off item', () => {
    expect(defaultOccurrenceDate(item({}), '2026-03-01')).toBeNull();
  });
});
