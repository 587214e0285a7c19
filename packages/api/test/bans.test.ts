import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scheduleBoard, type BanDraft } from '@opale/core';
import { createFixture, type Fixture } from './fixture';
import { refusal } from './refusal';

type Caller = Awaited<ReturnType<Fixture['signInAs']>>['caller'];

// The fixture's clock reads 26 November 2026.
const order: BanDraft = {
  authority: 'prefecture',
  reference: 'Arrêté n° 2026-11-045',
  signedOn: '2026-11-20',
  area: 'Place d’Armes, rue Royale and the streets around the town hall',
  commune: 'Calais',
  siteIds: ['calais-north'],
  validFrom: '2026-11-21',
  validUntil: '2026-12-20',
  forbids: 'Food and water distributions',
};

describe('distribution bans', () => {
  let f: Fixture;
  let utopiaRep: Caller;
  let utopiaObserver: Caller;
  let ecpatRep: Caller;
  let ecpatCoordinator: Caller;
  let dunkirkAdmin: Caller;

  beforeEach(async () => {
    f = await createFixture();
    scheduleBoard.writeSite(f.boards.doc('schedule:calais'), 'calais-centre', {
      name: 'Centre-ville',
      area: null,
      description: null,
      locationText: null,
      activeFrom: null,
      activeUntil: null,
    });
    utopiaRep = (await f.signInAs(f.calais.rep.userId)).caller;
    utopiaObserver = (await f.signInAs(f.calais.observer.userId)).caller;
    const rep = await f.addMember(
      'rep@ecpat.test',
      f.platforms.calais.id,
      f.organisations.ecpat,
      'rep',
    );
    ecpatRep = (await f.signInAs(rep.userId)).caller;
    const coordinator = await f.addMember(
      'coordinator@ecpat.test',
      f.platforms.calais.id,
      f.organisations.ecpat,
      'coordinator',
    );
    ecpatCoordinator = (await f.signInAs(coordinator.userId)).caller;
    dunkirkAdmin = (await f.signInAs(f.dunkirkAdmin.userId)).caller;
  });
  afterEach(() => f.close());

  async function auditOf(action: string) {
    return f.db.selectFrom('auditEvents').selectAll().where('action', '=', action).execute();
  }

  it('lets a rep record an order that every member then reads, audited', async () => {
    const created = await utopiaRep.ban.create({ platform: 'calais', ban: order });
    expect(created).toMatchObject({
      reference: 'Arrêté n° 2026-11-045',
      siteIds: ['calais-north'],
      standing: 'in_force',
      periods: [{ from: '2026-11-21', until: '2026-12-20' }],
      challenge: { state: 'none' },
      organisationId: f.organisations.utopia,
    });
    const listed = await utopiaObserver.ban.list({ platform: 'calais' });
    expect(listed.map((b) => b.id)).toEqual([created.id]);
    expect(listed[0]?.mayRemove).toBe(false);
    const events = await auditOf('ban.created');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ targetType: 'distribution_ban', targetId: created.id });
  });

  it('lists the bans in force first, then those to come, then those over', async () => {
    const over = await utopiaRep.ban.create({
      platform: 'calais',
      ban: {
        ...order,
        reference: 'Arrêté n° 2026-09-001',
        validFrom: '2026-09-01',
        validUntil: '2026-09-30',
      },
    });
    const coming = await utopiaRep.ban.create({
      platform: 'calais',
      ban: {
        ...order,
        reference: 'Arrêté n° 2027-01-001',
        validFrom: '2027-01-01',
        validUntil: '2027-01-31',
      },
    });
    const now = await utopiaRep.ban.create({ platform: 'calais', ban: order });
    const listed = await utopiaObserver.ban.list({ platform: 'calais' });
    expect(listed.map((b) => [b.id, b.standing])).toEqual([
      [now.id, 'in_force'],
      [coming.id, 'upcoming'],
      [over.id, 'expired'],
    ]);
  });

  it('refuses a site that is not on the schedule board, saying to choose again', async () => {
    const error = await refusal(
      utopiaRep.ban.create({ platform: 'calais', ban: { ...order, siteIds: ['nowhere'] } }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/not on Calais's list of sites; choose the sites again/);
  });

  it('refuses an order whose last day comes before its first', async () => {
    const error = await refusal(
      utopiaRep.ban.create({ platform: 'calais', ban: { ...order, validUntil: '2026-11-01' } }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/last day of the order comes before its first day/);
  });

  it('lets a rep of another organisation correct the order, and audits the fields changed', async () => {
    const created = await utopiaRep.ban.create({ platform: 'calais', ban: order });
    const updated = await ecpatRep.ban.update({
      platform: 'calais',
      banId: created.id,
      ban: { ...order, siteIds: ['calais-north', 'calais-centre'] },
    });
    expect(updated.siteIds).toEqual(['calais-north', 'calais-centre']);
    const events = await auditOf('ban.updated');
    expect(JSON.parse(events[0]?.detail ?? '{}')).toMatchObject({ fields: ['siteIds'] });
  });

  it('extends the ban by its renewals, and refuses one that does not end later', async () => {
    const created = await utopiaRep.ban.create({ platform: 'calais', ban: order });
    const renewed = await ecpatRep.ban.renew({
      platform: 'calais',
      banId: created.id,
      renewal: {
        reference: 'Arrêté n° 2026-12-050',
        signedOn: '2026-12-18',
        validUntil: '2027-01-19',
      },
    });
    expect(renewed.renewedUntil).toBe('2027-01-19');
    expect(renewed.periods).toEqual([{ from: '2026-11-21', until: '2027-01-19' }]);
    expect(renewed.renewals).toHaveLength(1);
    const error = await refusal(
      utopiaRep.ban.renew({
        platform: 'calais',
        banId: created.id,
        renewal: {
          reference: 'Arrêté n° 2027-01-001',
          signedOn: '2027-01-10',
          validUntil: '2027-01-15',
        },
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/already runs until 2027-01-19; a renewal must end later/);
    expect(await auditOf('ban.renewed')).toHaveLength(1);
  });

  it('records the challenge as it advances; a suspension ends the ban from its date', async () => {
    const created = await utopiaRep.ban.create({ platform: 'calais', ban: order });
    const filed = await ecpatRep.ban.recordChallenge({
      platform: 'calais',
      banId: created.id,
      challenge: {
        state: 'filed',
        court: 'Tribunal administratif de Lille',
        filedOn: '2026-11-22',
        reference: '2611234',
      },
    });
    expect(filed.challenge.state).toBe('filed');
    expect(filed.standing).toBe('in_force');
    const decided = await ecpatRep.ban.recordChallenge({
      platform: 'calais',
      banId: created.id,
      challenge: {
        state: 'decided',
        court: 'Tribunal administratif de Lille',
        filedOn: '2026-11-22',
        reference: '2611234',
        outcome: 'suspended',
        decidedOn: '2026-11-25',
      },
    });
    expect(decided.standing).toBe('lifted');
    expect(decided.periods).toEqual([{ from: '2026-11-21', until: '2026-11-24' }]);
    const events = await auditOf('ban.challenge_recorded');
    expect(events.map((e) => JSON.parse(e.detail) as { state: string })).toMatchObject([
      { state: 'filed' },
      { state: 'decided', outcome: 'suspended' },
    ]);
    const error = await refusal(
      utopiaRep.ban.renew({
        platform: 'calais',
        banId: created.id,
        renewal: {
          reference: 'Arrêté n° 2026-12-050',
          signedOn: '2026-12-18',
          validUntil: '2027-01-19',
        },
      }),
    );
    expect(error.message).toMatch(
      /suspended by the court on 2026-11-25; record the new order as a new ban/,
    );
  });

  it('refuses a challenge dated before the order was signed', async () => {
    const created = await utopiaRep.ban.create({ platform: 'calais', ban: order });
    const error = await refusal(
      utopiaRep.ban.recordChallenge({
        platform: 'calais',
        banId: created.id,
        challenge: { state: 'filed', court: 'TA Lille', filedOn: '2026-11-01', reference: '' },
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/dated before the order was signed \(2026-11-20\)/);
  });

  it('lets the recording organisation or a coordinator remove a ban, not another rep', async () => {
    const first = await utopiaRep.ban.create({ platform: 'calais', ban: order });
    const error = await refusal(ecpatRep.ban.remove({ platform: 'calais', banId: first.id }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/Only a coordinator, or a rep of the organisation that recorded/);
    await utopiaRep.ban.renew({
      platform: 'calais',
      banId: first.id,
      renewal: {
        reference: 'Arrêté n° 2026-12-050',
        signedOn: '2026-12-18',
        validUntil: '2027-01-19',
      },
    });
    await utopiaRep.ban.remove({ platform: 'calais', banId: first.id });
    const second = await utopiaRep.ban.create({ platform: 'calais', ban: order });
    await ecpatCoordinator.ban.remove({ platform: 'calais', banId: second.id });
    expect(await utopiaObserver.ban.list({ platform: 'calais' })).toEqual([]);
    expect(await f.db.selectFrom('distributionBanRenewals').selectAll().execute()).toEqual([]);
    expect(await auditOf('ban.removed')).toHaveLength(2);
  });

  it('keeps each platform’s bans to itself', async () => {
    const created = await utopiaRep.ban.create({ platform: 'calais', ban: order });
    expect(await dunkirkAdmin.ban.list({ platform: 'dunkirk' })).toEqual([]);
    const error = await refusal(
      dunkirkAdmin.ban.update({ platform: 'dunkirk', banId: created.id, ban: order }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});
