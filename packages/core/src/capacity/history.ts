/**
 * What the SQL history of capacity readings says over a window: a service's status as a
 * timeline, how much of the time it was full and at which hours, and a platform's day-by-day
 * summary. Pure: the API reads the rows and the board, these functions count.
 *
 * A reading holds from its time until the next reading or until it stops being confirmed (its
 * service's threshold, as `freshnessOf` says), whichever comes first; between, the status is not
 * known (`unconfirmed`). So a shelter confirmed full on Monday evening and not again is not
 * counted full all week. A reading dated after `now` (a phone's clock ahead) counts as taken now.
 */
import type { CapacityStatus } from '../boards/capacity';
import { addDays, localDateOf, localInstant } from '../schedule/local-time';

/** One row of the history, as far as counting needs it. */
export interface HistoryReading {
  status: CapacityStatus;
  /** When it was confirmed (ISO 8601). */
  at: string;
}

/** What a service is known to be during a stretch of time. */
export type HistoryState = CapacityStatus | 'unconfirmed';

export interface StatusSegment {
  state: HistoryState;
  /** Epoch milliseconds, `from` included and `to` excluded. */
  from: number;
  to: number;
}

export interface HistoryWindow {
  from: Date;
  /** Usually now: nothing is counted after it. */
  to: Date;
}

const hourMs = 3_600_000;

function instantOf(reading: HistoryReading, window: HistoryWindow): number {
  const at = Date.parse(reading.at);
  return Number.isNaN(at) ? Number.NaN : Math.min(at, window.to.getTime());
}

/** Readings by time; two at the same instant keep the order they were given in (accepted in). */
function sortedByTime(
  readings: readonly HistoryReading[],
  window: HistoryWindow,
): { status: CapacityStatus; at: number }[] {
  return readings
    .map((reading, index) => ({ status: reading.status, at: instantOf(reading, window), index }))
    .filter((reading) => !Number.isNaN(reading.at))
    .sort((a, b) => a.at - b.at || a.index - b.index);
}

/**
 * The status of a service through a window, as consecutive segments covering all of it. Give it
 * the readings of the window and those a little before (at least the threshold's length before,
 * so that the status the window opens with is known), in any order.
 */
export function statusSegments(
  readings: readonly HistoryReading[],
  window: HistoryWindow,
  staleAfterMinutes: number,
): StatusSegment[] {
  const start = window.from.getTime();
  const end = window.to.getTime();
  if (!(end > start)) return [];
  const staleMs = staleAfterMinutes * 60_000;
  const timed = sortedByTime(readings, window);

  const segments: StatusSegment[] = [];
  const push = (state: HistoryState, from: number, to: number) => {
    const clippedFrom = Math.max(from, start);
    const clippedTo = Math.min(to, end);
    if (clippedTo <= clippedFrom) return;
    const last = segments.at(-1);
    if (last && last.state === state && last.to === clippedFrom) last.to = clippedTo;
    else segments.push({ state, from: clippedFrom, to: clippedTo });
  };

  let cursor = start;
  timed.forEach((reading, i) => {
    const next = timed[i + 1]?.at ?? end;
    push('unconfirmed', cursor, reading.at);
    const confirmedUntil = Math.min(next, reading.at + staleMs);
    push(reading.status, reading.at, confirmedUntil);
    cursor = Math.max(cursor, confirmedUntil);
  });
  push('unconfirmed', cursor, end);
  return segments;
}

const parisClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

function parisDateAndHour(instant: number): { date: string; hour: number } {
  const parts = Object.fromEntries(
    parisClock.formatToParts(instant).map((p) => [p.type, p.value] as const),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/**
 * For each hour of the day in Paris (0–23), on how many distinct days the service was full at
 * some moment of that hour. Paris is a whole number of hours from UTC, so its hours start on
 * UTC's; the hour repeated in October is the same hour of the same day, counted once.
 */
export function fullDaysByHour(segments: readonly StatusSegment[]): number[] {
  const days = Array.from({ length: 24 }, () => new Set<string>());
  for (const segment of segments) {
    if (segment.state !== 'full') continue;
    for (let hour = Math.floor(segment.from / hourMs) * hourMs; hour < segment.to; hour += hourMs) {
      const { date, hour: local } = parisDateAndHour(hour);
      days[local]?.add(date);
    }
  }
  return days.map((set) => set.size);
}

export interface ServiceHistoryStats {
  /** Milliseconds in the window. */
  windowMs: number;
  /** Milliseconds with a confirmed reading, whatever it said. */
  confirmedMs: number;
  fullMs: number;
  /** Share of the confirmed time it was full (0–1); null when nothing was confirmed. */
  fullShare: number | null;
  /** Share of the window with a confirmed reading (0–1). */
  confirmedShare: number;
  /**
   * Readings in the window that said full when the service was not known to be full just before
   * (another status, or no confirmed reading): the times it turned full.
   */
  timesTurnedFull: number;
  /** See `fullDaysByHour`. */
  fullDaysByHour: number[];
}

export function serviceHistoryStats(
  readings: readonly HistoryReading[],
  window: HistoryWindow,
  staleAfterMinutes: number,
): ServiceHistoryStats {
  const segments = statusSegments(readings, window, staleAfterMinutes);
  const windowMs = Math.max(0, window.to.getTime() - window.from.getTime());
  let confirmedMs = 0;
  let fullMs = 0;
  for (const segment of segments) {
    const length = segment.to - segment.from;
    if (segment.state !== 'unconfirmed') confirmedMs += length;
    if (segment.state === 'full') fullMs += length;
  }

  // A reading turns the service full when the one before it was not full, or no longer
  // confirmed (the same rule as the segments, threshold included).
  const start = window.from.getTime();
  const staleMs = staleAfterMinutes * 60_000;
  let timesTurnedFull = 0;
  let previous: { status: CapacityStatus; at: number } | null = null;
  const sorted = sortedByTime(readings, window);
  for (const [i, reading] of sorted.entries()) {
    // Of two readings at the same instant, the later accepted wins, as in the segments.
    if (sorted[i + 1]?.at === reading.at) continue;
    const wasFull =
      previous !== null && previous.status === 'full' && reading.at - previous.at <= staleMs;
    if (reading.status === 'full' && !wasFull && reading.at >= start) timesTurnedFull += 1;
    previous = reading;
  }

  return {
    windowMs,
    confirmedMs,
    fullMs,
    fullShare: confirmedMs > 0 ? fullMs / confirmedMs : null,
    confirmedShare: windowMs > 0 ? confirmedMs / windowMs : 0,
    timesTurnedFull,
    fullDaysByHour: fullDaysByHour(segments),
  };
}

// ---------------------------------------------------------------------------------------------
// A platform's days

/** A service of the board as the summary counts it. */
export interface SummaryService {
  organisationId: string;
  id: string;
  serviceType: string;
  staleAfterMinutes: number;
}

export interface SummaryReading extends HistoryReading {
  organisationId: string;
  serviceId: string;
}

export interface DayCounts {
  /** Services counted (those on the board now, not archived). */
  services: number;
  /** Readings taken that day. */
  readings: number;
  /** Services with at least one reading that day. */
  confirmed: number;
  /** Services full at some moment of the day (see the module's rule on unconfirmed time). */
  full: number;
  /** Services without any reading that day. */
  neverConfirmed: number;
}

export interface DaySummary extends DayCounts {
  /** The day in Paris, YYYY-MM-DD. */
  date: string;
  /** The same counts by service type, by type code. */
  byType: ({ serviceType: string } & DayCounts)[];
}

/** The last `days` days in Paris, today included, oldest first. */
export function summaryDays(now: Date, days: number): string[] {
  const today = localDateOf(now);
  return Array.from({ length: days }, (_, i) => addDays(today, i - days + 1));
}

/**
 * Day by day in Paris, for the services on the board now: how many readings, how many services
 * were confirmed, full at some moment, or never confirmed. Readings of services removed or
 * archived since are left out, so that each day's numbers add up to the services listed. Give it
 * the readings of the days and those of the longest threshold before the first.
 */
export function dailySummary(
  services: readonly SummaryService[],
  readings: readonly SummaryReading[],
  dates: readonly string[],
  now: Date,
): DaySummary[] {
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return [];
  const window: HistoryWindow = {
    from: localInstant(first, '00:00'),
    to: new Date(Math.min(now.getTime(), localInstant(addDays(last, 1), '00:00').getTime())),
  };
  const dayBounds = dates.map((date) => ({
    date,
    from: localInstant(date, '00:00').getTime(),
    to: localInstant(addDays(date, 1), '00:00').getTime(),
  }));

  const readingsOf = new Map<string, SummaryReading[]>();
  for (const reading of readings) {
    const key = `${reading.organisationId}\u0000${reading.serviceId}`;
    const list = readingsOf.get(key);
    if (list) list.push(reading);
    else readingsOf.set(key, [reading]);
  }

  // Per service, per day: [readings, full at some moment].
  const perService = services.map((service) => {
    const own = readingsOf.get(`${service.organisationId}\u0000${service.id}`) ?? [];
    const segments = statusSegments(own, window, service.staleAfterMinutes);
    const days = dayBounds.map((day) => ({
      readings: own.filter((reading) => {
        const at = instantOf(reading, window);
        return at >= day.from && at < day.to;
      }).length,
      full: segments.some(
        (segment) => segment.state === 'full' && segment.from < day.to && segment.to > day.from,
      ),
    }));
    return { service, days };
  });

  const countsOf = (rows: typeof perService, day: number): DayCounts => {
    let readingCount = 0;
    let confirmed = 0;
    let full = 0;
    for (const row of rows) {
      const counts = row.days[day]!;
      readingCount += counts.readings;
      if (counts.readings > 0) confirmed += 1;
      if (counts.full) full += 1;
    }
    return {
      services: rows.length,
      readings: readingCount,
      confirmed,
      full,
      neverConfirmed: rows.length - confirmed,
    };
  };

  const types = [...new Set(services.map((service) => service.serviceType))].sort();
  return dates.map((date, day) => ({
    date,
    ...countsOf(perService, day),
    byType: types.map((serviceType) => ({
      serviceType,
      ...countsOf(
        perService.filter((row) => row.service.serviceType === serviceType),
        day,
      ),
    })),
  }));
}
