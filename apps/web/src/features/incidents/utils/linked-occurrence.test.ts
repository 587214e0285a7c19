import type { Entry, ScheduleSource, Series, SeriesException } from '@opale/core';
import { describe, expect, it } from 'vitest';
import { linkedOccurrenceView } from './linked-occurrence';

const meal: Entry<Series> = {
  root: 'org:rck',
  key: 'series:meal',
  id: 'meal',
  fields: {
    siteId: 'north',
    serviceType: 'meal',
    rrule: 'FREQ=WEEKLY;BYDAY=TH',
    startTime: '12:00',
    endTime: '14:00',
    validFrom: '2026-11-01',
    validUntil: null,
    expectedQuantity: null,
    notes: null,
    public: true,
  },
};

function source(exceptions: [string, SeriesException][] = []): ScheduleSource {
  return { series: [meal], exceptions: new Map(exceptions), states: new Map() };
}

describe('the distribution a report disrupted', () => {
  it('is the occurrence the board plans that day, at the site it was moved to', () => {
    const moved: SeriesException = {
      kind: 'move',
      siteId: 'south',
      startTime: null,
      endTime: null,
      note: null,
    };
    const view = linkedOccurrenceView(source([['meal:2026-11-26', moved]]), {
      seriesId: 'meal',
      date: '2026-11-26',
    });
    expect(view.kind).toBe('found');
    if (view.kind !== 'found') return;
    expect(view.occurrence).toMatchObject({
      siteId: 'south',
      serviceType: 'meal',
      organisationId: 'rck',
      startTime: '12:00',
      change: 'moved',
    });
  });

  it('falls back on the series when its rule no longer gives that date', () => {
    expect(linkedOccurrenceView(source(), { seriesId: 'meal', date: '2026-11-25' })).toEqual({
      kind: 'seriesOnly',
      date: '2026-11-25',
      siteId: 'north',
      serviceType: 'meal',
      organisationId: 'rck',
    });
  });

  it('says the series is gone when the board no longer has it', () => {
    expect(linkedOccurrenceView(source(), { seriesId: 'removed', date: '2026-11-26' })).toEqual({
      kind: 'gone',
      date: '2026-11-26',
    });
  });
});
