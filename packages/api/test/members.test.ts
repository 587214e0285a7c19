import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findMembershipById, listSessionsOfUser } from '@opale/db';
import { createFixture, type Fixture } from './fixture';
import { refusal } from './refusal';

describe('memberships', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture();
  });
  afterEach(() => f.close());

  it('changes a role, tells live connections, and the new role applies to the next request', async () => {
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const { token } = await f.signInAs(f.calais.observer.userId);
    const observerBefore = await f.callerWithToken(token);
    expect((await refusal(observerBefore.invitation.list({ platform: 'calais' }))).code).toBe(
      'FORBIDDEN',
    );

    await admin.member.changeRole({
      platform: 'calais',
      membershipId: f.calais.observer.membershipId,
      role: 'admin',
    });
    expect(f.live.refreshedUsers).toEqual([f.calais.observer.userId]);
    const observerAfter = await f.callerWithToken(token);
    expect(await observerAfter.invitation.list({ platform: 'calais' })).toEqual([]);

    const { events } = await admin.audit.list({
      platform: 'calais',
      action: 'member.role_changed',
    });
    expect(events[0]?.detail).toEqual({ from: 'observer', to: 'admin' });
  });

  it('hides member emails from everyone but admins', async () => {
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    expect((await rep.member.list({ platform: 'calais' })).every((m) => m.email === null)).toBe(
      true,
    );
    expect((await admin.member.list({ platform: 'calais' })).map((m) => m.email)).toContain(
      'rep@calais.test',
    );
  });

  it('refuses to let the last admin downgrade or remove themselves', async () => {
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const downgrade = await refusal(
      admin.member.changeRole({
        platform: 'calais',
        membershipId: f.calais.admin.membershipId,
        role: 'rep',
      }),
    );
    expect(downgrade.code).toBe('PRECONDITION_FAILED');
    expect(downgrade.message).toMatch(
      /You are the last admin of Calais. Make another member admin first/,
    );
    const removal = await refusal(
      admin.member.remove({ platform: 'calais', membershipId: f.calais.admin.membershipId }),
    );
    expect(removal.code).toBe('PRECONDITION_FAILED');
    expect((await findMembershipById(f.db, f.calais.admin.membershipId))?.role).toBe('admin');
  });

  it('lets an admin step down once another admin exists', async () => {
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    await admin.member.changeRole({
      platform: 'calais',
      membershipId: f.calais.coordinator.membershipId,
      role: 'admin',
    });
    await admin.member.changeRole({
      platform: 'calais',
      membershipId: f.calais.admin.membershipId,
      role: 'rep',
    });
    expect((await findMembershipById(f.db, f.calais.admin.membershipId))?.role).toBe('rep');
    // Now a rep: further admin work is refused.
    expect(
      (
        await refusal(
          admin.member
            .list({ platform: 'calais' })
            .then(() => admin.invitation.list({ platform: 'calais' })),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('removal ends every session of the removed person at once and closes their live connections', async () => {
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const phone = await f.signInAs(f.calais.field.userId);
    const laptop = await f.signInAs(f.calais.field.userId);
    expect(await listSessionsOfUser(f.db, f.calais.field.userId)).toHaveLength(2);

    expect(
      await admin.member.remove({ platform: 'calais', membershipId: f.calais.field.membershipId }),
    ).toEqual({ sessionsEnded: 2 });
    expect(await listSessionsOfUser(f.db, f.calais.field.userId)).toHaveLength(0);
    expect(f.live.closedSessions).toHaveLength(2);
    for (const { token } of [phone, laptop]) {
      const caller = await f.callerWithToken(token);
      expect((await refusal(caller.member.list({ platform: 'calais' }))).code).toBe('UNAUTHORIZED');
    }
  });

  it('refuses to act on a membership of another platform', async () => {
    const dunkirk = (await f.signInAs(f.dunkirkAdmin.userId)).caller;
    const error = await refusal(
      dunkirk.member.remove({ platform: 'dunkirk', membershipId: f.calais.rep.membershipId }),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect((await findMembershipById(f.db, f.calais.rep.membershipId))?.role).toBe('rep');
  });

  it('ends a member\u2019s sessions without removing them', async () => {
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const { token } = await f.signInAs(f.calais.rep.userId);
    await admin.member.endSessions({ platform: 'calais', membershipId: f.calais.rep.membershipId });
    expect(await (await f.callerWithToken(token)).account.me()).toBeNull();
    expect((await findMembershipById(f.db, f.calais.rep.membershipId))?.role).toBe('rep');
  });
});

describe('organisations', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture();
  });
  afterEach(() => f.close());

  it('creates an organisation on the platform with its flags, and adds an existing one from another platform', async () => {
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    await admin.organisation.create({
      platform: 'calais',
      name: 'La Vie Active',
      shortName: 'LVA',
      kind: 'state_service',
      stateMandated: true,
      publiclyFunded: true,
      contactEmail: '',
    });
    expect(
      (await admin.organisation.listAddable({ platform: 'calais' })).map((o) => o.name),
    ).toEqual(['salam']);
    await admin.organisation.attach({ platform: 'calais', organisationId: f.organisations.salam });
    const listed = await admin.organisation.list({ platform: 'calais' });
    expect(listed.map((o) => o.name)).toEqual(['ecpat', 'La Vie Active', 'salam', 'utopia']);
    expect(listed.find((o) => o.shortName === 'LVA')).toMatchObject({
      stateMandated: true,
      publiclyFunded: true,
      contactEmail: null,
    });
  });

  it('explains a bad organisation form field by field', async () => {
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const error = await refusal(
      admin.organisation.create({
        platform: 'calais',
        name: 'X',
        shortName: '',
        kind: 'association',
        website: 'nope',
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
  });

  it('refuses to remove an organisation that still has members on the platform', async () => {
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const error = await refusal(
      admin.organisation.detach({ platform: 'calais', organisationId: f.organisations.utopia }),
    );
    expect(error.message).toMatch(/still has 5 member\(s\) on Calais/);
    await admin.organisation.detach({ platform: 'calais', organisationId: f.organisations.ecpat });
    expect((await admin.organisation.list({ platform: 'calais' })).map((o) => o.name)).toEqual([
      'utopia',
    ]);
  });
});
