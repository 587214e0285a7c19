import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scheduleBoard } from '@opale/core';
import { Client, TestSyncServer, connectRaw, eventually, person } from './harness';

describe('connect and authenticate', () => {
  let server: TestSyncServer;
  const clients: Client[] = [];
  beforeEach(async () => {
    server = await TestSyncServer.start();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.stop();
  });

  it('syncs a stock y-websocket client and relays edits live to another', async () => {
    const rep = server.signIn(person('rep', 'rep', 'org-a'));
    const field = server.signIn(person('field', 'field', 'org-b'));
    const a = new Client(server, 'schedule:calais', rep);
    const b = new Client(server, 'schedule:calais', field);
    clients.push(a, b);
    await Promise.all([a.synced(), b.synced()]);
    scheduleBoard.writeSeries(a.doc, 'org-a', 's1', {
      siteId: 'site-1',
      serviceType: 'meal',
      rrule: 'FREQ=DAILY',
    });
    await eventually(() =>
      expect(scheduleBoard.series(b.doc).map((s) => s.fields.serviceType)).toEqual(['meal']),
    );
  });

  it('refuses an upgrade without a session with 4401', async () => {
    expect(await connectRaw(`${server.url}/schedule:calais`, null)).toMatchObject({ code: 4401 });
  });

  it('refuses a foreign Origin before upgrading, with HTTP 403', async () => {
    const s = server.signIn(person('rep', 'rep'));
    expect(await connectRaw(`${server.url}/schedule:calais`, s, 'https://evil.example')).toEqual({
      status: 403,
    });
  });

  it('refuses an unknown document with 4404 and another platform’s with 4403', async () => {
    const s = server.signIn(person('rep', 'rep', 'org-a', ['calais']));
    expect(await connectRaw(`${server.url}/notes:calais`, s)).toMatchObject({ code: 4404 });
    expect(await connectRaw(`${server.url}/schedule:lille`, s)).toMatchObject({ code: 4404 });
    expect(await connectRaw(`${server.url}/schedule:dunkirk`, s)).toMatchObject({ code: 4403 });
  });

  it('stops a stock client from reconnecting after a 44xx refusal', async () => {
    const s = server.signIn(person('rep', 'rep', 'org-a', ['calais']));
    const c = new Client(server, 'schedule:dunkirk', s);
    clients.push(c);
    await eventually(() =>
      expect(c.closes).toEqual([{ code: 4403, reason: 'You are not a member of this platform.' }]),
    );
    expect(c.provider.shouldConnect).toBe(false);
  });

  it('limits new connections per address with HTTP 429', async () => {
    await server.stop();
    server = await TestSyncServer.start({ limits: { connectionsPerWindow: 3 } });
    const s = server.signIn(person('rep', 'rep'));
    const results = [];
    for (let i = 0; i < 4; i++) {
      const r = await Promise.race([
        connectRaw(`${server.url}/schedule:calais`, s),
        new Promise<{ open: true }>((resolve) => setTimeout(() => resolve({ open: true }), 300)),
      ]);
      results.push(r);
    }
    expect(results.slice(0, 3)).toEqual([{ open: true }, { open: true }, { open: true }]);
    expect(results[3]).toEqual({ status: 429 });
  });
});
