import { describe, expect, it } from 'vitest';
import {
  contestDeadlineOf,
  daysBetween,
  deadlineNearDays,
  deadlineNeedsAttention,
} from './contest-deadline';

describe('the deadline to contest a fine', () => {
  it('counts calendar days, across a change to summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-26', '2027-01-10')).toBe(45);
    expect(daysBetween('2026-11-26', '2026-11-20')).toBe(-6);
  });

  it('is not there without a fine notice', () => {
    expect(contestDeadlineOf(null, '2026-11-26')).toBeNull();
  });

  it('says how many days are left while it is far', () => {
    expect(contestDeadlineOf('2027-01-10', '2026-11-26')).toEqual({
      kind: 'upcoming',
      deadline: '2027-01-10',
      daysLeft: 45,
    });
  });

  it('comes near two weeks before, and today is the last day with 0 days left', () => {
    expect(contestDeadlineOf('2026-12-10', '2026-11-26')).toEqual({
      kind: 'near',
      deadline: '2026-12-10',
      daysLeft: deadlineNearDays,
    });
    expect(contestDeadlineOf('2026-12-11', '2026-11-26')?.kind).toBe('upcoming');
    expect(contestDeadlineOf('2026-11-26', '2026-11-26')).toEqual({
      kind: 'near',
      deadline: '2026-11-26',
      daysLeft: 0,
    });
  });

  it('is past the day after the last day, counting the days since', () => {
    expect(contestDeadlineOf('2026-11-25', '2026-11-26')).toEqual({
      kind: 'past',
      deadline: '2026-11-25',
      daysPast: 1,
    });
  });

  it('reaches the log’s cards only when near or past and the case still open', () => {
    const near = contestDeadlineOf('2026-11-30', '2026-11-26');
    const past = contestDeadlineOf('2026-11-01', '2026-11-26');
    const far = contestDeadlineOf('2027-01-10', '2026-11-26');
    expect(deadlineNeedsAttention(near, null)).toBe(true);
    expect(deadlineNeedsAttention(past, null)).toBe(true);
    expect(deadlineNeedsAttention(far, null)).toBe(false);
    expect(deadlineNeedsAttention(near, '2026-11-20T10:00:00.000Z')).toBe(false);
    expect(deadlineNeedsAttention(null, null)).toBe(false);
  });
});
