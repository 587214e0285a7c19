import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  capacityBoard,
  defaultStaleAfterMinutes,
  freshnessOf,
  mayWrite,
  type CapacityReading,
} from '../src';

const reading = (at: string): CapacityReading => ({
  status: 'full',
  available: 0,
  total: 40,
  note: null,
  by: 'Alex',
  at,
});
const shelter = { serviceType: 'shelter', staleAfterMinutes: null };
const showers = { serviceType: 'showers', staleAfterMinutes: null };

describe('staleness of a reading', () => {
  it('gives shelters and transport to them a few hours, other services a day', () => {
    expect(defaultStaleAfterMinutes('shelter')).toBe(180);
    expect(defaultStaleAfterMinutes('shelter_transport')).toBe(180);
    expect(defaultStaleAfterMinutes('showers')).toBe(1440);
    expect(defaultStaleAfterMinutes('legal_information')).toBe(1440);
  });

  it('keeps a reading confirmed exactly at its threshold and unconfirmed one second after', () => {
    const at = reading('2026-11-26T17:00:00.000Z');
    expect(freshnessOf(shelter, at, new Date('2026-11-26T20:00:00.000Z')).kind).toBe('confirmed');
    expect(freshnessOf(shelter, at, new Date('2026-11-26T20:00:01.000Z')).kind).toBe('unconfirmed');
    expect(freshnessOf(showers, at, new Date('2026-11-27T17:00:00.000Z')).kind).toBe('confirmed');
    expect(freshnessOf(showers, at, new Date('2026-11-27T17:00:01.000Z')).kind).toBe('unconfirmed');
  });

  it('uses a service’s own threshold over its type’s default', () => {
    const own = { serviceType: 'showers', staleAfterMinutes: 30 };
    const at = reading('2026-11-26T10:00:00.000Z');
    expect(freshnessOf(own, at, new Date('2026-11-26T10:30:00.000Z')).kind).toBe('confirmed');
    expect(freshnessOf(own, at, new Date('2026-11-26T10:31:00.000Z')).kind).toBe('unconfirmed');
    // A threshold that makes no sense falls back to the type's.
    const broken = { serviceType: 'shelter', staleAfterMinutes: -5 };
    expect(freshnessOf(broken, at, new Date('2026-11-26T12:59:00.000Z')).kind).toBe('confirmed');
  });

  it('counts real elapsed time across the clock change, whatever the wall clock says', () => {
    // 01:30 Paris summer time (UTC+2) on 25 October 2026; the clocks go back at 03:00.
    const at = reading('2026-10-24T23:30:00.000Z');
    // 03:30 on the wall clock is already three hours later (02:00–03:00 happens twice).
    const wallClock0330 = new Date('2026-10-25T02:30:00.000Z');
    const result = freshnessOf(shelter, at, wallClock0330);
    expect(result).toMatchObject({ kind: 'confirmed', ageMinutes: 180 });
    expect(freshnessOf(shelter, at, new Date('2026-10-25T02:31:00.000Z')).kind).toBe('unconfirmed');
  });

  it('says when there is no reading, or an unreadable time, and treats a future time as just taken', () => {
    expect(freshnessOf(shelter, null, new Date()).kind).toBe('none');
    expect(freshnessOf(shelter, reading('yesterday'), new Date()).kind).toBe('none');
    expect(
      freshnessOf(shelter, reading('2026-11-26T18:00:00.000Z'), new Date('2026-11-26T17:00:00Z')),
    ).toMatchObject({ kind: 'confirmed', ageMinutes: 0 });
  });
});

describe('the capacity board', () => {
  it('lists each service with its organisation and latest reading', () => {
    const doc = new Y.Doc();
    capacityBoard.writeService(doc, 'org-a', 'night-shelter', {
      name: 'Night shelter',
      serviceType: 'shelter',
      total: 40,
    });
    capacityBoard.writeService(doc, 'org-b', 'showers', {
      name: 'Showers',
      serviceType: 'showers',
    });
    capacityBoard.recordReading(doc, 'org-a', 'night-shelter', reading('2026-11-26T17:00:00Z'));
    expect(
      capacityBoard.entries(doc).map((e) => [e.organisationId, e.id, e.reading?.status ?? null]),
    ).toEqual([
      ['org-a', 'night-shelter', 'full'],
      ['org-b', 'showers', null],
    ]);
    capacityBoard.removeService(doc, 'org-a', 'night-shelter');
    expect(capacityBoard.reading(doc, 'org-a', 'night-shelter')).toBeNull();
  });

  it('lets the field team record readings of its own organisation only, and define no service', () => {
    const field = { role: 'field' as const, organisationId: 'org-a' };
    expect(mayWrite('capacity', { root: 'org:org-a', key: 'reading:x' }, field)).toBe(true);
    expect(mayWrite('capacity', { root: 'org:org-b', key: 'reading:x' }, field)).toBe(false);
    expect(mayWrite('capacity', { root: 'org:org-a', key: 'service:x' }, field)).toBe(false);
    const observer = { role: 'observer' as const, organisationId: 'org-a' };
    expect(mayWrite('capacity', { root: 'org:org-a', key: 'reading:x' }, observer)).toBe(false);
  });
});
