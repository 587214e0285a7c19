import { describe, expect, it } from 'vitest';
import { dailyHoursOf, hoursOn, openingDaysOf, opensOn } from './opening-hours';
import { weekdaysOfRule, weekdaysRule } from '@/lib/schedule/weekday-rules';

// 2026-11-23 is a Monday.
const monday = '2026-11-23';
const tuesday = '2026-11-24';
const sunday = '2026-11-29';

describe('opening days', () => {
  it('writes ticked days as a weekly rule, Monday first, each day once', () => {
    expect(weekdaysRule([4, 0, 2, 0])).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR');
  });

  it('reads back the days of a weekly rule, however it is spelled', () => {
    expect(weekdaysOfRule('rrule:freq=weekly;byday=fr,mo')).toEqual([0, 4]);
    expect(weekdaysOfRule('FREQ=DAILY')).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdaysOfRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')).toBeNull();
    expect(weekdaysOfRule('FREQ=MONTHLY;BYDAY=+1SA')).toBeNull();
  });

  it('reads no rule, a daily rule and all seven days alike as every day', () => {
    expect(openingDaysOf(null)).toEqual({ kind: 'everyDay' });
    expect(openingDaysOf('FREQ=DAILY')).toEqual({ kind: 'everyDay' });
    expect(openingDaysOf(weekdaysRule([0, 1, 2, 3, 4, 5, 6]))).toEqual({ kind: 'everyDay' });
    expect(openingDaysOf('FREQ=WEEKLY;BYDAY=MO,TH')).toEqual({
      kind: 'weekdays',
      weekdays: [0, 3],
    });
    expect(openingDaysOf('FREQ=MONTHLY;BYDAY=+1SA')).toEqual({
      kind: 'rule',
      rule: 'FREQ=MONTHLY;BYDAY=+1SA',
    });
  });

  it('says whether a service opens on a date, and admits when its rule cannot be read', () => {
    expect(opensOn(null, tuesday)).toBe(true);
    expect(opensOn('FREQ=WEEKLY;BYDAY=MO', monday)).toBe(true);
    expect(opensOn('FREQ=WEEKLY;BYDAY=MO', tuesday)).toBe(false);
    expect(opensOn('FREQ=MONTHLY;BYMONTHDAY=29', sunday)).toBe(true);
    expect(opensOn('FREQ=MONTHLY;BYMONTHDAY=29', monday)).toBe(false);
    expect(opensOn('FREQ=HOURLY', monday)).toBeNull();
  });
});

describe('opening hours of a day', () => {
  const nightShelter = { rrule: null, opensAt: '19:00', closesAt: '08:00' };

  it('marks a window that closes the next morning', () => {
    expect(dailyHoursOf(nightShelter)).toEqual({
      opensAt: '19:00',
      closesAt: '08:00',
      pastMidnight: true,
    });
    expect(dailyHoursOf({ opensAt: '09:00', closesAt: '12:00' })?.pastMidnight).toBe(false);
  });

  it('reads missing hours as open around the clock', () => {
    expect(hoursOn({ rrule: null, opensAt: null, closesAt: null }, monday)).toEqual({
      kind: 'aroundTheClock',
    });
  });

  it('gives the hours on an opening day and says closed on another', () => {
    const mondays = { ...nightShelter, rrule: 'FREQ=WEEKLY;BYDAY=MO' };
    expect(hoursOn(mondays, monday)).toEqual({
      kind: 'hours',
      opensAt: '19:00',
      closesAt: '08:00',
      pastMidnight: true,
    });
    expect(hoursOn(mondays, tuesday)).toEqual({ kind: 'closed' });
    expect(hoursOn({ ...nightShelter, rrule: 'FREQ=SECONDLY' }, monday)).toEqual({
      kind: 'unknown',
    });
  });
});
