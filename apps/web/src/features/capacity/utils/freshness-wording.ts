/**
 * Which sentence says how fresh a service's status is ("confirmed 12 min ago by Alex", "confirmed
 * at 14:05", "unconfirmed since 21:00" …) and how many places it has. The screen fills in the
 * words and the formatted times.
 */
import {
  addDays,
  freshnessOf,
  localDateOf,
  type CapacityReading,
  type CapacityService,
  type CapacityUnit,
} from '@opale/core';

/** A past moment by its day in Paris. */
export type DayMoment =
  { kind: 'today'; at: Date } | { kind: 'yesterday'; at: Date } | { kind: 'earlier'; at: Date };

/** When something happened, as near as the sentence needs. */
export type Moment = { kind: 'justNow' } | { kind: 'minutesAgo'; minutes: number } | DayMoment;

/** Minutes read better than a time while the moment is within the hour. */
export function confirmedMoment(at: Date, now: Date): Moment {
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1) return { kind: 'justNow' };
  if (minutes < 60) return { kind: 'minutesAgo', minutes };
  return dayMoment(at, now);
}

/** A past moment by its day in Paris: today, yesterday, or with its date. */
export function dayMoment(at: Date, now: Date): DayMoment {
  const day = localDateOf(at);
  const today = localDateOf(now);
  if (day >= today) return { kind: 'today', at };
  if (day === addDays(today, -1)) return { kind: 'yesterday', at };
  return { kind: 'earlier', at };
}

export type FreshnessWording =
  | { kind: 'never' }
  | { kind: 'confirmed'; confirmed: Moment; by: string }
  /** Past its threshold: the status shown can no longer be trusted. */
  | { kind: 'unconfirmed'; confirmed: Moment; by: string; since: DayMoment };

export function freshnessWording(
  service: Pick<CapacityService, 'serviceType' | 'staleAfterMinutes'>,
  reading: CapacityReading | null,
  now: Date,
): FreshnessWording {
  const freshness = freshnessOf(service, reading, now);
  if (freshness.kind === 'none' || !reading) return { kind: 'never' };
  const at = new Date(reading.at);
  const confirmed = confirmedMoment(at, now);
  if (freshness.kind === 'confirmed') return { kind: 'confirmed', confirmed, by: reading.by };
  return {
    kind: 'unconfirmed',
    confirmed,
    by: reading.by,
    since: dayMoment(freshness.staleAt, now),
  };
}

/** A threshold in minutes as whole hours and minutes, for "3 h" or "1 h 30 min". */
export function hoursAndMinutes(total: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(total));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}

/** Which sentence counts a service's places: "8 of 40 beds free", "8 beds free", "Capacity: 40 beds". */
export type PlacesWording =
  | { family: 'freeOf'; unit: CapacityUnit; count: number; total: number }
  | { family: 'free'; unit: CapacityUnit; count: number }
  | { family: 'capacity'; unit: CapacityUnit; count: number };

/** Null when nothing is counted; a service without a unit counts places. */
export function placesWording(
  available: number | null,
  total: number | null,
  unit: CapacityUnit | null,
): PlacesWording | null {
  const counted = unit ?? 'places';
  if (available !== null && total !== null) {
    return { family: 'freeOf', unit: counted, count: available, total };
  }
  if (available !== null) return { family: 'free', unit: counted, count: available };
  if (total !== null) return { family: 'capacity', unit: counted, count: total };
  return null;
}
