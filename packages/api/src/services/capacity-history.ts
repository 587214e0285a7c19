/**
 * The capacity history as members read it: the SQL rows the server wrote as readings were
 * accepted, and the board as it stands now for which services exist and how long their readings
 * hold. The counting itself is core's (`serviceHistoryStats`, `dailySummary`).
 */
import {
  dailySummary,
  isCapacityStatus,
  localInstant,
  serviceHistoryStats,
  staleAfterMinutes,
  statusSegments,
  summaryDays,
  type CapacityEntry,
  type CapacityStatus,
  type DaySummary,
  type HistoryState,
  type ServiceHistoryStats,
} from '@opale/core';
import { listPlatformReadings, listServiceReadings, type CapacityReadingRow } from '@opale/db';
import type { ApiDeps } from '../context';
import { readCapacity } from './board-readers';

export const maxHistoryDays = 31;
export const defaultHistoryDays = 7;

/**
 * How far before a window to look for the reading it opens with: the service's threshold (an
 * older reading no longer holds), but never more than a month of rows.
 */
const maxLookBackMs = 31 * 86_400_000;
/** Readings dated a little after now (a phone's clock ahead) are still shown, as taken now. */
const clockSkewMs = 86_400_000;

export interface HistoryReadingView {
  status: CapacityStatus;
  available: number | null;
  total: number | null;
  note: string | null;
  /** The name the reading showed. */
  by: string;
  /** When it was confirmed, on the device (ISO 8601). */
  at: string;
  /** When the server accepted it (ISO 8601): later than `at` for a reading taken offline. */
  recordedAt: string;
}

export interface ServiceHistory {
  service: {
    organisationId: string;
    id: string;
    name: string;
    serviceType: string;
    archived: boolean;
    staleAfterMinutes: number;
  };
  /** The window, ISO 8601: `days` days back from now. */
  from: string;
  to: string;
  /** The readings taken in the window, oldest first. */
  readings: HistoryReadingView[];
  /** Its status through the window, segment by segment (ISO 8601 instants, `to` excluded). */
  segments: { state: HistoryState; from: string; to: string }[];
  stats: ServiceHistoryStats;
}

function readingsOf(rows: readonly CapacityReadingRow[]) {
  return rows.flatMap((row) =>
    isCapacityStatus(row.status) ? [{ ...row, status: row.status, at: row.readingAt }] : [],
  );
}

/** One service's history over the last `days` days; null when the board has no such service. */
export async function readServiceHistory(
  deps: Pick<ApiDeps, 'db' | 'boards' | 'now'>,
  where: { platformSlug: string; organisationId: string; serviceId: string; days: number },
): Promise<ServiceHistory | null> {
  const board = await readCapacity(deps.boards, where.platformSlug);
  const entry = board.entries.find(
    (candidate) =>
      candidate.organisationId === where.organisationId && candidate.id === where.serviceId,
  );
  if (!entry) return null;

  const now = deps.now();
  const from = new Date(now.getTime() - where.days * 86_400_000);
  const threshold = staleAfterMinutes(entry.service);
  const lookBackMs = Math.min(threshold * 60_000, maxLookBackMs);
  const rows = readingsOf(
    await listServiceReadings(deps.db, {
      platform: where.platformSlug,
      organisationId: where.organisationId,
      serviceId: where.serviceId,
      from: new Date(from.getTime() - lookBackMs).toISOString(),
      to: new Date(now.getTime() + clockSkewMs).toISOString(),
    }),
  );
  const window = { from, to: now };
  const fromIso = from.toISOString();
  return {
    service: {
      organisationId: entry.organisationId,
      id: entry.id,
      name: entry.service.name,
      serviceType: entry.service.serviceType,
      archived: entry.service.archived,
      staleAfterMinutes: threshold,
    },
    from: fromIso,
    to: now.toISOString(),
    readings: rows
      .filter((row) => row.readingAt >= fromIso)
      .map((row) => ({
        status: row.status,
        available: row.available,
        total: row.total,
        note: row.note,
        by: row.byName,
        at: row.readingAt,
        recordedAt: row.recordedAt,
      })),
    segments: statusSegments(rows, window, threshold).map((segment) => ({
      state: segment.state,
      from: new Date(segment.from).toISOString(),
      to: new Date(segment.to).toISOString(),
    })),
    stats: serviceHistoryStats(rows, window, threshold),
  };
}

export interface PlatformDailySummary {
  /** The days in Paris, oldest first, today last (counted up to now). */
  days: DaySummary[];
}

/** The services a summary counts: those on the board now, not archived. */
function countedServices(entries: readonly CapacityEntry[]) {
  return entries
    .filter((entry) => !entry.service.archived)
    .map((entry) => ({
      organisationId: entry.organisationId,
      id: entry.id,
      serviceType: entry.service.serviceType,
      staleAfterMinutes: staleAfterMinutes(entry.service),
    }));
}

/** A platform's last `days` days in Paris, day by day (see core's `dailySummary`). */
export async function readDailySummary(
  deps: Pick<ApiDeps, 'db' | 'boards' | 'now'>,
  where: { platformSlug: string; days: number },
): Promise<PlatformDailySummary> {
  const now = deps.now();
  const dates = summaryDays(now, where.days);
  const services = countedServices((await readCapacity(deps.boards, where.platformSlug)).entries);
  const lookBackMs = Math.min(
    Math.max(0, ...services.map((service) => service.staleAfterMinutes)) * 60_000,
    maxLookBackMs,
  );
  const rows = readingsOf(
    await listPlatformReadings(deps.db, {
      platform: where.platformSlug,
      from: new Date(localInstant(dates[0]!, '00:00').getTime() - lookBackMs).toISOString(),
      to: new Date(now.getTime() + clockSkewMs).toISOString(),
    }),
  );
  return { days: dailySummary(services, rows, dates, now) };
}
