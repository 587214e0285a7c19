import type { ScheduleSource, Series } from '@opale/core';
import { describe, expect, it } from 'vitest';
import { attachmentProblem } from './attachment-limits';
import { linkOccurrence, occurrenceFromSearch } from './occurrence-link';

const meal: Series = {
  siteId: 'site-dunes',
  serviceType: 'meal',
  rrule: 'FREQ=WEEKLY;BYDAY=TH',
  startTime: '12:00',
  endTime: '14:00',
  validFrom: '2026-01-01',
  validUntil: null,
  expectedQuantity: 300,
  notes: null,
  public: true,
};

const source: ScheduleSource = {
  series: [{ root: 'org:rck', key: 'series:s1', id: 's1', fields: meal }],
  exceptions: new Map([
    [
      's1:2026-12-03',
      { kind: 'move', siteId: 'site-port', startTime: '16:00', endTime: '18:00', note: null },
    ],
  ]),
  states: new Map(),
};

describe('a report coming from a disrupted distribution', () => {
  it('reads the series and date from the address', () => {
    const search = new URLSearchParams('series=s1&date=2026-11-26');
    expect(occurrenceFromSearch(search)).toEqual({ seriesId: 's1', date: '2026-11-26' });
    expect(occurrenceFromSearch(new URLSearchParams('series=s1&date=26/11/2026'))).toBeNull();
    expect(occurrenceFromSearch(new URLSearchParams('date=2026-11-26'))).toBeNull();
  });

  it('starts from the site and time of that occurrence', () => {
    expect(linkOccurrence(source, { seriesId: 's1', date: '2026-11-26' })).toEqual({
      occurrence: { seriesId: 's1', date: '2026-11-26' },
      siteId: 'site-dunes',
      startTime: '12:00',
      serviceType: 'meal',
    });
  });

  it('follows an occurrence moved to another site and time', () => {
    expect(linkOccurrence(source, { seriesId: 's1', date: '2026-12-03' })).toMatchObject({
      siteId: 'site-port',
      startTime: '16:00',
    });
  });

  it('falls back on the series when the date is not one of its days, and on nothing without it', () => {
    expect(linkOccurrence(source, { seriesId: 's1', date: '2026-11-27' })).toMatchObject({
      siteId: 'site-dunes',
      startTime: '12:00',
    });
    expect(linkOccurrence(source, { seriesId: 'gone', date: '2026-11-26' })).toBeNull();
  });
});

describe('a file picked as evidence', () => {
  it('is refused on the phone when the server would refuse it', () => {
    expect(attachmentProblem({ type: 'image/jpeg', size: 3_000_000 })).toBeNull();
    expect(attachmentProblem({ type: 'image/heic', size: 3_000_000 })).toEqual({ kind: 'type' });
    expect(attachmentProblem({ type: 'image/jpeg', size: 16 * 1024 ** 2 })).toEqual({
      kind: 'tooLarge',
      what: 'photo',
      limitMb: 15,
    });
    expect(attachmentProblem({ type: 'video/quicktime', size: 99 * 1024 ** 2 })).toBeNull();
  });
});
