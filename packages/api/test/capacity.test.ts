import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { capacityBoard, type CapacityService, type CapacityStatus } from '@opale/core';
import { recordCapacityReading } from '@opale/db';
import { createFixture, type Fixture } from './fixture';

const hour = 3_600_000;

describe('the capacity history', () => {
  let f: Fixture;
  let seq = 0;
  // The fixture's clock: 26 November 2026, 09:00 UTC (10:00 in Paris).
  const hoursAgo = (hours: number) =>
    new Date(f.clock.now().getTime() - hours * hour).toISOString();

  function service(organisationId: string, id: string, fields: Partial<CapacityService>) {
    capacityBoard.writeService(f.boards.doc('capacity:calais'), organisationId, id, {
      name: id,
      ...fields,
    });
  }

  async function reading(
    organisationId: string,
    serviceId: string,
    status: CapacityStatus,
    readingAt: string,
    extra: { available?: number; total?: number; note?: string; platform?: string } = {},
  ) {
    seq += 1;
    const platform = extra.platform ?? 'calais';
    await recordCapacityReading(f.db, {
      doc: `capacity:${platform}`,
      seq,
      platform,
      organisationId,
      serviceId,
      status,
      available: extra.available ?? null,
      total: extra.total ?? null,
      note: extra.note ?? null,
      byName: 'Sam (field)',
      authorId: f.calais.field.userId,
      readingAt,
      recordedAt: readingAt,
    });
  }

  const as = async (role: 'observer' | 'field' | 'admin') =>
    (await f.signInAs(f.calais[role].userId)).caller;

  beforeEach(async () => {
    f = await createFixture();
    seq = 0;
    service(f.organisations.utopia, 'shelter', {
      name: 'Night shelter',
      serviceType: 'shelter',
      total: 40,
    });
    service(f.organisations.ecpat, 'showers', { name: 'Showers', serviceType: 'showers' });
  });
  afterEach(() => f.close());

  describe('of one service', () => {
    it('lists the readings of the window oldest first, with its status through it and its numbers', async () => {
      const { utopia, ecpat } = f.organisations;
      // Before the window, still confirmed when it opens (3 hours for a shelter): full.
      await reading(utopia, 'shelter', 'full', hoursAgo(24 + 2));
      await reading(utopia, 'shelter', 'limited', hoursAgo(20), { available: 3, total: 40 });
      await reading(utopia, 'shelter', 'full', hoursAgo(10), { available: 0, total: 40 });
      await reading(utopia, 'shelter', 'open', hoursAgo(2), {
        available: 12,
        total: 40,
        note: '2 beds for families',
      });
      // Another service's reading, and the same ids on another platform: not this history.
      await reading(ecpat, 'showers', 'full', hoursAgo(5));
      await reading(utopia, 'shelter', 'closed', hoursAgo(3), { platform: 'dunkirk' });

      const history = await (
        await as('observer')
      ).capacity.serviceHistory({
        platform: 'calais',
        organisationId: utopia,
        serviceId: 'shelter',
        days: 1,
      });

      expect(history.service).toEqual({
        organisationId: utopia,
        id: 'shelter',
        name: 'Night shelter',
        serviceType: 'shelter',
        archived: false,
        staleAfterMinutes: 180,
      });
      expect(history.from).toBe(hoursAgo(24));
      expect(history.to).toBe(hoursAgo(0));
      expect(history.readings).toEqual([
        {
          status: 'limited',
          available: 3,
          total: 40,
          note: null,
          by: 'Sam (field)',
          at: hoursAgo(20),
          recordedAt: hoursAgo(20),
        },
        expect.objectContaining({ status: 'full', at: hoursAgo(10) }),
        expect.objectContaining({ status: 'open', note: '2 beds for families', at: hoursAgo(2) }),
      ]);
      expect(history.segments.map((s) => [s.state, s.from])).toEqual([
        ['full', hoursAgo(24)],
        ['unconfirmed', hoursAgo(23)],
        ['limited', hoursAgo(20)],
        ['unconfirmed', hoursAgo(17)],
        ['full', hoursAgo(10)],
        ['unconfirmed', hoursAgo(7)],
        ['open', hoursAgo(2)],
      ]);
      expect(history.stats).toMatchObject({
        windowMs: 24 * hour,
        confirmedMs: 9 * hour,
        fullMs: 4 * hour,
        // Full when the window opened: it turned full once, 10 hours ago.
        timesTurnedFull: 1,
      });
      expect(history.stats.fullShare).toBeCloseTo(4 / 9);
      // Full from 10:00 to 11:00 (Paris) the day before, and 00:00 to 03:00 today.
      const fullHours = history.stats.fullDaysByHour.flatMap((days, h) => (days > 0 ? [h] : []));
      expect(fullHours).toEqual([0, 1, 2, 10]);
    });

    it('shows the last 7 days unless told otherwise, and an archived service’s history too', async () => {
      service(f.organisations.utopia, 'shelter', { archived: true });
      await reading(f.organisations.utopia, 'shelter', 'full', hoursAgo(6 * 24));
      await reading(f.organisations.utopia, 'shelter', 'open', hoursAgo(8 * 24));
      const history = await (
        await as('field')
      ).capacity.serviceHistory({
        platform: 'calais',
        organisationId: f.organisations.utopia,
        serviceId: 'shelter',
      });
      expect(history.from).toBe(hoursAgo(7 * 24));
      expect(history.service.archived).toBe(true);
      expect(history.readings.map((r) => r.status)).toEqual(['full']);
    });

    it('says so when the service is not on the platform’s board', async () => {
      const observer = await as('observer');
      const outcome = await observer.capacity
        .serviceHistory({
          platform: 'calais',
          organisationId: f.organisations.salam,
          serviceId: 'shelter',
        })
        .catch((error: unknown) => error);
      expect(outcome).toBeInstanceOf(TRPCError);
      expect((outcome as TRPCError).code).toBe('NOT_FOUND');
      expect((outcome as TRPCError).message).toBe(
        'This service is not on the capacity board of Calais: it was removed, or the link is wrong. Go back to the board and choose it again.',
      );
    });

    it('refuses windows shorter than a day or longer than a month', async () => {
      const observer = await as('observer');
      for (const days of [0, 32, 1.5]) {
        const outcome = await observer.capacity
          .serviceHistory({
            platform: 'calais',
            organisationId: f.organisations.utopia,
            serviceId: 'shelter',
            days,
          })
          .catch((error: unknown) => error);
        expect((outcome as TRPCError).code).toBe('BAD_REQUEST');
      }
    });

    it('refuses a member of another platform and someone signed out', async () => {
      await reading(f.organisations.utopia, 'shelter', 'full', hoursAgo(1));
      const input = {
        platform: 'calais',
        organisationId: f.organisations.utopia,
        serviceId: 'shelter',
      };
      const dunkirk = (await f.signInAs(f.dunkirkAdmin.userId)).caller;
      await expect(dunkirk.capacity.serviceHistory(input)).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message:
          'You are not a member of the platform "calais". Ask one of its admins for an invitation.',
      });
      await expect((await f.anonymous()).capacity.serviceHistory(input)).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
    });
  });

  describe('of the platform, day by day', () => {
    it('counts readings, confirmed, full and never confirmed services per Paris day and per type', async () => {
      const { utopia, ecpat } = f.organisations;
      service(utopia, 'old-tents', { name: 'Tents', serviceType: 'tents', archived: true });
      // 25 November (Paris): the shelter twice, full in the evening; the showers once.
      await reading(utopia, 'shelter', 'open', '2026-11-25T08:00:00.000Z');
      await reading(utopia, 'shelter', 'full', '2026-11-25T20:00:00.000Z');
      await reading(ecpat, 'showers', 'limited', '2026-11-25T10:00:00.000Z');
      // Archived since: left out of the counts.
      await reading(utopia, 'old-tents', 'full', '2026-11-25T10:00:00.000Z');
      // 26 November, before 10:00 in Paris: the shelter again.
      await reading(utopia, 'shelter', 'limited', '2026-11-26T07:00:00.000Z');

      const summary = await (
        await as('observer')
      ).capacity.dailySummary({ platform: 'calais', days: 2 });
      expect(summary.days.map(({ byType: _byType, ...day }) => day)).toEqual([
        { date: '2026-11-25', services: 2, readings: 3, confirmed: 2, full: 1, neverConfirmed: 0 },
        { date: '2026-11-26', services: 2, readings: 1, confirmed: 1, full: 0, neverConfirmed: 1 },
      ]);
      expect(summary.days[1]!.byType).toEqual([
        {
          serviceType: 'shelter',
          services: 1,
          readings: 1,
          confirmed: 1,
          full: 0,
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

    it('covers the last 7 days by default, today last', async () => {
      const summary = await (await as('admin')).capacity.dailySummary({ platform: 'calais' });
      expect(summary.days.map((day) => day.date)).toEqual([
        '2026-11-20',
        '2026-11-21',
        '2026-11-22',
        '2026-11-23',
        '2026-11-24',
        '2026-11-25',
        '2026-11-26',
      ]);
      expect(summary.days.every((day) => day.neverConfirmed === 2)).toBe(true);
    });

    it('refuses a member of another platform', async () => {
      const dunkirk = (await f.signInAs(f.dunkirkAdmin.userId)).caller;
      await expect(
        dunkirk.capacity.dailySummary({ platform: 'calais', days: 7 }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });
});
