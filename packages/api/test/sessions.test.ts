import type { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSessionById, listSessionsOfUser } from '@opale/db';
import { signIn, wrongCredentialsMessage } from '../src/services/sign-in';
import { hashToken } from '../src/services/tokens';
import { createFixture, password, type CookieJar, type Fixture } from './fixture';

const hour = 3_600_000;
const from = (ip: string) => ({ ip, userAgent: 'Mozilla/5.0 (Android 12) Chrome/120' });

describe('sessions', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture();
  });
  afterEach(() => f.close());

  it('issues a new 256-bit token at every sign-in and ends the session the browser held before', async () => {
    const first = await signIn(f.deps, { email: 'rep@calais.test', password }, from('10.0.0.1'));
    if (!first.ok) throw new Error(first.message);
    expect(Buffer.from(first.token, 'base64url')).toHaveLength(32);
    expect(await findSessionById(f.db, first.token)).toBeUndefined(); // only the hash is stored
    expect((await findSessionById(f.db, hashToken(first.token)))?.userId).toBe(first.userId);

    const second = await signIn(
      f.deps,
      { email: 'REP@calais.test ', password, previousToken: first.token },
      from('10.0.0.1'),
    );
    if (!second.ok) throw new Error(second.message);
    expect(second.token).not.toBe(first.token);
    expect(await (await f.callerWithToken(first.token)).account.me()).toBeNull();
    expect((await (await f.callerWithToken(second.token)).account.me())?.user.email).toBe(
      'rep@calais.test',
    );
    expect(f.live.closedSessions).toEqual([hashToken(first.token)]);
  });

  it('ends a session after 12 idle hours, and keeps an active one alive', async () => {
    const idle = await f.signInAs(f.calais.rep.userId);
    const active = await f.signInAs(f.calais.field.userId);
    for (let i = 0; i < 4; i++) {
      f.clock.advance(6 * hour);
      expect(await (await f.callerWithToken(active.token)).account.me()).not.toBeNull();
    }
    expect(await (await f.callerWithToken(idle.token)).account.me()).toBeNull();
    expect(await findSessionById(f.db, hashToken(idle.token))).toBeUndefined();
  });

  it('ends even an active session 14 days after sign-in', async () => {
    const { token } = await f.signInAs(f.calais.rep.userId);
    // A request every 11 hours keeps the idle limit away; only the absolute one can end it.
    for (let elapsed = 11 * hour; elapsed < 14 * 24 * hour; elapsed += 11 * hour) {
      f.clock.advance(11 * hour);
      expect(
        await (await f.callerWithToken(token)).account.me(),
        `after ${elapsed / hour} h`,
      ).not.toBeNull();
    }
    f.clock.current = new Date(Date.parse('2026-11-26T09:00:00.000Z') + 14 * 24 * hour);
    expect(await (await f.callerWithToken(token)).account.me()).toBeNull();
  });

  it('lets a member see their sessions, end one, and sign out everywhere', async () => {
    const phone = await f.signInAs(f.calais.rep.userId);
    const laptop = await f.signInAs(f.calais.rep.userId);
    const jar: CookieJar = { token: laptop.token, expiresAt: undefined };
    const onLaptop = await f.callerWithToken(laptop.token, jar);
    const sessions = await onLaptop.account.sessions();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);

    const phoneSession = sessions.find((s) => !s.current)!;
    await onLaptop.account.endSession({ sessionId: phoneSession.id });
    expect(await (await f.callerWithToken(phone.token)).account.me()).toBeNull();
    expect(jar.token).toBe(laptop.token);

    const other = await f.signInAs(f.calais.rep.userId);
    expect(await (await f.callerWithToken(laptop.token, jar)).account.endAllSessions()).toEqual({
      ended: 2,
    });
    expect(jar.token).toBeUndefined();
    expect(await listSessionsOfUser(f.db, f.calais.rep.userId)).toHaveLength(0);
    expect(await (await f.callerWithToken(other.token)).account.me()).toBeNull();
  });

  it('refuses to end a session of somebody else', async () => {
    const victim = await f.signInAs(f.calais.admin.userId);
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    const error = await rep.account
      .endSession({ sessionId: hashToken(victim.token) })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe('NOT_FOUND');
    expect(await (await f.callerWithToken(victim.token)).account.me()).not.toBeNull();
  });
});

describe('sign-in', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture();
  });
  afterEach(() => f.close());

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await signIn(
      f.deps,
      { email: 'nobody@calais.test', password },
      from('10.0.0.1'),
    );
    const wrong = await signIn(
      f.deps,
      { email: 'rep@calais.test', password: 'wrong' },
      from('10.0.0.1'),
    );
    expect(unknown).toEqual(wrong);
    expect(unknown).toEqual({ ok: false, reason: 'invalid', message: wrongCredentialsMessage });
  });

  it('throttles an account after 5 failures in 15 minutes, from any address, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await signIn(
        f.deps,
        { email: 'rep@calais.test', password: 'guess' + i },
        from(`10.0.1.${i}`),
      );
      expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    }
    const locked = await signIn(f.deps, { email: 'rep@calais.test', password }, from('10.0.2.1'));
    expect(locked).toMatchObject({ ok: false, reason: 'throttled', retryAfterSeconds: 900 });
    if (!locked.ok)
      expect(locked.message).toMatch(/Too many failed sign-ins for this account. Wait 15 minutes/);
    // Other accounts are not affected.
    expect(
      (await signIn(f.deps, { email: 'field@calais.test', password }, from('10.0.2.1'))).ok,
    ).toBe(true);
    f.clock.advance(15 * 60_000 + 1);
    expect(
      (await signIn(f.deps, { email: 'rep@calais.test', password }, from('10.0.2.1'))).ok,
    ).toBe(true);
  });

  it('throttles an address after 20 failures across accounts', async () => {
    for (let i = 0; i < 20; i++) {
      await signIn(f.deps, { email: `guess${i}@calais.test`, password }, from('10.9.9.9'));
    }
    const blocked = await signIn(f.deps, { email: 'rep@calais.test', password }, from('10.9.9.9'));
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
    if (!blocked.ok) expect(blocked.message).toMatch(/from this network/);
    expect(
      (await signIn(f.deps, { email: 'rep@calais.test', password }, from('10.9.9.10'))).ok,
    ).toBe(true);
  });

  it('records sign-ins and failed sign-ins for the platform admin, without the password', async () => {
    await signIn(f.deps, { email: 'rep@calais.test', password: 'wrong-secret' }, from('10.0.0.7'));
    await signIn(f.deps, { email: 'rep@calais.test', password }, from('10.0.0.7'));
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const { events } = await admin.audit.list({ platform: 'calais' });
    const actions = events.map((e) => e.action);
    expect(actions).toContain('auth.sign_in');
    expect(actions).toContain('auth.sign_in_failed');
    expect(JSON.stringify(events)).not.toMatch(/wrong-secret|correct horse/);
    // A Dunkirk admin does not see Calais people's sign-ins.
    const dunkirk = (await f.signInAs(f.dunkirkAdmin.userId)).caller;
    const theirs = await dunkirk.audit.list({ platform: 'dunkirk', action: 'auth.sign_in' });
    expect(theirs.events).toHaveLength(0);
  });
});

describe('password change', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture();
  });
  afterEach(() => f.close());

  it('requires the current password and changes nothing when it is wrong', async () => {
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    const error = await rep.account
      .changePassword({ currentPassword: 'not it', newPassword: 'another long passphrase' })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    expect((error as TRPCError).message).toMatch(/current password is not right/);
    expect(
      (await signIn(f.deps, { email: 'rep@calais.test', password }, from('10.0.0.1'))).ok,
    ).toBe(true);
  });

  it('refuses a new password shorter than 10 characters with a readable message', async () => {
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    const error = await rep.account
      .changePassword({ currentPassword: password, newPassword: 'short' })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const here = await f.signInAs(f.calais.rep.userId);
    const lostPhone = await f.signInAs(f.calais.rep.userId);
    expect(
      await here.caller.account.changePassword({
        currentPassword: password,
        newPassword: 'another long passphrase',
      }),
    ).toEqual({ otherSessionsEnded: 1 });
    expect(await (await f.callerWithToken(here.token)).account.me()).not.toBeNull();
    expect(await (await f.callerWithToken(lostPhone.token)).account.me()).toBeNull();
    expect(
      (await signIn(f.deps, { email: 'rep@calais.test', password }, from('10.0.0.1'))).ok,
    ).toBe(false);
    expect(
      (
        await signIn(
          f.deps,
          { email: 'rep@calais.test', password: 'another long passphrase' },
          from('10.0.0.1'),
        )
      ).ok,
    ).toBe(true);
  });
});
