/** The readings of a service's history as its list shows them. */
import type { CapacityStatus } from '@opale/core';

export interface HistoryReading {
  status: CapacityStatus;
  available: number | null;
  total: number | null;
  note: string | null;
  by: string;
  at: string;
  recordedAt: string;
}

export interface ReadingRow extends HistoryReading {
  /** A stable key: the same time and author can repeat, the position in the history cannot. */
  key: string;
  /** `3/40`, `3` or null when nothing was counted. */
  counts: string | null;
  /** Received well after it was taken: it was taken offline, and sent when the signal was back. */
  sentLater: boolean;
}

/** A reading that reached the server this long after its time was taken offline. */
export const sentLaterAfterMs = 10 * 60_000;

export function countsOf(reading: Pick<HistoryReading, 'available' | 'total'>): string | null {
  if (reading.available === null) return reading.total === null ? null : `?/${reading.total}`;
  return reading.total === null
    ? String(reading.available)
    : `${reading.available}/${reading.total}`;
}

/** Newest first: the list answers "what did it say last" before "what did it say then". */
export function readingRows(readings: readonly HistoryReading[]): ReadingRow[] {
  return readings
    .map((reading, index) => ({
      ...reading,
      key: `${index}`,
      counts: countsOf(reading),
      sentLater: Date.parse(reading.recordedAt) - Date.parse(reading.at) > sentLaterAfterMs,
    }))
    .reverse();
}
