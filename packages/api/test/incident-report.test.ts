import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncidentDraft } from '@opale/core';
import { insertGroup, upsertGroupOrganisation } from '@opale/db';
import { createFixture, type Fixture } from './fixture';

type Caller = Awaited<ReturnType<Fixture['signInAs']>>['caller'];

const groupG = '50000000-0000-4000-8000-0000000000c1'; // Utopia and ECPAT are members

const draft = (change: Partial<IncidentDraft> = {}): IncidentDraft => ({
  type: 'eviction_during_distribution',
  occurredAt: '2026-11-20T11:30:00.000Z',
  siteId: 'calais-north',
  placeText: null,
  commune: 'Calais',
  authority: 'crs',
  officers: 10,
  vehicles: 2,
  itemsSeized: 5,
  fineAmountCents: null,
  fineNoticeDate: null,
  narrative: 'The lunch was stopped after half an hour.',
  ...change,
});

describe('the incident report summary', () => {
  let f: Fixture;
  const as = new Map<string, Caller>();
  const caller = (who: string) => as.get(who)!;

  beforeEach(async () => {
    f = await createFixture();
    for (const role of ['admin', 'rep', 'field', 'observer'] as const) {
      as.set(`utopia ${role}`, (await f.signInAs(f.calais[role].userId)).caller);
    }
    for (const role of ['rep', 'admin', 'observer'] as const) {
      const member = await f.addMember(
        `${role}@ecpat.test`,
        f.platforms.calais.id,
        f.organisations.ecpat,
        role,
      );
      as.set(`ecpat ${role}`, (await f.signInAs(member.userId)).caller);
    }
    const at = f.clock.now().toISOString();
    await insertGroup(f.db, {
      id: groupG,
      platformId: f.platforms.calais.id,
      name: 'Coalition',
      kind: 'coalition',
      createdAt: at,
    });
    for (const organisationId of [f.organisations.utopia, f.organisations.ecpat]) {
      await upsertGroupOrganisation(f.db, {
        groupId: groupG,
        organisationId,
        status: 'member',
        addedAt: at,
        answeredAt: at,
      });
    }

    const report = async (who: string, change: Partial<IncidentDraft>) =>
      (
        await caller(who).incident.create({
          platform: 'calais',
          idempotencyKey: randomUUID(),
          draft: draft(change),
        })
      ).id;
    // Utopia 56: a field member's draft (Site Nord), and a verified fine shared with the group.
    await report('utopia field', {});
    const fine = await report('utopia rep', {
      type: 'fine',
      authority: 'police_municipale',
      siteId: null,
      placeText: 'By the station',
      fineAmountCents: 13500,
      officers: 2,
      vehicles: 1,
      itemsSeized: null,
      // 23:30 UTC on 31 October: 1 November in Paris.
      occurredAt: '2026-10-31T23:30:00.000Z',
    });
    await caller('utopia admin').incident.verify({ platform: 'calais', incidentId: fine });
    await caller('utopia rep').incident.share({
      platform: 'calais',
      incidentId: fine,
      groupId: groupG,
    });
    // ECPAT France: one verified and kept, one verified and shared with the group.
    for (const shared of [false, true]) {
      const id = await report('ecpat rep', {
        commune: 'Coquelles',
        siteId: null,
        placeText: 'Road',
      });
      await caller('ecpat admin').incident.verify({ platform: 'calais', incidentId: id });
      if (shared) {
        await caller('ecpat rep').incident.share({
          platform: 'calais',
          incidentId: id,
          groupId: groupG,
        });
      }
    }
  });
  afterEach(async () => {
    as.clear();
    await f.close();
  });

  const summary = (who: string, scope: 'all' | 'own' | 'shared', period = {}) =>
    caller(who).incidentReport.summary({ platform: 'calais', scope, ...period });

  it('counts exactly the reports each member may list', async () => {
    for (const [who, expected] of [
      ['utopia admin', 3],
      ['utopia rep', 3],
      // Their draft, and the two reports shared with the group.
      ['utopia field', 3],
      ['utopia observer', 2],
      ['ecpat rep', 3],
      ['ecpat observer', 2],
    ] as const) {
      const listed = await caller(who).incident.list({ platform: 'calais' });
      const report = await summary(who, 'all');
      expect(report.totals.incidents, who).toBe(expected);
      expect(report.totals.incidents, who).toBe(listed.length);
    }
  });

  it('counts by month in Paris, by site name or commune, and adds up figures', async () => {
    const report = await summary('utopia admin', 'all', { from: '2026-10-01', to: '2026-11-30' });
    expect(report.byMonth).toEqual([
      { key: '2026-10', count: 0 },
      { key: '2026-11', count: 3 },
    ]);
    expect(report.byPlace).toEqual([
      { key: 'Calais', count: 1 },
      { key: 'Coquelles', count: 1 },
      { key: 'Site Nord', count: 1 },
    ]);
    expect(report.totals).toMatchObject({ officers: 22, fines: 1, fineCents: 13500 });
    expect(report.verification).toEqual({
      draft: 1,
      verified: 0,
      shared: 2,
      verifiedShare: 2 / 3,
    });
  });

  it('narrows to the organisation’s own, or to what is shared with its groups', async () => {
    expect((await summary('utopia admin', 'own')).totals.incidents).toBe(2);
    expect((await summary('utopia admin', 'shared')).totals.incidents).toBe(2);
    expect((await summary('ecpat rep', 'own')).totals.incidents).toBe(2);
    // A field member's organisation's: their draft, and the fine they read as shared.
    expect((await summary('utopia field', 'own')).totals.incidents).toBe(2);
    expect((await summary('utopia field', 'shared')).totals.incidents).toBe(2);
    // An observer reads their organisation's reports only once shared: the fine.
    expect((await summary('utopia observer', 'own')).totals.incidents).toBe(1);
  });

  it('counts only the period asked, in Paris dates', async () => {
    const october = await summary('utopia admin', 'all', { from: '2026-10-01', to: '2026-10-31' });
    expect(october.totals.incidents).toBe(0);
    const firstOfNovember = await summary('utopia admin', 'all', {
      from: '2026-11-01',
      to: '2026-11-01',
    });
    expect(firstOfNovember.totals.incidents).toBe(1);
    expect(firstOfNovember.timeline).toEqual({
      unit: 'day',
      points: [{ key: '2026-11-01', count: 1 }],
    });
  });

  it('says to swap a period whose last day comes first', async () => {
    const error = await summary('utopia admin', 'all', {
      from: '2026-11-30',
      to: '2026-11-01',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).message).toMatch(/swap them/);
  });
});
