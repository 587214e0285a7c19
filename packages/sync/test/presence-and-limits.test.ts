import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { scheduleBoard } from '@opale/core';
import { MemoryDocumentStore } from '../src';
import { Client, TestSyncServer, eventually, person, sleep, socketClass } from './harness';

describe('presence', () => {
  let server: TestSyncServer;
  const clients: Client[] = [];
  beforeEach(async () => {
    server = await TestSyncServer.start();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.stop();
  });

  it('stamps each presence with the identity the server knows, whatever the client claims', async () => {
    const a = new Client(server, 'schedule:calais', server.signIn(person('alice', 'rep', 'org-a')));
    const b = new Client(server, 'schedule:calais', server.signIn(person('bob', 'field', 'org-b')));
    clients.push(a, b);
    await Promise.all([a.synced(), b.synced()]);
    a.provider.awareness.setLocalState({
      user: { name: 'The Prefect', organisationId: 'org-b' },
      focus: 'series:s1',
    });
    await eventually(() => {
      const seen = b.provider.awareness.getStates().get(a.doc.clientID);
      expect(seen).toEqual({
        focus: 'series:s1',
        user: {
          userId: 'alice',
          name: 'alice (rep)',
          organisationId: 'org-a',
          organisationName: 'ORG-A',
          role: 'rep',
        },
      });
    });
  });

  it('does not let a connection speak for another awareness client', async () => {
    const a = new Client(server, 'schedule:calais', server.signIn(person('alice', 'rep', 'org-a')));
    const b = new Client(server, 'schedule:calais', server.signIn(person('bob', 'field', 'org-b')));
    clients.push(a, b);
    await Promise.all([a.synced(), b.synced()]);
    b.provider.awareness.setLocalState({ focus: 'b' });
    await eventually(() =>
      expect(a.provider.awareness.getStates().get(b.doc.clientID)).toBeTruthy(),
    );
    // alice forges an awareness update for bob's client id.
    const forged = new Y.Doc();
    forged.clientID = b.doc.clientID;
    const { Awareness, encodeAwarenessUpdate } = await import('y-protocols/awareness');
    const fake = new Awareness(forged);
    fake.setLocalState({ focus: 'forged' });
    for (let i = 0; i < 5; i++) fake.setLocalState({ focus: 'forged', n: i });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(fake, [forged.clientID]));
    a.provider.ws!.send(encoding.toUint8Array(encoder));
    await sleep(100);
    expect(a.provider.awareness.getStates().get(b.doc.clientID)).toMatchObject({ focus: 'b' });
  });

  it('lets nobody claim a presence another connection holds, and ignores echoed states', async () => {
    const a = new Client(server, 'schedule:calais', server.signIn(person('alice', 'rep', 'org-a')));
    clients.push(a);
    await a.synced();
    a.provider.awareness.setLocalState({ focus: 'x'.repeat(400) });
    const b = new Client(server, 'schedule:calais', server.signIn(person('bob', 'field', 'org-b')));
    clients.push(b);
    await b.synced();
    await eventually(() => expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(true));
    // A raw connection whose first message is an echo of alice's state, then its own.
    const raw = new (socketClass(server.signIn(person('carol', 'field', 'org-c'))))(
      `${server.url}/schedule:calais`,
    );
    await new Promise((resolve) => raw.once('message', resolve));
    const { Awareness, encodeAwarenessUpdate } = await import('y-protocols/awareness');
    const echo = encoding.createEncoder();
    encoding.writeVarUint(echo, 1);
    encoding.writeVarUint8Array(
      echo,
      encodeAwarenessUpdate(a.provider.awareness, [a.doc.clientID]),
    );
    raw.send(encoding.toUint8Array(echo));
    const own = new Awareness(new Y.Doc());
    own.setLocalState({ focus: 'carol here' });
    const mine = encoding.createEncoder();
    encoding.writeVarUint(mine, 1);
    encoding.writeVarUint8Array(mine, encodeAwarenessUpdate(own, [own.clientID]));
    raw.send(encoding.toUint8Array(mine));
    await eventually(() =>
      expect(b.provider.awareness.getStates().get(own.clientID)).toMatchObject({
        focus: 'carol here',
      }),
    );
    expect(raw.readyState).toBe(WebSocket.OPEN);
    raw.close();
  });

  it('does not close a connection for someone else’s large presence echoed back', async () => {
    await server.stop();
    server = await TestSyncServer.start({ limits: { maxAwarenessBytes: 300 } });
    const a = new Client(server, 'schedule:calais', server.signIn(person('alice', 'rep', 'org-a')));
    const b = new Client(server, 'schedule:calais', server.signIn(person('bob', 'field', 'org-b')));
    clients.push(a, b);
    await Promise.all([a.synced(), b.synced()]);
    b.provider.awareness.setLocalState({ focus: 'b' });
    // Just under the limit as alice sends it; over it once the server has stamped it.
    a.provider.awareness.setLocalState({ focus: 'x'.repeat(250) });
    await eventually(() =>
      expect(b.provider.awareness.getStates().get(a.doc.clientID)).toBeTruthy(),
    );
    await sleep(200);
    expect(b.closes).toEqual([]);
    expect(b.provider.wsconnected).toBe(true);
  });

  it('removes a presence when its connection closes', async () => {
    const a = new Client(server, 'schedule:calais', server.signIn(person('alice', 'rep', 'org-a')));
    const b = new Client(server, 'schedule:calais', server.signIn(person('bob', 'field', 'org-b')));
    clients.push(a, b);
    await Promise.all([a.synced(), b.synced()]);
    // A state at clock 0 (the client's initial `{}`) is never relayed by y-protocols; announce one.
    a.provider.awareness.setLocalState({ focus: 'board' });
    await eventually(() => expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(true));
    a.disconnect();
    await eventually(() =>
      expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(false),
    );
  });

  it('keeps a presence that a newer connection holds when an older one closes late', async () => {
    const alice = person('alice', 'rep', 'org-a');
    const a = new Client(server, 'schedule:calais', server.signIn(alice));
    const b = new Client(server, 'schedule:calais', server.signIn(person('bob', 'field', 'org-b')));
    clients.push(a, b);
    await Promise.all([a.synced(), b.synced()]);
    // An older socket of the same client (say, before a network change) still speaks for it.
    const stale = new (socketClass(server.signIn(alice)))(`${server.url}/schedule:calais`);
    await new Promise((resolve) => stale.once('message', resolve));
    const { Awareness, encodeAwarenessUpdate } = await import('y-protocols/awareness');
    const twin = new Y.Doc();
    twin.clientID = a.doc.clientID;
    const old = new Awareness(twin);
    old.setLocalState({ focus: 'old' });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(old, [twin.clientID]));
    stale.send(encoding.toUint8Array(encoder));
    await sleep(50);
    for (let i = 0; i < 3; i++) a.provider.awareness.setLocalState({ focus: `new-${i}` });
    await eventually(() =>
      expect(b.provider.awareness.getStates().get(a.doc.clientID)).toMatchObject({
        focus: 'new-2',
      }),
    );
    // y-protocols makes a client re-announce itself when told it left, so watch for the gap.
    const removed: number[] = [];
    b.provider.awareness.on('change', (change: { removed: number[] }) =>
      removed.push(...change.removed),
    );
    stale.close();
    await sleep(150);
    expect(removed).toEqual([]);
    expect(b.provider.awareness.getStates().get(a.doc.clientID)).toMatchObject({ focus: 'new-2' });
  });

  it('drops the connection and presence of a phone that stopped answering', async () => {
    await server.stop();
    server = await TestSyncServer.start({ limits: { heartbeatMs: 100 } });
    const a = new Client(server, 'schedule:calais', server.signIn(person('alice', 'rep', 'org-a')));
    const b = new Client(server, 'schedule:calais', server.signIn(person('bob', 'field', 'org-b')));
    clients.push(a, b);
    await Promise.all([a.synced(), b.synced()]);
    a.provider.awareness.setLocalState({ focus: 'board' });
    await eventually(() => expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(true));
    // The phone goes into a tunnel: it reads nothing more, so it answers no ping.
    (a.provider.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    await eventually(
      () => expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(false),
      2000,
    );
    expect(server.sync.stats().connections).toBe(1);
  });

  it('shares presence only within the document: another board does not see it', async () => {
    const a = new Client(server, 'schedule:calais', server.signIn(person('alice', 'rep', 'org-a')));
    const other = new Client(
      server,
      'capacity:calais',
      server.signIn(person('bob', 'field', 'org-b')),
    );
    clients.push(a, other);
    await Promise.all([a.synced(), other.synced()]);
    a.provider.awareness.setLocalState({ focus: 'board' });
    await sleep(100);
    expect([...other.provider.awareness.getStates().keys()]).toEqual([other.doc.clientID]);
  });
});

describe('bad input', () => {
  let server: TestSyncServer;
  let healthy: Client;
  let writer: Client;
  beforeEach(async () => {
    server = await TestSyncServer.start({
      limits: { maxMessageBytes: 64 * 1024, maxAwarenessBytes: 512 },
    });
    healthy = new Client(
      server,
      'schedule:calais',
      server.signIn(person('watch', 'coordinator', 'org-a')),
    );
    writer = new Client(
      server,
      'schedule:calais',
      server.signIn(person('write', 'coordinator', 'org-b')),
    );
    await Promise.all([healthy.synced(), writer.synced()]);
  });
  afterEach(async () => {
    healthy.destroy();
    writer.destroy();
    await server.stop();
  });

  async function rawSocket(): Promise<WebSocket> {
    const ws = new (socketClass(
      server.signIn(person(`raw${Math.random()}`, 'coordinator', 'org-c')),
    ))(`${server.url}/schedule:calais`);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return ws;
  }

  function closed(ws: WebSocket): Promise<number> {
    return new Promise((resolve) => ws.once('close', (code) => resolve(code)));
  }

  async function stillServing() {
    scheduleBoard.writeSite(writer.doc, `after-${Math.random()}`, { name: 'still here' });
    const before = scheduleBoard.sites(healthy.doc).length;
    await eventually(() => expect(scheduleBoard.sites(healthy.doc).length).toBe(before + 1));
  }

  const frames: [string, Uint8Array][] = [
    ['an unknown message type', Uint8Array.of(9, 1, 2)],
    ['a truncated sync message', Uint8Array.of(0, 2, 200)],
    ['an unknown sync step', Uint8Array.of(0, 7, 0)],
    ['an empty frame', new Uint8Array(0)],
    ['a truncated awareness message', Uint8Array.of(1, 10, 1)],
    ['garbage in an update', Uint8Array.of(0, 2, 5, 1, 255, 255, 255, 255)],
  ];
  for (const [what, frame] of frames) {
    it(`closes only the connection that sends ${what}`, async () => {
      const ws = await rawSocket();
      const code = closed(ws);
      ws.send(frame);
      expect([4400, 4409]).toContain(await code);
      expect(healthy.provider.wsconnected && writer.provider.wsconnected).toBe(true);
      await stillServing();
    });
  }

  it('closes a connection that sends a text frame', async () => {
    const ws = await rawSocket();
    const code = closed(ws);
    ws.send('hello');
    expect(await code).toBe(4400);
    await stillServing();
  });

  it('closes a connection whose frame exceeds the message limit (1009) and keeps serving', async () => {
    const ws = await rawSocket();
    const code = closed(ws);
    ws.send(new Uint8Array(65 * 1024));
    expect(await code).toBe(1009);
    await stillServing();
  });

  it('closes a connection whose presence state is too large', async () => {
    const ws = await rawSocket();
    const code = closed(ws);
    const doc = new Y.Doc();
    const { Awareness, encodeAwarenessUpdate } = await import('y-protocols/awareness');
    const awareness = new Awareness(doc);
    awareness.setLocalState({ blob: 'x'.repeat(1000) });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [doc.clientID]));
    ws.send(encoding.toUint8Array(encoder));
    expect(await code).toBe(4400);
    await stillServing();
  });

  it('survives random frames from many connections', async () => {
    for (let i = 0; i < 20; i++) {
      const ws = await rawSocket();
      const code = closed(ws);
      const frame = new Uint8Array(1 + Math.floor(Math.random() * 64)).map(() =>
        Math.floor(Math.random() * 256),
      );
      ws.send(frame);
      // Random bytes may happen to be a valid message; then the socket stays open and we close it.
      const outcome = await Promise.race([code, sleep(150).then(() => 'open' as const)]);
      if (outcome === 'open') ws.close();
    }
    await stillServing();
  });
});

describe('durability', () => {
  it('loads a document as snapshot plus tail after compaction, and unloads idle documents', async () => {
    const store = new MemoryDocumentStore();
    const server = await TestSyncServer.start({
      store,
      limits: { compactAfterUpdates: 5, idleUnloadMs: 50 },
    });
    const c = new Client(
      server,
      'schedule:calais',
      server.signIn(person('coord', 'coordinator', 'org-a')),
    );
    await c.synced();
    for (let i = 0; i < 12; i++) {
      scheduleBoard.writeSite(c.doc, `s${i}`, { name: `site ${i}` });
      await sleep(5);
    }
    await eventually(async () => {
      const stored = await store.load('schedule:calais');
      expect(stored.snapshot).not.toBeNull();
      expect(stored.updates.length).toBe(2);
    });
    c.destroy();
    await eventually(() => expect(server.sync.stats().documents).toBe(0));
    const stored = await store.load('schedule:calais');
    expect(stored.updates).toEqual([]); // compacted on unload
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, stored.snapshot!);
    expect(scheduleBoard.sites(reloaded)).toHaveLength(12);
    await server.stop();
  });

  it('refuses updates past the document size limit', async () => {
    const server = await TestSyncServer.start({ limits: { maxDocumentBytes: 2000 } });
    const c = new Client(
      server,
      'schedule:calais',
      server.signIn(person('coord', 'coordinator', 'org-a')),
    );
    await c.synced();
    scheduleBoard.writeSite(c.doc, 'big', { name: 'x'.repeat(3000) });
    await eventually(() => expect(c.closes.map((x) => x.code)).toContain(4413));
    c.destroy();
    await server.stop();
  });
});
