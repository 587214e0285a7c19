import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findMembership, findUserByEmail } from '@opale/db';
import { createFixture, type CookieJar, type Fixture } from './fixture';

const newAccount = { email: 'sam@utopia.test', name: 'Sam', password: 'a long passphrase' };

async function expectRefusal(promise: Promise<unknown>, code: TRPCError['code'], message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  expect((error as TRPCError).message).toMatch(message);
}

function tokenOf(url: string): string {
  return url.split('/invite/')[1] ?? '';
}

describe('invitations', () => {
  let f: Fixture;
  let admin: Awaited<ReturnType<Fixture['signInAs']>>['caller'];
  beforeEach(async () => {
    f = await createFixture();
    admin = (await f.signInAs(f.calais.admin.userId)).caller;
  });
  afterEach(() => f.close());

  it('creates an account bound to the organisation and role, and signs the new person in', async () => {
    const { url, expiresAt } = await admin.invitation.create({
      platform: 'calais',
      organisationId: f.organisations.ecpat,
      role: 'rep',
    });
    expect(url).toMatch(/^https:\/\/opale\.test\/invite\/[\w-]{40,}$/);
    expect(Date.parse(expiresAt) - f.clock.now().getTime()).toBe(7 * 24 * 3_600_000);

    const jar: CookieJar = { token: undefined, expiresAt: undefined };
    const visitor = await f.callerWithToken(undefined, jar);
    const preview = await visitor.invitation.preview({ token: tokenOf(url) });
    expect(preview).toMatchObject({
      platformName: 'Calais',
      organisationName: 'ecpat',
      role: 'rep',
    });

    const result = await visitor.invitation.accept({
      token: tokenOf(url),
      newAccount: { ...newAccount, locale: 'en' },
    });
    expect(result).toEqual({ platformSlug: 'calais', createdAccount: true });
    expect(jar.token).toBeTruthy();

    const user = await findUserByEmail(f.db, newAccount.email);
    const membership = await findMembership(f.db, user!.id, f.platforms.calais.id);
    expect(membership).toMatchObject({ role: 'rep', organisationId: f.organisations.ecpat });

    const me = await (await f.callerWithToken(jar.token)).account.me();
    expect(me?.user).toMatchObject({ email: newAccount.email, locale: 'en' });
    expect(me?.memberships.map((m) => m.platformSlug)).toEqual(['calais']);
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('adds the platform to an existing account when the person accepts while signed in', async () => {
    const { url } = await admin.invitation.create({
      platform: 'calais',
      organisationId: f.organisations.utopia,
      role: 'field',
    });
    const dunkirk = (await f.signInAs(f.dunkirkAdmin.userId)).caller;
    expect(await dunkirk.invitation.accept({ token: tokenOf(url) })).toEqual({
      platformSlug: 'calais',
      createdAccount: false,
    });
    const me = await dunkirk.account.me();
    expect(me?.memberships.map((m) => [m.platformSlug, m.role]).sort()).toEqual([
      ['calais', 'field'],
      ['dunkirk', 'admin'],
    ]);
  });

  it('refuses an expired invitation and says when it expired', async () => {
    const { url } = await admin.invitation.create({
      platform: 'calais',
      organisationId: f.organisations.ecpat,
      role: 'rep',
    });
    f.clock.advance(7 * 24 * 3_600_000);
    const visitor = await f.anonymous();
    await expectRefusal(
      visitor.invitation.preview({ token: tokenOf(url) }),
      'PRECONDITION_FAILED',
      /expired on 3 December 2026/,
    );
    await expectRefusal(
      visitor.invitation.accept({ token: tokenOf(url), newAccount }),
      'PRECONDITION_FAILED',
      /expired/,
    );
    expect(await findUserByEmail(f.db, newAccount.email)).toBeUndefined();
  });

  it('refuses a second use of the same link', async () => {
    const { url } = await admin.invitation.create({
      platform: 'calais',
      organisationId: f.organisations.ecpat,
      role: 'rep',
    });
    await (await f.anonymous()).invitation.accept({ token: tokenOf(url), newAccount });
    await expectRefusal(
      (await f.anonymous()).invitation.accept({
        token: tokenOf(url),
        newAccount: { ...newAccount, email: 'someone.else@calais.test' },
      }),
      'PRECONDITION_FAILED',
      /already used/,
    );
    expect(await findUserByEmail(f.db, 'someone.else@calais.test')).toBeUndefined();
  });

  it('refuses a revoked invitation, and refuses revoking it twice', async () => {
    const { id, url } = await admin.invitation.create({
      platform: 'calais',
      organisationId: f.organisations.ecpat,
      role: 'rep',
    });
    await admin.invitation.revoke({ platform: 'calais', invitationId: id });
    await expectRefusal(
      (await f.anonymous()).invitation.accept({ token: tokenOf(url), newAccount }),
      'PRECONDITION_FAILED',
      /withdrawn/,
    );
    await expectRefusal(
      admin.invitation.revoke({ platform: 'calais', invitationId: id }),
      'PRECONDITION_FAILED',
      /already revoked/,
    );
    const listed = await admin.invitation.list({ platform: 'calais' });
    expect(listed.map((i) => i.status)).toEqual(['revoked']);
  });

  it('refuses a link that was never issued', async () => {
    await expectRefusal(
      (await f.anonymous()).invitation.preview({ token: 'x'.repeat(43) }),
      'NOT_FOUND',
      /not valid/,
    );
  });

  it('keeps invitations to their platform: another platform cannot revoke them, nor invite into an organisation it lacks', async () => {
    const { id } = await admin.invitation.create({
      platform: 'calais',
      organisationId: f.organisations.ecpat,
      role: 'rep',
    });
    const dunkirk = (await f.signInAs(f.dunkirkAdmin.userId)).caller;
    await expectRefusal(
      dunkirk.invitation.revoke({ platform: 'dunkirk', invitationId: id }),
      'NOT_FOUND',
      /no such invitation on Dunkirk/,
    );
    await expectRefusal(
      dunkirk.invitation.revoke({ platform: 'calais', invitationId: id }),
      'FORBIDDEN',
      /not a member/,
    );
    await expectRefusal(
      dunkirk.invitation.create({
        platform: 'dunkirk',
        organisationId: f.organisations.ecpat,
        role: 'rep',
      }),
      'BAD_REQUEST',
      /not on Dunkirk/,
    );
    expect((await dunkirk.invitation.list({ platform: 'dunkirk' })).length).toBe(0);
  });

  it('refuses to create a second account with an email that already has one', async () => {
    const { url } = await admin.invitation.create({
      platform: 'calais',
      organisationId: f.organisations.ecpat,
      role: 'rep',
    });
    await expectRefusal(
      (await f.anonymous()).invitation.accept({
        token: tokenOf(url),
        newAccount: { ...newAccount, email: f.dunkirkAdmin.email },
      }),
      'CONFLICT',
      /already exists. Sign in first/,
    );
    // The link still works for the right person.
    expect((await (await f.anonymous()).invitation.preview({ token: tokenOf(url) })).role).toBe(
      'rep',
    );
  });

  it('binds an invitation made for an email address to that address', async () => {
    const { url } = await admin.invitation.create({
      platform: 'calais',
      organisationId: f.organisations.ecpat,
      role: 'rep',
      email: 'Invited@Example.org',
    });
    const dunkirk = (await f.signInAs(f.dunkirkAdmin.userId)).caller;
    await expectRefusal(
      dunkirk.invitation.accept({ token: tokenOf(url) }),
      'FORBIDDEN',
      /is for invited@example.org/,
    );
    await (
      await f.anonymous()
    ).invitation.accept({
      token: tokenOf(url),
      newAccount: { ...newAccount, email: 'ignored@calais.test' },
    });
    expect((await findUserByEmail(f.db, 'invited@example.org'))?.name).toBe(newAccount.name);
    expect(await findUserByEmail(f.db, 'ignored@calais.test')).toBeUndefined();
  });

  it('records creation, revocation and acceptance in the audit log', async () => {
    const first = await admin.invitation.create({
      platform: 'calais',
      organisationId: f.organisations.ecpat,
      role: 'rep',
    });
    await admin.invitation.revoke({ platform: 'calais', invitationId: first.id });
    const second = await admin.invitation.create({
      platform: 'calais',
      organisationId: f.organisations.ecpat,
      role: 'field',
    });
    await (await f.anonymous()).invitation.accept({ token: tokenOf(second.url), newAccount });
    const { events } = await admin.audit.list({ platform: 'calais' });
    expect(events.map((e) => e.action).filter((a) => a.startsWith('invitation.'))).toEqual([
      'invitation.accepted',
      'invitation.created',
      'invitation.revoked',
      'invitation.created',
    ]);
    const onlyRevoked = await admin.audit.list({
      platform: 'calais',
      action: 'invitation.revoked',
    });
    expect(onlyRevoked.events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(tokenOf(second.url));
  });
});
