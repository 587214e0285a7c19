import { describe, expect, it } from 'vitest';
import {
  addMonths,
  byDate,
  daysWithThings,
  gridSpan,
  isMonth,
  lastDayOf,
  monthGrid,
  weekDays,
} from './calendar-grid';

describe('weekDays', () => {
  it('gives Monday to Sunday of the week a day falls in', () => {
    // 2026-03-12 is a Thursday.
    expect(weekDays('2026-03-12')).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]);
  });

  it('keeps a Sunday in the week that began the Monday before', () => {
    expect(weekDays('2026-03-15')[0]).toBe('2026-03-09');
  });

  it('crosses a month and a year', () => {
    expect(weekDays('2026-01-01')).toEqual([
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
    ]);
  });
});

describe('months', () => {
  it('steps forward and back across years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', 14)).toBe('2027-05');
  });

  it('knows the last day of short months and leap years', () => {
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-04')).toBe('2026-04-30');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });

  it('accepts only real months', () => {
    expect(isMonth('2026-03')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-3')).toBe(false);
    expect(isMonth('march')).toBe(false);
  });
});

describe('monthGrid', () => {
  it('lays a month out in whole weeks from Monday, the days around it marked', () => {
    // March 2026 starts on a Sunday and ends on a Tuesday: six rows.
    const weeks = monthGrid('2026-03');
    expect(weeks).toHaveLength(6);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]![0]).toEqual({ date: '2026-02-23', inMonth: false });
    expect(weeks[0]![6]).toEqual({ date: '2026-03-01', inMonth: true });
    expect(weeks[5]![1]).toEqual({ date: '2026-03-31', inMonth: true });
    expect(weeks[5]![6]).toEqual({ date: '2026-04-05', inMonth: false });
    const inMonth = weeks.flat().filter((day) => day.inMonth);
    expect(inMonth).toHaveLength(31);
    expect(inMonth[0]!.date).toBe('2026-03-01');
  });

  it('needs only four rows for a February that starts on a Monday', () => {
    const weeks = monthGrid('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks.flat().every((day) => day.inMonth)).toBe(true);
  });

  it('gives the first and last day the page shows', () => {
    expect(gridSpan('2026-03')).toEqual({ from: '2026-02-23', to: '2026-04-05' });
  });
});

describe('byDate and daysWithThings', () => {
  const things = [
    { date: '2026-03-12', name: 'b' },
    { date: '2026-03-10', name: 'a' },
    { date: '2026-03-12', name: 'c' },
    { date: '2026-04-30', name: 'late' },
  ];

  it('groups things by day, keeping their order', () => {
    expect(
      byDate(things)
        .get('2026-03-12')
        ?.map((t) => t.name),
    ).toEqual(['b', 'c']);
  });

  it('lists only the days of the span that hold something, in date order', () => {
    expect(
      daysWithThings(things, '2026-03-01', '2026-03-31').map((day) => ({
        date: day.date,
        names: day.things.map((t) => t.name),
      })),
    ).toEqual([
      { date: '2026-03-10', names: ['a'] },
      { date: '2026-03-12', names: ['b', 'c'] },
    ]);
  });
});
