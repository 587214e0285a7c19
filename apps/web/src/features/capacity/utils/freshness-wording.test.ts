import type { CapacityReading } from '@opale/core';
import { describe, expect, it } from 'vitest';
import {
  confirmedMoment,
  dayMoment,
  freshnessWording,
  hoursAndMinutes,
  placesWording,
} from './freshness-wording';

const shelter = { serviceType: 'shelter', staleAfterMinutes: null };
const reading = (at: string): CapacityReading => ({
  status: 'full',
  available: 0,
  total: 40,
  note: null,
  by: 'Alex',
  at,
});

describe('how fresh a status reads', () => {
  const now = new Date('2026-11-26T20:00:00.000Z'); // 21:00 in Paris

  it('says "just now" under a minute, also for a reading from a phone whose clock runs ahead', () => {
    expect(confirmedMoment(new Date('2026-11-26T19:59:30.000Z'), now)).toEqual({
      kind: 'justNow',
    });
    expect(confirmedMoment(new Date('2026-11-26T20:05:00.000Z'), now)).toEqual({
      kind: 'justNow',
    });
  });

  it('counts minutes within the hour, then gives the time with its day', () => {
    expect(confirmedMoment(new Date('2026-11-26T19:48:00.000Z'), now)).toEqual({
      kind: 'minutesAgo',
      minutes: 12,
    });
    expect(confirmedMoment(new Date('2026-11-26T18:00:00.000Z'), now).kind).toBe('today');
  });

  it('tells today from yesterday by the day in Paris, not in UTC', () => {
    // 23:30 UTC on the 25th is already the 26th in Paris.
    expect(dayMoment(new Date('2026-11-25T23:30:00.000Z'), now).kind).toBe('today');
    expect(dayMoment(new Date('2026-11-25T22:30:00.000Z'), now).kind).toBe('yesterday');
    expect(dayMoment(new Date('2026-11-20T12:00:00.000Z'), now).kind).toBe('earlier');
  });

  it('has nothing to say of a service never confirmed', () => {
    expect(freshnessWording(shelter, null, now)).toEqual({ kind: 'never' });
  });

  it('keeps a shelter confirmed up to three hours, then says since when it is unconfirmed', () => {
    const at = reading('2026-11-26T17:00:00.000Z'); // 18:00 in Paris
    expect(freshnessWording(shelter, at, now)).toEqual({
      kind: 'confirmed',
      confirmed: { kind: 'today', at: new Date('2026-11-26T17:00:00.000Z') },
      by: 'Alex',
    });
    const later = new Date('2026-11-26T20:00:01.000Z');
    expect(freshnessWording(shelter, at, later)).toEqual({
      kind: 'unconfirmed',
      confirmed: { kind: 'today', at: new Date('2026-11-26T17:00:00.000Z') },
      by: 'Alex',
      since: { kind: 'today', at: new Date('2026-11-26T20:00:00.000Z') },
    });
  });

  it('follows a service’s own threshold', () => {
    const own = { serviceType: 'shelter', staleAfterMinutes: 30 };
    const at = reading('2026-11-26T19:00:00.000Z');
    expect(freshnessWording(own, at, now).kind).toBe('unconfirmed');
  });

  it('splits a threshold into hours and minutes', () => {
    expect(hoursAndMinutes(180)).toEqual({ hours: 3, minutes: 0 });
    expect(hoursAndMinutes(90)).toEqual({ hours: 1, minutes: 30 });
    expect(hoursAndMinutes(1440)).toEqual({ hours: 24, minutes: 0 });
  });
});

describe('how places are counted', () => {
  it('says free of the total when both are known', () => {
    expect(placesWording(8, 40, 'beds')).toEqual({
      family: 'freeOf',
      unit: 'beds',
      count: 8,
      total: 40,
    });
  });

  it('says free places alone, or the capacity alone, and counts places without a unit', () => {
    expect(placesWording(0, null, 'slots')).toEqual({ family: 'free', unit: 'slots', count: 0 });
    expect(placesWording(null, 40, null)).toEqual({
      family: 'capacity',
      unit: 'places',
      count: 40,
    });
  });

  it('says nothing when nothing is counted', () => {
    expect(placesWording(null, null, 'beds')).toBeNull();
  });
});
