import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatDayRange,
  formatList,
  formatRelative,
  formatShortWeekdayDay,
  formatTime,
  formatWeekdayDay,
  parisDay,
  weekdayNames,
} from './format';

describe('dates', () => {
  it('shows times in Paris time whatever the device says, winter and summer', () => {
    expect(formatDateTime('2026-01-15T13:05:00.000Z', 'fr')).toContain('14:05');
    expect(formatDateTime('2026-07-15T13:05:00.000Z', 'en')).toContain('15:05');
  });

  it('writes the day in the reader’s language', () => {
    expect(formatDate('2026-03-12T10:00:00.000Z', 'fr')).toBe('12 mars 2026');
    expect(formatDate('2026-03-12T10:00:00.000Z', 'en')).toBe('12 March 2026');
  });

  it('writes a calendar day as that same day', () => {
    expect(formatDay('2026-03-12', 'fr')).toBe('12 mars 2026');
    expect(formatDay('2026-07-01', 'en')).toBe('1 July 2026');
  });

  it('counts the day from midnight in Paris, not in UTC', () => {
    expect(formatDate('2026-03-12T23:30:00.000Z', 'en')).toBe('13 March 2026');
    expect(parisDay(new Date('2026-03-12T23:30:00.000Z'))).toBe('2026-03-13');
  });

  it('says how long ago in words', () => {
    const now = new Date('2026-03-12T10:00:00.000Z');
    expect(formatRelative('2026-03-12T09:55:00.000Z', 'en', now)).toBe('5 minutes ago');
    expect(formatRelative('2026-03-12T07:00:00.000Z', 'fr', now)).toBe('il y a 3 heures');
    expect(formatRelative('2026-03-11T10:00:00.000Z', 'en', now)).toBe('yesterday');
    expect(formatRelative('2026-03-12T09:59:50.000Z', 'en', now)).toBe('now');
  });
});

describe('days of the week', () => {
  it('names a day of the coming week without its year', () => {
    expect(formatWeekdayDay('2026-03-12', 'fr')).toBe('jeudi 12 mars');
    expect(formatWeekdayDay('2026-03-12', 'en')).toBe('Thursday 12 March');
    expect(formatShortWeekdayDay('2026-03-09', 'fr')).toBe('lun. 9');
  });

  it('writes a week as a short span of days', () => {
    expect(formatDayRange('2026-03-09', '2026-03-15', 'fr')).toBe('9–15 mars 2026');
    expect(formatDayRange('2026-11-30', '2026-12-06', 'en')).toBe('30 Nov\u2009–\u20096 Dec 2026');
  });

  it('gives the time of an instant in Paris', () => {
    expect(formatTime('2026-01-15T13:05:00.000Z', 'fr')).toBe('14:05');
    expect(formatTime('2026-07-15T22:30:00.000Z', 'en')).toBe('00:30');
  });

  it('lists the days Monday first, and joins words as a sentence', () => {
    expect(weekdayNames('fr')[0]).toBe('lundi');
    expect(weekdayNames('en', 'short')[6]).toBe('Sun');
    expect(formatList(['lundi', 'mercredi', 'vendredi'], 'fr')).toBe('lundi, mercredi et vendredi');
    expect(formatList(['Monday', 'Friday'], 'en')).toBe('Monday and Friday');
  });
});
