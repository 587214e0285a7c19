import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capacityStatuses,
  dailySummary,
  fullDaysByHour,
  serviceHistoryStats,
  statusSegments,
  summaryDays,
  type CapacityStatus,
  type SummaryReading,
  type SummaryService,
} from '../src';

const hour = 3_600_000;
const at = (iso: string) => new Date(iso).getTime();
const reading = (status: CapacityStatus, time: string) => ({ status, at: time });
/** 26–27 November 2026: Paris is UTC+1. */
const window = {
  from: new Date('2026-11-26T00:00:00.000Z'),
  to: new Date('2026-11-27T00:00:00.000Z'),
};

describe('the status of a service through a window', () => {
  it('holds each reading until the next, and says unconfirmed before the first', () => {
    expect(
      statusSegments(
        [reading('open', '2026-11-26T08:00:00.000Z'), reading('full', '2026-11-26T18:00:00.000Z')],
        window,
        24 * 60,
      ),
    ).toEqual([
      {
        state: 'unconfirmed',
        from: at('2026-11-26T00:00:00.000Z'),
        to: at('2026-11-26T08:00:00.000Z'),
      },
      { state: 'open', from: at('2026-11-26T08:00:00.000Z'), to: at('2026-11-26T18:00:00.000Z') },
      { state: 'full', from: at('2026-11-26T18:00:00.000Z'), to: at('2026-11-27T00:00:00.000Z') },
    ]);
  });

  it('stops counting a reading once it is no longer confirmed', () => {
    // A shelter's reading holds 3 hours.
    expect(
      statusSegments(
        [reading('full', '2026-11-26T18:00:00.000Z'), reading('open', '2026-11-26T23:00:00.000Z')],
        window,
        180,
      ).map((s) => [s.state, new Date(s.from).toISOString().slice(11, 16)]),
    ).toEqual([
      ['unconfirmed', '00:00'],
      ['full', '18:00'],
      ['unconfirmed', '21:00'],
      ['open', '23:00'],
    ]);
  });

  it('opens the window with the status of a reading taken before it, while still confirmed', () => {
    const segments = statusSegments(
      [reading('full', '2026-11-25T22:00:00.000Z'), reading('limited', '2026-11-26T06:00:00.000Z')],
      window,
      24 * 60,
    );
    expect(segments.map((s) => s.state)).toEqual(['full', 'limited']);
    expect(segments[0]!.from).toBe(window.from.getTime());
  });

  it('merges readings that say the same, lets the later of two at one instant win, and takes a reading from the future as taken now', () => {
    const segments = statusSegments(
      [
        reading('full', '2026-11-26T10:00:00.000Z'),
        reading('full', '2026-11-26T12:00:00.000Z'),
        reading('open', '2026-11-26T14:00:00.000Z'),
        reading('limited', '2026-11-26T14:00:00.000Z'),
        reading('closed', '2026-12-01T00:00:00.000Z'),
      ],
      window,
      24 * 60,
    );
    expect(segments.map((s) => [s.state, s.to - s.from])).toEqual([
      ['unconfirmed', 10 * hour],
      ['full', 4 * hour],
      ['limited', 10 * hour],
    ]);
  });

  it('covers the whole window, without overlap, whatever the readings', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom(...capacityStatuses),
            offset: fc.integer({ min: -48 * 60, max: 48 * 60 }),
          }),
          { maxLength: 30 },
        ),
        fc.integer({ min: 1, max: 48 * 60 }),
        (raw, stale) => {
          const readings = raw.map((r) =>
            reading(r.status, new Date(window.from.getTime() + r.offset * 60_000).toISOString()),
          );
          const segments = statusSegments(readings, window, stale);
          expect(segments[0]!.from).toBe(window.from.getTime());
          expect(segments.at(-1)!.to).toBe(window.to.getTime());
          for (const [i, segment] of segments.entries()) {
            expect(segment.to).toBeGreaterThan(segment.from);
            if (i > 0) {
              expect(segment.from).toBe(segments[i - 1]!.to);
              expect(segment.state).not.toBe(segments[i - 1]!.state);
            }
          }
          const stats = serviceHistoryStats(readings, window, stale);
          expect(stats.fullMs).toBeLessThanOrEqual(stats.confirmedMs);
          expect(stats.confirmedMs).toBeLessThanOrEqual(stats.windowMs);
          for (const days of stats.fullDaysByHour) expect(days).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('the history of a service in numbers', () => {
  it('weighs the time full against the confirmed time, and counts the times it turned full', () => {
    const stats = serviceHistoryStats(
      [
        reading('open', '2026-11-26T06:00:00.000Z'),
        reading('full', '2026-11-26T12:00:00.000Z'),
        reading('full', '2026-11-26T14:00:00.000Z'),
        reading('limited', '2026-11-26T18:00:00.000Z'),
        reading('full', '2026-11-26T21:00:00.000Z'),
      ],
      window,
      24 * 60,
    );
    expect(stats.windowMs).toBe(24 * hour);
    expect(stats.confirmedMs).toBe(18 * hour);
    expect(stats.fullMs).toBe(9 * hour);
    expect(stats.fullShare).toBe(0.5);
    expect(stats.confirmedShare).toBe(0.75);
    expect(stats.timesTurnedFull).toBe(2);
  });

  it('does not count a window that opens full as turning full, unless the full reading had lapsed', () => {
    const opensFull = [
      reading('full', '2026-11-25T23:00:00.000Z'),
      reading('full', '2026-11-26T01:00:00.000Z'),
    ];
    expect(serviceHistoryStats(opensFull, window, 180).timesTurnedFull).toBe(0);
    // Confirmed full for an hour only: at 01:00 the service was no longer known to be full.
    expect(serviceHistoryStats(opensFull, window, 60).timesTurnedFull).toBe(1);
  });

  it('says nothing about the share of time full when nothing was confirmed', () => {
    const stats = serviceHistoryStats([], window, 180);
    expect(stats.fullShare).toBeNull();
    expect(stats.confirmedShare).toBe(0);
    expect(stats.fullDaysByHour).toEqual(Array.from({ length: 24 }, () => 0));
  });
});

describe('the hours a service is full', () => {
  it('counts, per Paris hour, the distinct days it was full at some moment of that hour', () => {
    // Full 19:30–21:10 Paris time on the 26th, and 20:00–20:05 on the 27th.
    const segments = [
      {
        state: 'full' as const,
        from: at('2026-11-26T18:30:00.000Z'),
        to: at('2026-11-26T20:10:00.000Z'),
      },
      {
        state: 'open' as const,
        from: at('2026-11-26T20:10:00.000Z'),
        to: at('2026-11-27T19:00:00.000Z'),
      },
      {
        state: 'full' as const,
        from: at('2026-11-27T19:00:00.000Z'),
        to: at('2026-11-27T19:05:00.000Z'),
      },
    ];
    const byHour = fullDaysByHour(segments);
    expect(byHour[19]).toBe(1);
    expect(byHour[20]).toBe(2);
    expect(byHour[21]).toBe(1);
    expect(byHour.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('reads the hours in Paris time across the clock change of October', () => {
    // 25 October 2026: 03:00 summer time becomes 02:00 winter time; full 01:30–03:30 local.
    const byHour = fullDaysByHour([
      { state: 'full', from: at('2026-10-24T23:30:00.000Z'), to: at('2026-10-25T02:30:00.000Z') },
    ]);
    expect(byHour.slice(0, 5)).toEqual([0, 1, 1, 1, 0]);
    // Summer: 12:00 UTC is 14:00 in Paris.
    expect(
      fullDaysByHour([
        { state: 'full', from: at('2026-07-01T12:00:00.000Z'), to: at('2026-07-01T12:30:00.000Z') },
      ])[14],
    ).toBe(1);
  });
});

describe('a platform’s days', () => {
  const shelter: SummaryService = {
    organisationId: 'o1',
    id: 'beds',
    serviceType: 'shelter',
    staleAfterMinutes: 180,
  };
  const showers: SummaryService = {
    organisationId: 'o2',
    id: 'showers',
    serviceType: 'showers',
    staleAfterMinutes: 24 * 60,
  };
  const row = (service: SummaryService, status: CapacityStatus, time: string): SummaryReading => ({
    organisationId: service.organisationId,
    serviceId: service.id,
    status,
    at: time,
  });

  it('lists the last days in Paris, today included, oldest first', () => {
    // 23:30 UTC on 30 November is already 1 December in Paris.
    expect(summaryDays(new Date('2026-11-30T23:30:00.000Z'), 3)).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
    ]);
  });

  it('counts readings, confirmed, full and never confirmed services per Paris day and per type', () => {
    const now = new Date('2026-11-27T10:00:00.000Z');
    const summary = dailySummary(
      [shelter, showers],
      [
        // The evening before the first day, full: still confirmed at 00:30 on the 26th in Paris.
        row(shelter, 'full', '2026-11-25T21:45:00.000Z'),
        row(shelter, 'open', '2026-11-26T09:00:00.000Z'),
        row(shelter, 'open', '2026-11-26T15:00:00.000Z'),
        // 23:30 UTC on the 26th is the 27th in Paris.
        row(shelter, 'full', '2026-11-26T23:30:00.000Z'),
        row(showers, 'limited', '2026-11-26T10:00:00.000Z'),
        // A service no longer on the board: left out.
        { organisationId: 'o3', serviceId: 'gone', status: 'full', at: '2026-11-26T10:00:00.000Z' },
      ],
      ['2026-11-26', '2026-11-27'],
      now,
    );
    expect(summary.map(({ byType: _byType, ...counts }) => counts)).toEqual([
      { date: '2026-11-26', services: 2, readings: 3, confirmed: 2, full: 1, neverConfirmed: 0 },
      { date: '2026-11-27', services: 2, readings: 1, confirmed: 1, full: 1, neverConfirmed: 1 },
    ]);
    expect(summary[1]!.byType).toEqual([
      {
        serviceType: 'shelter',
        services: 1,
        readings: 1,
        confirmed: 1,
        full: 1,
        neverConfirmed: 0,
      },
      {
        serviceType: 'showers',
        services: 1,
        readings: 0,
        confirmed: 0,
        full: 0,
        neverConfirmed: 1,
      },
    ]);
  });

  it('adds up, each day, to the services counted', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            service: fc.constantFrom(shelter, showers),
            status: fc.constantFrom(...capacityStatuses),
            minutes: fc.integer({ min: -24 * 60, max: 3 * 24 * 60 }),
          }),
          { maxLength: 40 },
        ),
        (raw) => {
          const start = at('2026-11-25T23:00:00.000Z');
          const summary = dailySummary(
            [shelter, showers],
            raw.map((r) =>
              row(r.service, r.status, new Date(start + r.minutes * 60_000).toISOString()),
            ),
            ['2026-11-26', '2026-11-27', '2026-11-28'],
            new Date('2026-11-28T12:00:00.000Z'),
          );
          for (const day of summary) {
            expect(day.confirmed + day.neverConfirmed).toBe(day.services);
            expect(day.full).toBeLessThanOrEqual(day.services);
            expect(day.byType.reduce((sum, type) => sum + type.readings, 0)).toBe(day.readings);
          }
        },
      ),
    );
  });
});
