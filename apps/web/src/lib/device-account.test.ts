/**
 * The device's copy of the signed-in account, through the app's real query client and a real
 * tRPC client talking HTTP to a server that answers `account.me` as Opale's does: a member, null
 * (nobody signed in), or UNAUTHORIZED; and to a port where nothing listens (no network).
 */
import type { AddressInfo } from 'node:net';
import { onlineManager, QueryObserver, type QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { initTRPC, TRPCError } from '@trpc/server';
import { createHTTPServer } from '@trpc/server/adapters/standalone';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  accountView,
  deviceAccount,
  forgetDeviceAccount,
  keepServerAnswer,
  rememberAccount,
  type AccountView,
} from './device-account';
import { createQueryClient } from './query-client';
import { endLocalSession, type Me } from './session';

/** Web Storage as a browser keeps it, for Node (which has no localStorage). */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const field: Me = {
  user: { id: 'u-field', email: 'field.calais@demo.opale', name: 'Alex', locale: 'en' },
  memberships: [
    {
      id: 'm-1',
      role: 'field',
      platformId: 'p-calais',
      platformSlug: 'calais',
      platformName: 'Calais',
      organisationId: 'o-rck',
      organisationName: 'Refugee Community Kitchen',
      organisationShortName: 'RCK',
    },
  ],
};

// --- a server that answers account.me as Opale's does ------------------------------------------

type Answer = { kind: 'member'; me: Me } | { kind: 'nobody' } | { kind: 'session-refused' };
let answer: Answer = { kind: 'member', me: field };

const t = initTRPC.create();
const router = t.router({
  account: t.router({
    me: t.procedure.query((): Me | null => {
      if (answer.kind === 'member') return answer.me;
      if (answer.kind === 'nobody') return null;
      throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Your session has ended.' });
    }),
  }),
});

const server = createHTTPServer({ router });
let serverUrl = '';
/** A loopback port where nothing listens: the request never reaches a server. */
let deadUrl = '';

beforeAll(async () => {
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createHTTPServer({ router });
  await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening));
  deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((done) => closed.close(done));
});
afterAll(() => new Promise((done) => server.close(done)));

// --- the query, as useMe runs it ------------------------------------------------------------------

const meKey = [['account', 'me'], { type: 'query' }];
let queryClient: QueryClient;

/**
 * Runs the app's `account.me` query against `url` until `until` holds, applying what useMe does
 * on every change (keep the server's answer), and returns what the layout would show.
 */
async function askServer(url: string, until: (view: AccountView) => boolean): Promise<AccountView> {
  const client = createTRPCClient<typeof router>({ links: [httpBatchLink({ url })] });
  const observer = new QueryObserver(queryClient, {
    queryKey: meKey,
    queryFn: () => client.account.me.query(),
  });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error('the account query never settled')), 10_000);
    const look = (result: ReturnType<typeof observer.getCurrentResult>) => {
      keepServerAnswer(result);
      const view = accountView(result, deviceAccount());
      if (!until(view)) return;
      clearTimeout(timer);
      unsubscribe();
      done(view);
    };
    const unsubscribe = observer.subscribe(look);
    // Offline, the query pauses as it subscribes, before any change to be told about.
    look(observer.getCurrentResult());
  });
}

const settled = (view: AccountView) => view.kind !== 'loading';

beforeEach(() => {
  globalThis.localStorage = new MemoryStorage();
  queryClient = createQueryClient();
  answer = { kind: 'member', me: field };
});
afterEach(() => {
  queryClient.clear();
  onlineManager.setOnline(true);
});

describe('the device’s copy of the account', () => {
  it('keeps the server’s answer on the device, with when the server confirmed it', async () => {
    const view = await askServer(serverUrl, settled);
    expect(view).toEqual({ kind: 'live', me: field });
    const kept = deviceAccount();
    expect(kept?.me).toEqual(field);
    expect(Date.now() - Date.parse(kept?.savedAt ?? '')).toBeLessThan(60_000);
  });

  it('stands in when the request cannot reach the server, and says since when', async () => {
    rememberAccount(field, new Date('2026-11-20T08:30:00Z'));
    const view = await askServer(deadUrl, settled);
    expect(view).toEqual({ kind: 'device-copy', me: field, savedAt: '2026-11-20T08:30:00.000Z' });
    // The failure keeps the copy as it was.
    expect(deviceAccount()?.savedAt).toBe('2026-11-20T08:30:00.000Z');
  });

  it('stands in while the browser says it is offline, before any request is sent', async () => {
    rememberAccount(field, new Date('2026-11-20T08:30:00Z'));
    onlineManager.setOnline(false);
    const view = await askServer(serverUrl, settled);
    expect(view.kind).toBe('device-copy');
  });

  it('says the server is unreachable when this device keeps no copy', async () => {
    onlineManager.setOnline(false);
    expect(await askServer(serverUrl, settled)).toEqual({ kind: 'unreachable' });
  });

  it('gives way to the server’s answer as soon as it comes back', async () => {
    rememberAccount(field, new Date('2026-11-20T08:30:00Z'));
    const renamed: Me = { ...field, user: { ...field.user, name: 'Alex B.' } };
    answer = { kind: 'member', me: renamed };
    expect(await askServer(serverUrl, settled)).toEqual({ kind: 'live', me: renamed });
    expect(deviceAccount()?.me.user.name).toBe('Alex B.');
  });

  it('is deleted, never used, once the server says nobody is signed in', async () => {
    rememberAccount(field);
    answer = { kind: 'nobody' };
    expect(await askServer(serverUrl, settled)).toEqual({ kind: 'signed-out' });
    expect(deviceAccount()).toBeNull();
  });

  it('is deleted, never used, once the server refuses the session (401)', async () => {
    rememberAccount(field);
    answer = { kind: 'session-refused' };
    expect(await askServer(serverUrl, settled)).toEqual({ kind: 'signed-out' });
    expect(deviceAccount()).toBeNull();
    // Offline afterwards, there is nothing left to open the app with.
    expect(await askServer(deadUrl, settled)).toEqual({ kind: 'unreachable' });
  });

  it('is deleted when the person signs out, with every cached answer', async () => {
    await askServer(serverUrl, settled);
    expect(deviceAccount()).not.toBeNull();
    await endLocalSession(queryClient, meKey, { forgetDevice: true });
    expect(deviceAccount()).toBeNull();
    expect(queryClient.getQueryData(meKey)).toBeNull();
  });

  it('is deleted too when the session merely ended (the board copies stay for later)', async () => {
    rememberAccount(field);
    await endLocalSession(queryClient, meKey);
    expect(deviceAccount()).toBeNull();
  });

  it('ignores a stored copy it cannot read, and storage that refuses to work', () => {
    localStorage.setItem('opale.account', '{"me":{"user":{}},"savedAt":"yesterday"}');
    expect(deviceAccount()).toBeNull();
    localStorage.setItem('opale.account', 'not json');
    expect(deviceAccount()).toBeNull();
    const broken = new MemoryStorage();
    broken.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    globalThis.localStorage = broken;
    expect(() => rememberAccount(field)).not.toThrow();
    expect(deviceAccount()).toBeNull();
    forgetDeviceAccount();
  });
});
