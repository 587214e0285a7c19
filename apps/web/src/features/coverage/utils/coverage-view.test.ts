import {
  expandSchedule,
  weekCoverage,
  type Entry,
  type ScheduleSource,
  type Series,
  type Site,
} from '@opale/core';
import { describe, expect, it } from 'vitest';
import {
  cellKey,
  cellMarks,
  closedSitesOf,
  nextWeek,
  previousWeek,
  sortRows,
  weekOf,
  weekParam,
} from './coverage-view';

const today = '2026-03-12'; // a Thursday

function series(organisationId: string, id: string, change: Partial<Series>): Entry<Series> {
  return {
    root: `org:${organisationId}`,
    key: `series:${id}`,
    id,
    fields: {
      siteId: 'north',
      serviceType: 'meal',
      rrule: 'FREQ=DAILY',
      startTime: '12:00',
      endTime: '14:00',
      validFrom: '2026-03-01',
      validUntil: null,
      expectedQuantity: null,
      notes: null,
      public: true,
      ...change,
    },
  };
}

function coverageOf(...entries: Entry<Series>[]) {
  const source: ScheduleSource = { series: entries, exceptions: new Map(), states: new Map() };
  return weekCoverage(expandSchedule(source, '2026-03-09', '2026-03-15'), '2026-03-09');
}

describe('the week in view', () => {
  it('starts on the Monday of the week the address names, else of this week', () => {
    expect(weekOf(null, today)).toBe('2026-03-09');
    expect(weekOf('2026-03-18', today)).toBe('2026-03-16');
    expect(weekOf('not-a-date', today)).toBe('2026-03-09');
    expect(previousWeek('2026-03-09')).toBe('2026-03-02');
    expect(nextWeek('2026-03-09')).toBe('2026-03-16');
  });

  it('keeps this week out of the address', () => {
    expect(weekParam('2026-03-09', today)).toBeNull();
    expect(weekParam('2026-03-16', today)).toBe('2026-03-16');
  });
});

describe('marking the grid', () => {
  it('marks the gap on the day a daily service is missing', () => {
    const coverage = coverageOf(
      series('rck', 'lunch', { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA' }),
    );
    const marks = cellMarks(coverage);
    expect(marks.get(cellKey('north', 'meal', 'afternoon', '2026-03-15'))).toEqual({
      gap: true,
      overlap: false,
    });
    expect(marks.get(cellKey('north', 'meal', 'afternoon', '2026-03-14'))).toBeUndefined();
  });

  it('marks both cells of an overlap across two parts of the day', () => {
    const coverage = coverageOf(
      series('rck', 'brunch', {
        startTime: '11:00',
        endTime: '13:00',
        rrule: 'FREQ=WEEKLY;BYDAY=SA',
      }),
      series('u56', 'lunch', {
        startTime: '12:30',
        endTime: '14:00',
        rrule: 'FREQ=WEEKLY;BYDAY=SA',
      }),
    );
    const marks = cellMarks(coverage);
    expect(marks.get(cellKey('north', 'meal', 'morning', '2026-03-14'))?.overlap).toBe(true);
    expect(marks.get(cellKey('north', 'meal', 'afternoon', '2026-03-14'))?.overlap).toBe(true);
  });

  it('orders rows by site name, service name, then morning to evening', () => {
    const names: Record<string, string> = { a: 'Site Nord', b: 'Site Gare' };
    const rows = sortRows(
      [
        { siteId: 'a', serviceType: 'meal', part: 'evening' as const },
        { siteId: 'a', serviceType: 'meal', part: 'morning' as const },
        { siteId: 'b', serviceType: 'showers', part: 'morning' as const },
        { siteId: 'b', serviceType: 'clothes', part: 'morning' as const },
      ],
      (id) => names[id] ?? id,
      (code) => code,
    );
    expect(rows.map((r) => `${r.siteId}/${r.serviceType}/${r.part}`)).toEqual([
      'b/clothes/morning',
      'b/showers/morning',
      'a/meal/morning',
      'a/meal/evening',
    ]);
  });

  it('knows which sites closed, and from when', () => {
    const site = (id: string, activeUntil: string | null): Entry<Site> => ({
      root: 'sites',
      key: `site:${id}`,
      id,
      fields: {
        name: id,
        area: null,
        description: null,
        locationText: null,
        activeFrom: null,
        activeUntil,
        publicLevel: null,
        publicDescription: null,
      },
    });
    expect([...closedSitesOf([site('a', null), site('b', '2026-03-11')])]).toEqual([
      ['b', '2026-03-11'],
    ]);
  });
});
