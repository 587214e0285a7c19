import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scheduleBoard } from '@opale/core';
import { MemoryDocumentStore } from '../src';
import { Client, TestSyncServer, eventually, person } from './harness';

describe('server-side reads and writes', () => {
  let server: TestSyncServer;
  let store: MemoryDocumentStore;
  beforeEach(async () => {
    store = new MemoryDocumentStore();
    server = await TestSyncServer.start({ store, limits: { idleUnloadMs: 50 } });
  });
  afterEach(() => server.stop());

  it('writes on someone’s behalf through the log, and live clients receive it', async () => {
    const watcher = new Client(server, 'schedule:calais', server.signIn(person('w', 'observer')));
    await watcher.synced();
    await server.sync.writeDocument('schedule:calais', 'importer', (doc) => {
      scheduleBoard.writeSeries(doc, 'org-a', 'imported', { serviceType: 'meal' });
    });
    await eventually(() =>
      expect(scheduleBoard.series(watcher.doc).map((s) => s.id)).toEqual(['imported']),
    );
    const stored = await store.load('schedule:calais');
    expect(stored.updates.map((u) => u.author)).toEqual(['importer']);
    watcher.destroy();
  });

  it('reads the current state of a document nobody has open, and unloads it again', async () => {
    await server.sync.writeDocument('capacity:calais', 'someone', (doc) => {
      scheduleBoard.writeSite(doc, 'x', { name: 'kept' });
    });
    const copy = await server.sync.readDocument('capacity:calais');
    expect(scheduleBoard.sites(copy).map((s) => s.fields.name)).toEqual(['kept']);
    // The copy is the reader's own: changing it changes nothing on the server.
    scheduleBoard.writeSite(copy, 'y', { name: 'local only' });
    expect(scheduleBoard.sites(await server.sync.readDocument('capacity:calais'))).toHaveLength(1);
    await eventually(() => expect(server.sync.stats().documents).toBe(0));
  });

  it('writes nothing when the change is empty', async () => {
    await server.sync.writeDocument('schedule:calais', 'someone', () => {});
    expect((await store.load('schedule:calais')).updates).toEqual([]);
  });
});
