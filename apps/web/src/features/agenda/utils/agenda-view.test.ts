import { describe, expect, it } from 'vitest';
import { readPlace, writePlace } from './agenda-view';

const today = '2026-03-12'; // a Thursday

describe('readPlace', () => {
  it('opens on the upcoming list, this week and this month', () => {
    expect(readPlace(new URLSearchParams(), today)).toEqual({
      view: 'upcoming',
      week: '2026-03-09',
      month: '2026-03',
      day: null,
    });
  });

  it('reads a view, a week from any of its days, a month and a picked day', () => {
    const place = readPlace(
      new URLSearchParams('view=month&week=2026-04-02&month=2026-05&day=2026-05-20'),
      today,
    );
    expect(place).toEqual({
      view: 'month',
      week: '2026-03-30',
      month: '2026-05',
      day: '2026-05-20',
    });
  });

  it('falls back on what it cannot read rather than failing', () => {
    const place = readPlace(
      new URLSearchParams('view=year&week=soon&month=2026-13&day=2026-02-30'),
      today,
    );
    expect(place).toEqual({ view: 'upcoming', week: '2026-03-09', month: '2026-03', day: null });
  });

  it('drops a picked day that is not in the month shown', () => {
    expect(readPlace(new URLSearchParams('month=2026-05&day=2026-06-01'), today).day).toBeNull();
  });
});

describe('writePlace', () => {
  it('keeps the filters and leaves the defaults out of the address', () => {
    const search = new URLSearchParams('kind=training&view=week&week=2026-04-06');
    const next = writePlace(
      search,
      { view: 'upcoming', week: '2026-03-09', month: '2026-03', day: null },
      today,
    );
    expect(next.toString()).toBe('kind=training');
  });

  it('writes what a link needs to show the same place', () => {
    const next = writePlace(
      new URLSearchParams(),
      { view: 'month', week: '2026-03-09', month: '2026-06', day: '2026-06-02' },
      today,
    );
    expect(readPlace(next, today)).toEqual({
      view: 'month',
      week: '2026-03-09',
      month: '2026-06',
      day: '2026-06-02',
    });
  });
});
