import { describe, expect, it } from 'vitest';
import type { OccurrenceState } from '@opale/core';
import { offersIncident, recordIncidentPath } from './incident-offer';

const disrupted: OccurrenceState = {
  status: 'disrupted',
  servedCount: null,
  note: 'Police check',
  by: 'Alex',
  at: '2026-11-26T09:10:00.000Z',
};

describe('the offer to record what disrupted a distribution', () => {
  it('opens the incident form on the occurrence, by series and date', () => {
    expect(recordIncidentPath('calais', { seriesId: 'u56-meal', date: '2026-11-26' })).toBe(
      '/calais/incidents/new?series=u56-meal&date=2026-11-26',
    );
  });

  it('keeps a series id with reserved characters whole', () => {
    const path = recordIncidentPath('calais', { seriesId: 'a&b=c d', date: '2026-11-26' });
    const search = new URL(path, 'https://opale.test').searchParams;
    expect(search.get('series')).toBe('a&b=c d');
    expect(search.get('date')).toBe('2026-11-26');
  });

  it('is made on a disrupted occurrence of today or before, to members who report incidents', () => {
    const today = '2026-11-26';
    expect(offersIncident({ state: disrupted, date: today }, today, 'field')).toBe(true);
    expect(offersIncident({ state: disrupted, date: '2026-11-25' }, today, 'coordinator')).toBe(
      true,
    );
    expect(offersIncident({ state: disrupted, date: today }, today, 'observer')).toBe(false);
    expect(offersIncident({ state: disrupted, date: '2026-11-27' }, today, 'field')).toBe(false);
    expect(
      offersIncident({ state: { ...disrupted, status: 'done' }, date: today }, today, 'field'),
    ).toBe(false);
    expect(offersIncident({ state: null, date: today }, today, 'rep')).toBe(false);
  });
});
