import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncidentDraft, Role } from '@opale/core';
import { insertGroup, upsertGroupOrganisation } from '@opale/db';
import { createFixture, type Fixture } from './fixture';
import { refusal } from './refusal';

type Caller = Awaited<ReturnType<Fixture['signInAs']>>['caller'];

const baseDraft: IncidentDraft = {
  type: 'eviction_during_distribution',
  occurredAt: '2026-11-25T17:45:00.000Z',
  siteId: null,
  placeText: 'Hospital roundabout',
  commune: 'Calais',
  authority: 'crs',
  officers: 12,
  vehicles: 3,
  itemsSeized: 20,
  fineAmountCents: null,
  fineNoticeDate: null,
  narrative: 'The evening meal was stopped after twenty minutes; tents were taken.',
};

/** An audit event's facts, as stored. */
const detailOf = (detail: string): unknown => JSON.parse(detail);

const groupG = '50000000-0000-4000-8000-000000000001'; // Utopia and ECPAT are members
const groupH = '50000000-0000-4000-8000-000000000002'; // ECPAT is a member; Utopia only invited

describe('the incident log', () => {
  let f: Fixture;
  const callers = new Map<string, Caller>();
  const userIds = new Map<string, string>();
  const as = (who: string): Caller => {
    const caller = callers.get(who);
    if (!caller) throw new Error(`No caller ${who}`);
    return caller;
  };
  const report = (who: string, draft: Partial<IncidentDraft> = {}, key = randomUUID()) =>
    as(who).incident.create({
      platform: 'calais',
      idempotencyKey: key,
      draft: { ...baseDraft, ...draft },
    });

  beforeEach(async () => {
    f = await createFixture();
    const roles: Role[] = ['admin', 'coordinator', 'rep', 'field', 'observer'];
    for (const role of roles) {
      userIds.set(`utopia ${role}`, f.calais[role].userId);
      const ecpat = await f.addMember(
        `${role}@ecpat.test`,
        f.platforms.calais.id,
        f.organisations.ecpat,
        role,
      );
      userIds.set(`ecpat ${role}`, ecpat.userId);
    }
    const utopiaField2 = await f.addMember(
      'field2@calais.test',
      f.platforms.calais.id,
      f.organisations.utopia,
      'field',
    );
    userIds.set('utopia field2', utopiaField2.userId);
    userIds.set('dunkirk admin', f.dunkirkAdmin.userId);
    const dunkirkUtopiaRep = await f.addMember(
      'rep@dunkirk.test',
      f.platforms.dunkirk.id,
      f.organisations.utopia,
      'rep',
    );
    userIds.set('dunkirk utopia rep', dunkirkUtopiaRep.userId);
    for (const [who, userId] of userIds) callers.set(who, (await f.signInAs(userId)).caller);

    const at = f.clock.now().toISOString();
    await insertGroup(f.db, {
      id: groupG,
      platformId: f.platforms.calais.id,
      name: 'Observers coalition',
      kind: 'coalition',
      createdAt: at,
    });
    await insertGroup(f.db, {
      id: groupH,
      platformId: f.platforms.calais.id,
      name: 'Advocacy',
      kind: 'advocacy',
      createdAt: at,
    });
    const link = (groupId: string, organisationId: string, status: string) =>
      upsertGroupOrganisation(f.db, {
        groupId,
        organisationId,
        status,
        addedAt: at,
        answeredAt: at,
      });
    await link(groupG, f.organisations.utopia, 'member');
    await link(groupG, f.organisations.ecpat, 'member');
    await link(groupH, f.organisations.ecpat, 'member');
    await link(groupH, f.organisations.utopia, 'invited');
  });
  afterEach(async () => {
    callers.clear();
    userIds.clear();
    await f.close();
  });

  async function auditOf(action: string) {
    return f.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', action)
      .orderBy('id')
      .execute();
  }

  describe('visibility', () => {
    it('shows each role exactly the reports it may read, in list and in get', async () => {
      const ids: Record<string, string> = {};
      ids.uDraft = (await report('utopia field')).id;
      ids.uVerified = (await report('utopia field2')).id;
      await as('utopia rep').incident.verify({ platform: 'calais', incidentId: ids.uVerified });
      ids.uShared = (await report('utopia field2')).id;
      await as('utopia rep').incident.verify({ platform: 'calais', incidentId: ids.uShared });
      await as('utopia rep').incident.share({
        platform: 'calais',
        incidentId: ids.uShared,
        groupId: groupG,
      });
      ids.eDraft = (await report('ecpat field')).id;
      for (const [name, group] of [
        ['eVerified', null],
        ['eSharedG', groupG],
        ['eSharedH', groupH],
      ] as const) {
        const id = (ids[name] = (await report('ecpat rep')).id);
        await as('ecpat admin').incident.verify({ platform: 'calais', incidentId: id });
        if (group)
          await as('ecpat rep').incident.share({
            platform: 'calais',
            incidentId: id,
            groupId: group,
          });
      }

      const utopiaStaff = ['uDraft', 'uVerified', 'uShared', 'eSharedG'];
      const ecpatStaff = ['eDraft', 'eVerified', 'eSharedG', 'eSharedH', 'uShared'];
      const expected: Record<string, string[]> = {
        'utopia admin': utopiaStaff,
        'utopia coordinator': utopiaStaff,
        'utopia rep': utopiaStaff,
        // A field member: what they wrote, and what is shared with a group of theirs.
        'utopia field': ['uDraft', 'uShared', 'eSharedG'],
        'utopia field2': ['uVerified', 'uShared', 'eSharedG'],
        // An observer: only what is shared; never a group its organisation is merely invited to.
        'utopia observer': ['uShared', 'eSharedG'],
        'ecpat admin': ecpatStaff,
        'ecpat coordinator': ecpatStaff,
        'ecpat rep': ecpatStaff,
        'ecpat field': ['eDraft', 'eSharedG', 'eSharedH', 'uShared'],
        'ecpat observer': ['eSharedG', 'eSharedH', 'uShared'],
      };
      const nameOf = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
      for (const [who, names] of Object.entries(expected)) {
        const listed = await as(who).incident.list({ platform: 'calais' });
        expect(listed.map((i) => nameOf.get(i.id)).sort(), `${who} lists`).toEqual(
          [...names].sort(),
        );
        for (const [name, id] of Object.entries(ids)) {
          const outcome = await as(who)
            .incident.get({ platform: 'calais', incidentId: id })
            .then(
              () => 'read',
              (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
            );
          expect(outcome, `${who} gets ${name}`).toBe(names.includes(name) ? 'read' : 'NOT_FOUND');
        }
      }

      // Nobody sees another platform's reports, not even a rep of the same organisation there.
      for (const who of ['dunkirk admin', 'dunkirk utopia rep']) {
        expect(await as(who).incident.list({ platform: 'dunkirk' })).toEqual([]);
        expect(
          (await refusal(as(who).incident.get({ platform: 'dunkirk', incidentId: ids.uShared })))
            .code,
        ).toBe('NOT_FOUND');
        expect((await refusal(as(who).incident.list({ platform: 'calais' }))).code).toBe(
          'FORBIDDEN',
        );
      }
    });

    it('hides who wrote and verified a report, its groups and its follow-ups from readers outside it', async () => {
      const { id } = await report('utopia field');
      await as('utopia rep').incident.verify({ platform: 'calais', incidentId: id });
      await as('utopia rep').incident.share({
        platform: 'calais',
        incidentId: id,
        groupId: groupG,
      });
      await as('utopia rep').incident.addFollowup({
        platform: 'calais',
        incidentId: id,
        followup: { kind: 'complaint', filedOn: '2026-11-26', outcome: 'pending', notes: '' },
      });
      const inside = await as('utopia rep').incident.get({ platform: 'calais', incidentId: id });
      expect(inside).toMatchObject({
        access: 'organisation',
        createdBy: userIds.get('utopia field'),
        verifiedBy: userIds.get('utopia rep'),
        sharedWith: [groupG],
      });
      expect(inside.followups).toHaveLength(1);
      const outside = await as('ecpat rep').incident.get({ platform: 'calais', incidentId: id });
      expect(outside).toMatchObject({
        access: 'group',
        createdBy: null,
        verifiedBy: null,
        sharedWith: [groupG],
        followups: [],
        narrative: baseDraft.narrative,
      });
    });

    it('tells a reader from outside which of its own groups a report came through, never the others', async () => {
      const { id } = await report('ecpat rep');
      await as('ecpat admin').incident.verify({ platform: 'calais', incidentId: id });
      for (const groupId of [groupG, groupH]) {
        await as('ecpat rep').incident.share({ platform: 'calais', incidentId: id, groupId });
      }
      const inside = await as('ecpat rep').incident.get({ platform: 'calais', incidentId: id });
      expect([...inside.sharedWith].sort()).toEqual([groupG, groupH].sort());
      const outside = await as('utopia rep').incident.get({ platform: 'calais', incidentId: id });
      expect(outside.sharedWith).toEqual([groupG]);
      const listed = await as('utopia rep').incident.list({ platform: 'calais' });
      expect(listed.find((i) => i.id === id)?.sharedWith).toEqual([groupG]);
    });

    it('writes every read from outside the organisation to the audit log, and no read from inside', async () => {
      const { id } = await report('ecpat rep');
      await as('ecpat admin').incident.verify({ platform: 'calais', incidentId: id });
      await as('ecpat rep').incident.share({ platform: 'calais', incidentId: id, groupId: groupG });
      await as('ecpat rep').incident.get({ platform: 'calais', incidentId: id });
      await as('ecpat observer').incident.list({ platform: 'calais' });
      expect(await auditOf('incident.read_outside')).toEqual([]);

      await as('utopia rep').incident.get({ platform: 'calais', incidentId: id });
      await as('utopia observer').incident.list({ platform: 'calais' });
      const reads = await auditOf('incident.read_outside');
      expect(
        reads.map((e) => ({ actor: e.actorId, target: e.targetId, detail: detailOf(e.detail) })),
      ).toEqual([
        {
          actor: userIds.get('utopia rep'),
          target: id,
          detail: {
            organisationId: f.organisations.ecpat,
            readerOrganisationId: f.organisations.utopia,
            via: 'get',
          },
        },
        {
          actor: userIds.get('utopia observer'),
          target: id,
          detail: {
            organisationId: f.organisations.ecpat,
            readerOrganisationId: f.organisations.utopia,
            via: 'list',
          },
        },
      ]);
      expect(reads.every((e) => e.platformId === f.platforms.calais.id)).toBe(true);
    });
  });

  describe('create', () => {
    it('makes one report per idempotency key, however often it is sent', async () => {
      const key = randomUUID();
      const first = await report('utopia field', {}, key);
      const again = await report('utopia field', { narrative: 'sent twice' }, key);
      expect(first).toMatchObject({ created: true, status: 'draft' });
      expect(again).toMatchObject({ id: first.id, created: false });
      const rows = await f.db.selectFrom('incidents').select(['id', 'narrative']).execute();
      expect(rows).toEqual([{ id: first.id, narrative: baseDraft.narrative }]);
      expect(await auditOf('incident.created')).toHaveLength(1);
    });

    it('refuses a key already used by someone else in the organisation, and keeps keys apart between organisations', async () => {
      const key = randomUUID();
      const mine = await report('utopia field', {}, key);
      expect((await refusal(report('utopia rep', {}, key))).code).toBe('CONFLICT');
      const theirs = await report('ecpat field', {}, key);
      expect(theirs.created).toBe(true);
      expect(theirs.id).not.toBe(mine.id);
    });

    it('refuses an observer, a date in the future and a site that is not on the platform', async () => {
      expect((await refusal(report('utopia observer'))).code).toBe('FORBIDDEN');
      const future = await refusal(report('utopia field', { occurredAt: '2026-11-27T09:00:00Z' }));
      expect(future.message).toMatch(/in the future/);
      const site = await refusal(report('utopia field', { siteId: 'nowhere', placeText: null }));
      expect(site.message).toMatch(/not on Calais's list/);
      const atSite = await report('utopia field', { siteId: 'calais-north', placeText: null });
      expect(atSite.created).toBe(true);
    });

    it('warns about what looks like personal data, and computes the fine contest deadline', async () => {
      const { id, warnings } = await report('utopia field', {
        type: 'fine',
        fineAmountCents: 13500,
        fineNoticeDate: '2026-11-26',
        narrative: 'A man named Samir gave his number, 06 12 34 56 78.',
      });
      expect(warnings.narrative.map((w) => [w.kind, w.text])).toEqual([
        ['name', 'Samir'],
        ['phone', '06 12 34 56 78'],
      ]);
      const incident = await as('utopia field').incident.get({
        platform: 'calais',
        incidentId: id,
      });
      expect(incident).toMatchObject({ fineAmountCents: 13500, fineContestDeadline: '2027-01-10' });
    });
  });

  describe('update', () => {
    it('lets the author change a draft, and only a rep once it is verified', async () => {
      const { id } = await report('utopia field');
      await as('utopia field').incident.update({
        platform: 'calais',
        incidentId: id,
        draft: { ...baseDraft, officers: 14 },
      });
      expect(
        (
          await refusal(
            as('utopia field2').incident.update({
              platform: 'calais',
              incidentId: id,
              draft: baseDraft,
            }),
          )
        ).code,
      ).toBe('NOT_FOUND');
      await as('utopia rep').incident.verify({ platform: 'calais', incidentId: id });
      const late = await refusal(
        as('utopia field').incident.update({
          platform: 'calais',
          incidentId: id,
          draft: baseDraft,
        }),
      );
      expect(late.code).toBe('FORBIDDEN');
      await as('utopia rep').incident.update({
        platform: 'calais',
        incidentId: id,
        draft: { ...baseDraft, officers: 15, vehicles: 4 },
      });
      const updates = await auditOf('incident.updated');
      expect(updates.map((e) => detailOf(e.detail))).toEqual([
        { fields: ['officers'] },
        { fields: ['officers', 'vehicles'] },
      ]);
      expect(
        await as('utopia rep').incident.get({ platform: 'calais', incidentId: id }),
      ).toMatchObject({ officers: 15, vehicles: 4, status: 'verified' });
    });
  });

  describe('verify', () => {
    it('never lets the author verify their own report', async () => {
      const { id } = await report('utopia rep');
      const error = await refusal(
        as('utopia rep').incident.verify({ platform: 'calais', incidentId: id }),
      );
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/another member of your organisation must verify it/);
    });

    it('lets a second member of the organisation verify, once', async () => {
      const { id } = await report('utopia field');
      expect(
        await as('utopia rep').incident.verify({ platform: 'calais', incidentId: id }),
      ).toEqual({ id, status: 'verified' });
      const twice = await refusal(
        as('utopia admin').incident.verify({ platform: 'calais', incidentId: id }),
      );
      expect(twice.code).toBe('PRECONDITION_FAILED');
      const row = await f.db
        .selectFrom('incidents')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        status: 'verified',
        verifiedBy: userIds.get('utopia rep'),
        verifiedAt: f.clock.now().toISOString(),
      });
      expect(await auditOf('incident.verified')).toHaveLength(1);
    });

    it('lets a coordinator of the platform verify, but not one who cannot read the report', async () => {
      const { id } = await report('utopia rep');
      const outsider = await refusal(
        as('ecpat coordinator').incident.verify({ platform: 'calais', incidentId: id }),
      );
      expect(outsider.code).toBe('NOT_FOUND');
      expect(
        await as('utopia coordinator').incident.verify({ platform: 'calais', incidentId: id }),
      ).toEqual({ id, status: 'verified' });
    });

    it('does not let a field member verify a colleague’s report', async () => {
      const { id } = await report('utopia field');
      const error = await refusal(
        as('utopia field2').incident.verify({ platform: 'calais', incidentId: id }),
      );
      expect(error.code).toBe('FORBIDDEN');
    });
  });

  describe('share', () => {
    it('shares only a verified report, only with a group its organisation has joined', async () => {
      const { id } = await report('utopia field');
      const share = (who: string, groupId: string) =>
        as(who).incident.share({ platform: 'calais', incidentId: id, groupId });
      expect((await refusal(share('utopia rep', groupG))).message).toMatch(/verify it first/);
      await as('utopia rep').incident.verify({ platform: 'calais', incidentId: id });
      expect((await refusal(share('utopia field', groupG))).code).toBe('FORBIDDEN');
      // Invited to the advocacy group, not yet consenting.
      expect((await refusal(share('utopia rep', groupH))).message).toMatch(
        /not a member of that group/,
      );
      expect((await refusal(share('utopia rep', randomUUID()))).code).toBe('PRECONDITION_FAILED');
      expect(await share('utopia rep', groupG)).toEqual({ id, status: 'shared' });
      // Sharing again is harmless.
      expect(await share('utopia admin', groupG)).toEqual({ id, status: 'shared' });
      // A rep of another organisation of the group reads it, but cannot pass it on.
      expect((await refusal(share('ecpat rep', groupG))).code).toBe('FORBIDDEN');
      const shares = await f.db.selectFrom('incidentShares').selectAll().execute();
      expect(shares).toEqual([
        {
          incidentId: id,
          groupId: groupG,
          sharedAt: f.clock.now().toISOString(),
          sharedBy: userIds.get('utopia rep'),
        },
      ]);
      expect((await auditOf('incident.shared')).map((e) => detailOf(e.detail))).toEqual([
        { groupId: groupG },
        { groupId: groupG },
      ]);
    });
  });

  describe('witnesses and closing', () => {
    it('keeps witnesses to the organisation’s reps and erases them when the case closes', async () => {
      const { id } = await report('utopia field');
      const add = (name: string) =>
        as('utopia rep').incident.addWitness({
          platform: 'calais',
          incidentId: id,
          witness: { name, contact: 'through the coordinator' },
        });
      await add('Camille Martin');
      await add('Jo Bloggs');
      expect(
        (await as('utopia rep').incident.listWitnesses({ platform: 'calais', incidentId: id })).map(
          (w) => w.name,
        ),
      ).toEqual(['Camille Martin', 'Jo Bloggs']);
      expect(
        (
          await refusal(
            as('utopia field').incident.listWitnesses({ platform: 'calais', incidentId: id }),
          )
        ).code,
      ).toBe('FORBIDDEN');
      // The audit log keeps the fact, not the volunteer's name.
      expect((await auditOf('incident.witness_added')).map((e) => e.detail).join()).not.toMatch(
        /Camille|Jo Bloggs/,
      );

      expect(await as('utopia rep').incident.close({ platform: 'calais', incidentId: id })).toEqual(
        {
          id,
          closedAt: f.clock.now().toISOString(),
          witnessesErased: 2,
        },
      );
      const left = await f.db
        .selectFrom('incidentWitnesses')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(left.n)).toBe(0);
      expect((await refusal(add('Late Witness'))).code).toBe('PRECONDITION_FAILED');
      expect(
        (
          await refusal(
            as('utopia rep').incident.update({
              platform: 'calais',
              incidentId: id,
              draft: baseDraft,
            }),
          )
        ).message,
      ).toMatch(/closed/);
      expect(
        await as('utopia rep').incident.close({ platform: 'calais', incidentId: id }),
      ).toMatchObject({ witnessesErased: 0 });
      expect((await auditOf('incident.closed')).map((e) => detailOf(e.detail))).toEqual([
        { witnessesErased: 2 },
      ]);
    });

    it('lets no one outside the organisation see or close a shared report’s case', async () => {
      const { id } = await report('utopia field');
      await as('utopia rep').incident.verify({ platform: 'calais', incidentId: id });
      await as('utopia rep').incident.share({
        platform: 'calais',
        incidentId: id,
        groupId: groupG,
      });
      for (const call of [
        as('ecpat rep').incident.listWitnesses({ platform: 'calais', incidentId: id }),
        as('ecpat admin').incident.close({ platform: 'calais', incidentId: id }),
        as('ecpat rep').incident.addFollowup({
          platform: 'calais',
          incidentId: id,
          followup: { kind: 'complaint', filedOn: '2026-11-26', outcome: 'pending', notes: '' },
        }),
      ]) {
        expect((await refusal(call)).code).toBe('FORBIDDEN');
      }
    });
  });

  describe('follow-ups', () => {
    it('records a referral to the Défenseur des droits and its outcome', async () => {
      const { id } = await report('utopia field');
      const { warnings } = await as('utopia rep').incident.addFollowup({
        platform: 'calais',
        incidentId: id,
        followup: {
          kind: 'defenseur_des_droits',
          filedOn: '2026-11-26',
          outcome: 'pending',
          notes: 'Referral sent by post.',
        },
      });
      expect(warnings).toEqual([]);
      const invalid = await refusal(
        as('utopia rep').incident.addFollowup({
          platform: 'calais',
          incidentId: id,
          followup: { kind: 'complaint', filedOn: '26/11/2026', outcome: 'pending', notes: '' },
        }),
      );
      expect(invalid.code).toBe('BAD_REQUEST');
      const incident = await as('utopia field').incident.get({
        platform: 'calais',
        incidentId: id,
      });
      expect(incident.followups).toMatchObject([
        { kind: 'defenseur_des_droits', filedOn: '2026-11-26', outcome: 'pending' },
      ]);
      expect(await auditOf('incident.followup_added')).toHaveLength(1);
    });

    it('lets the organisation’s rep change a follow-up’s outcome, even after the case is closed, and audits it without the notes', async () => {
      const { id } = await report('utopia field');
      await as('utopia rep').incident.verify({ platform: 'calais', incidentId: id });
      const { id: followupId } = await as('utopia rep').incident.addFollowup({
        platform: 'calais',
        incidentId: id,
        followup: {
          kind: 'complaint',
          filedOn: '2026-11-25',
          outcome: 'pending',
          notes: 'Filed at the commissariat.',
        },
      });
      // Closing erases witnesses; the outcome of a complaint comes months later all the same.
      await as('utopia rep').incident.close({ platform: 'calais', incidentId: id });
      const answer = await as('utopia rep').incident.updateFollowup({
        platform: 'calais',
        incidentId: id,
        followupId,
        outcome: 'upheld',
        notes: 'NOTES-5c1a: upheld, call me at 06 12 34 56 78',
        decidedOn: '2026-11-26',
      });
      expect(answer).toMatchObject({ id: followupId, changed: true });
      expect(answer.warnings.map((w) => w.kind)).toContain('phone');

      const incident = await as('utopia rep').incident.get({ platform: 'calais', incidentId: id });
      expect(incident.followups).toEqual([
        {
          id: followupId,
          kind: 'complaint',
          filedOn: '2026-11-25',
          outcome: 'upheld',
          notes: 'NOTES-5c1a: upheld, call me at 06 12 34 56 78',
          decidedOn: '2026-11-26',
          createdAt: expect.any(String) as string,
          updatedAt: f.clock.now().toISOString(),
        },
      ]);
      const events = await auditOf('incident.followup_updated');
      expect(events.map((e) => detailOf(e.detail))).toEqual([
        {
          followupId,
          outcome: { from: 'pending', to: 'upheld' },
          decidedOn: '2026-11-26',
          notesChanged: true,
        },
      ]);
      expect(events[0]?.detail).not.toContain('NOTES-5c1a');

      // The same change sent again (a retry) changes nothing and is not audited twice.
      expect(
        await as('utopia rep').incident.updateFollowup({
          platform: 'calais',
          incidentId: id,
          followupId,
          outcome: 'upheld',
          notes: 'NOTES-5c1a: upheld, call me at 06 12 34 56 78',
        }),
      ).toMatchObject({ changed: false });
      expect(await auditOf('incident.followup_updated')).toHaveLength(1);
    });

    it('refuses to change a follow-up for anyone but the organisation’s reps, and a date that cannot be', async () => {
      const { id } = await report('utopia field');
      await as('utopia rep').incident.verify({ platform: 'calais', incidentId: id });
      await as('utopia rep').incident.share({
        platform: 'calais',
        incidentId: id,
        groupId: groupG,
      });
      const { id: followupId } = await as('utopia rep').incident.addFollowup({
        platform: 'calais',
        incidentId: id,
        followup: { kind: 'court_action', filedOn: '2026-11-20', outcome: 'pending', notes: '' },
      });
      const change = (who: string, over: Record<string, unknown> = {}) =>
        as(who).incident.updateFollowup({
          platform: 'calais',
          incidentId: id,
          followupId,
          outcome: 'dismissed',
          notes: '',
          ...over,
        });
      // A rep and a coordinator of a group the report is shared with read it, and change nothing.
      expect((await refusal(change('ecpat rep'))).code).toBe('FORBIDDEN');
      expect((await refusal(change('ecpat coordinator'))).code).toBe('FORBIDDEN');
      // The field member who wrote it, and an observer of the organisation.
      expect((await refusal(change('utopia field'))).code).toBe('FORBIDDEN');
      expect((await refusal(change('utopia observer'))).code).toBe('FORBIDDEN');
      // Utopia's rep on Dunkirk: the report is not on that platform.
      expect(
        (
          await refusal(
            as('dunkirk utopia rep').incident.updateFollowup({
              platform: 'dunkirk',
              incidentId: id,
              followupId,
              outcome: 'dismissed',
              notes: '',
            }),
          )
        ).code,
      ).toBe('NOT_FOUND');
      // A follow-up of another report, a decision before the filing or in the future.
      expect((await refusal(change('utopia rep', { followupId: randomUUID() }))).code).toBe(
        'NOT_FOUND',
      );
      const early = await refusal(change('utopia rep', { decidedOn: '2026-11-19' }));
      expect(early).toMatchObject({ code: 'BAD_REQUEST' });
      expect(early.message).toContain('before the follow-up was filed');
      expect((await refusal(change('utopia rep', { decidedOn: '2027-01-10' }))).code).toBe(
        'BAD_REQUEST',
      );
      expect(
        (await refusal(change('utopia rep', { outcome: 'pending', decidedOn: '2026-11-24' }))).code,
      ).toBe('BAD_REQUEST');

      const [followup] = (
        await as('utopia rep').incident.get({ platform: 'calais', incidentId: id })
      ).followups;
      expect(followup).toMatchObject({ outcome: 'pending', decidedOn: null, updatedAt: null });
      expect(await auditOf('incident.followup_updated')).toEqual([]);
    });

    it('keeps follow-up notes blank once retention has redacted the report, changed or new', async () => {
      const { id } = await report('utopia field');
      await as('utopia rep').incident.verify({ platform: 'calais', incidentId: id });
      const { id: followupId } = await as('utopia rep').incident.addFollowup({
        platform: 'calais',
        incidentId: id,
        followup: { kind: 'complaint', filedOn: '2026-11-25', outcome: 'pending', notes: '' },
      });
      await f.db
        .updateTable('incidents')
        .set({ redactedAt: f.clock.now().toISOString(), narrative: '' })
        .where('id', '=', id)
        .execute();
      const refused = await refusal(
        as('utopia rep').incident.updateFollowup({
          platform: 'calais',
          incidentId: id,
          followupId,
          outcome: 'dismissed',
          notes: 'The prosecutor dismissed it.',
        }),
      );
      expect(refused.code).toBe('PRECONDITION_FAILED');
      expect(refused.message).toContain('Leave the notes empty');
      // Nor through a new follow-up.
      const added = await refusal(
        as('utopia rep').incident.addFollowup({
          platform: 'calais',
          incidentId: id,
          followup: {
            kind: 'court_action',
            filedOn: '2026-11-26',
            outcome: 'pending',
            notes: 'Hearing set.',
          },
        }),
      );
      expect(added.code).toBe('PRECONDITION_FAILED');
      await as('utopia rep').incident.updateFollowup({
        platform: 'calais',
        incidentId: id,
        followupId,
        outcome: 'dismissed',
        notes: '',
      });
      const [followup] = (
        await as('utopia rep').incident.get({ platform: 'calais', incidentId: id })
      ).followups;
      expect(followup).toMatchObject({ outcome: 'dismissed', notes: '' });
    });
  });
});
