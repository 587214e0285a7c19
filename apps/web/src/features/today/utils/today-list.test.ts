import type { Occurrence } from '@opale/core';
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  applyFilters,
  filterChoices,
  groupByDay,
  noFilters,
  readFilters,
  writeFilters,
} from './today-list';

function occurrence(change: Partial<Occurrence>): Occurrence {
  const date = change.date ?? '2026-03-12';
  const startTime = change.startTime ?? '12:00';
  return {
    seriesId: 'lunch',
    organisationId: 'rck',
    date,
    startTime,
    endTime: '14:00',
    start: `${date}T${startTime}:00.000Z`,
    end: `${date}T14:00:00.000Z`,
    siteId: 'north',
    serviceType: 'meal',
    public: true,
    expectedQuantity: null,
    change: 'none',
    state: null,
    ...change,
  };
}

const lunch = occurrence({});
const water = occurrence({
  seriesId: 'water',
  organisationId: 'u56',
  siteId: 'hospital',
  serviceType: 'drinking_water',
  startTime: '10:00',
});
const tomorrowDinner = occurrence({ seriesId: 'dinner', date: '2026-03-13', startTime: '18:00' });

describe('the filters of the week ahead', () => {
  it('reads them from the address and writes them back, keeping other parameters', () => {
    const search = new URLSearchParams('site=north&type=meal&lang=fr');
    const filters = readFilters(search);
    expect(filters).toEqual({ site: 'north', serviceType: 'meal', organisation: null });
    expect(activeFilterCount(filters)).toBe(2);
    const next = writeFilters(search, { ...filters, site: null, organisation: 'u56' });
    expect(next.toString()).toBe('type=meal&lang=fr&org=u56');
    expect(writeFilters(next, noFilters).toString()).toBe('lang=fr');
  });

  it('ignores empty parameters', () => {
    expect(readFilters(new URLSearchParams('site=&type=%20'))).toEqual(noFilters);
  });

  it('keeps what matches every filter set', () => {
    const week = [lunch, water, tomorrowDinner];
    expect(applyFilters(week, noFilters)).toEqual(week);
    expect(applyFilters(week, { ...noFilters, organisation: 'u56' })).toEqual([water]);
    expect(applyFilters(week, { ...noFilters, site: 'north', serviceType: 'meal' })).toEqual([
      lunch,
      tomorrowDinner,
    ]);
  });

  it('offers what the week holds, and a chosen value it no longer holds', () => {
    const choices = filterChoices([lunch, water], { ...noFilters, site: 'closed-site' });
    expect(choices.sites.sort()).toEqual(['closed-site', 'hospital', 'north']);
    expect(choices.serviceTypes.sort()).toEqual(['drinking_water', 'meal']);
    expect(choices.organisations.sort()).toEqual(['rck', 'u56']);
  });
});

describe('the week ahead, day by day', () => {
  it('gives seven days from today, empty ones too, each in time order', () => {
    const days = groupByDay([tomorrowDinner, lunch, water], '2026-03-12');
    expect(days.map((d) => d.date)).toEqual([
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
    ]);
    expect(days[0]?.occurrences).toEqual([water, lunch]);
    expect(days[1]?.occurrences).toEqual([tomorrowDinner]);
    expect(days[2]?.occurrences).toEqual([]);
  });

  it('leaves out what falls outside the week', () => {
    const days = groupByDay([occurrence({ date: '2026-03-11' })], '2026-03-12');
    expect(days.every((d) => d.occurrences.length === 0)).toBe(true);
  });
});
