import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isGroupMember, updateOrganisation } from '@opale/db';
import { createFixture, type Fixture } from './fixture';
import { refusal } from './refusal';

describe('groups', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture();
  });
  afterEach(() => f.close());

  it('adds an organisation to a coalition at once', async () => {
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const { id } = await admin.group.create({
      platform: 'calais',
      name: 'Child protection',
      kind: 'coalition',
    });
    expect(
      await admin.group.addOrganisation({
        platform: 'calais',
        groupId: id,
        organisationId: f.organisations.ecpat,
      }),
    ).toEqual({
      status: 'member',
    });
    expect(await isGroupMember(f.db, id, f.organisations.ecpat)).toBe(true);
  });

  it('only invites a state-mandated or publicly funded organisation to an advocacy group, until its own rep consents', async () => {
    await updateOrganisation(f.db, f.organisations.utopia, { publiclyFunded: 1 });
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const { id } = await admin.group.create({
      platform: 'calais',
      name: 'Safe routes advocacy',
      kind: 'advocacy',
    });
    expect(
      await admin.group.addOrganisation({
        platform: 'calais',
        groupId: id,
        organisationId: f.organisations.utopia,
      }),
    ).toEqual({
      status: 'invited',
    });
    expect(await isGroupMember(f.db, id, f.organisations.utopia)).toBe(false);
    // A field member of that organisation cannot consent for it.
    const field = (await f.signInAs(f.calais.field.userId)).caller;
    expect(
      (
        await refusal(
          field.group.answerInvitation({ platform: 'calais', groupId: id, accept: true }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    const listed = await rep.group.list({ platform: 'calais' });
    expect(listed[0]?.myOrganisationStatus).toBe('invited');
    await rep.group.answerInvitation({ platform: 'calais', groupId: id, accept: true });
    expect(await isGroupMember(f.db, id, f.organisations.utopia)).toBe(true);
    const again = await refusal(
      rep.group.answerInvitation({ platform: 'calais', groupId: id, accept: false }),
    );
    expect(again.message).toMatch(/no open invitation/);
  });

  it('lets a rep decline, which leaves the organisation out', async () => {
    await updateOrganisation(f.db, f.organisations.utopia, { stateMandated: 1 });
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const { id } = await admin.group.create({
      platform: 'calais',
      name: 'Advocacy',
      kind: 'advocacy',
    });
    await admin.group.addOrganisation({
      platform: 'calais',
      groupId: id,
      organisationId: f.organisations.utopia,
    });
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    expect(
      await rep.group.answerInvitation({ platform: 'calais', groupId: id, accept: false }),
    ).toEqual({ status: null });
    expect((await rep.group.list({ platform: 'calais' }))[0]?.organisations).toEqual([]);
  });

  it('keeps groups to their platform', async () => {
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const { id } = await admin.group.create({
      platform: 'calais',
      name: 'Coalition',
      kind: 'coalition',
    });
    const dunkirk = (await f.signInAs(f.dunkirkAdmin.userId)).caller;
    expect((await refusal(dunkirk.group.remove({ platform: 'dunkirk', groupId: id }))).code).toBe(
      'NOT_FOUND',
    );
    expect(await dunkirk.group.list({ platform: 'dunkirk' })).toEqual([]);
    const salamOnCalais = await refusal(
      admin.group.addOrganisation({
        platform: 'calais',
        groupId: id,
        organisationId: f.organisations.salam,
      }),
    );
    expect(salamOnCalais.message).toMatch(/not on Calais/);
  });

  it('records group changes in the audit trail', async () => {
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const { id } = await admin.group.create({
      platform: 'calais',
      name: 'Coalition',
      kind: 'coalition',
    });
    await admin.group.addOrganisation({
      platform: 'calais',
      groupId: id,
      organisationId: f.organisations.ecpat,
    });
    await admin.group.removeOrganisation({
      platform: 'calais',
      groupId: id,
      organisationId: f.organisations.ecpat,
    });
    await admin.group.remove({ platform: 'calais', groupId: id });
    const { events } = await admin.audit.list({ platform: 'calais' });
    expect(events.map((e) => e.action).filter((a) => a.startsWith('group.'))).toEqual([
      'group.removed',
      'group.organisation_removed',
      'group.organisation_added',
      'group.created',
    ]);
  });
});
