import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { capacityBoard, scheduleBoard, translateMessage, type OccurrenceState } from '@opale/core';
import { Client, TestSyncServer, eventually, person, sleep } from './harness';

const done: OccurrenceState = {
  status: 'done',
  servedCount: 120,
  note: null,
  by: 'x',
  at: '2026-11-26T12:00:00Z',
};

describe('write rules on live documents', () => {
  let server: TestSyncServer;
  const clients: Client[] = [];
  const open = async (docName: string, sessionId: string) => {
    const c = new Client(server, docName, sessionId);
    clients.push(c);
    await c.synced();
    return c;
  };
  /** A second client of the same document that only watches, to prove nothing was relayed. */
  let watcher: Client;
  beforeEach(async () => {
    server = await TestSyncServer.start();
    watcher = await open('schedule:calais', server.signIn(person('coord', 'coordinator', 'org-c')));
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.stop();
  });

  async function serverState(docName: string): Promise<Y.Doc> {
    const stored = await server.store.load(docName);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(doc, u.bytes);
    return doc;
  }

  it('lets a rep write their own organisation’s series, and relays it', async () => {
    const rep = await open('schedule:calais', server.signIn(person('rep-a', 'rep', 'org-a')));
    scheduleBoard.writeSeries(rep.doc, 'org-a', 's1', { serviceType: 'meal' });
    await eventually(() => expect(scheduleBoard.series(watcher.doc)).toHaveLength(1));
    expect(scheduleBoard.series(await serverState('schedule:calais'))).toHaveLength(1);
  });

  it('refuses a rep writing under another organisation’s root: not applied, stored or relayed; the client resets', async () => {
    const rep = await open('schedule:calais', server.signIn(person('rep-a', 'rep', 'org-a')));
    scheduleBoard.writeSeries(rep.doc, 'org-b', 's1', { serviceType: 'meal' });
    await eventually(() => expect(rep.resets).toBe(1));
    expect(server.refusals[0]).toMatch(/rep\) may not change series:s1 in org:org-b/);
    await rep.synced();
    expect(scheduleBoard.series(rep.doc)).toEqual([]);
    await sleep(100);
    expect(scheduleBoard.series(watcher.doc)).toEqual([]);
    expect(scheduleBoard.series(await serverState('schedule:calais'))).toEqual([]);
    // After the reset the same client writes what it may.
    scheduleBoard.writeSeries(rep.doc, 'org-a', 's2', { serviceType: 'water' });
    await eventually(() =>
      expect(scheduleBoard.series(watcher.doc).map((s) => s.id)).toEqual(['s2']),
    );
  });

  it('refuses a field member changing a series definition, but accepts their occurrence status', async () => {
    const coordinatorDoc = watcher.doc;
    scheduleBoard.writeSeries(coordinatorDoc, 'org-a', 's1', {
      serviceType: 'meal',
      startTime: '12:00',
    });
    const field = await open('schedule:calais', server.signIn(person('field-a', 'field', 'org-a')));
    await eventually(() => expect(scheduleBoard.series(field.doc)).toHaveLength(1));

    scheduleBoard.setOccurrenceState(field.doc, 'org-a', 's1', '2026-11-26', done);
    await eventually(() =>
      expect(scheduleBoard.occurrenceState(coordinatorDoc, 'org-a', 's1', '2026-11-26')).toEqual(
        done,
      ),
    );

    scheduleBoard.writeSeries(field.doc, 'org-a', 's1', { startTime: '18:00' });
    await eventually(() => expect(field.resets).toBe(1));
    await field.synced();
    expect(scheduleBoard.series(field.doc)[0]?.fields.startTime).toBe('12:00');
    expect(scheduleBoard.series(await serverState('schedule:calais'))[0]?.fields.startTime).toBe(
      '12:00',
    );
  });

  it('refuses any update from an observer', async () => {
    const observer = await open(
      'capacity:calais',
      server.signIn(person('obs', 'observer', 'org-a')),
    );
    capacityBoard.writeService(observer.doc, 'org-a', 'shelter', { name: 'Shelter' });
    await eventually(() => expect(observer.closes.map((c) => c.code)).toContain(4409));
    expect(server.refusals).toContain('You can read this board but not change it.');
    expect(capacityBoard.services(await serverState('capacity:calais'))).toEqual([]);
  });

  it('tells a French-speaking observer why, in French, and keeps the log in English', async () => {
    const observer = await open(
      'capacity:calais',
      server.signIn({ ...person('obs-fr', 'observer', 'org-a'), locale: 'fr' }),
    );
    capacityBoard.writeService(observer.doc, 'org-a', 'shelter', { name: 'Shelter' });
    await eventually(() => expect(observer.closes.map((c) => c.code)).toContain(4409));
    const english = 'You can read this board but not change it.';
    const french = translateMessage(english, 'fr');
    expect(french).not.toBe(english);
    expect(observer.closes.find((c) => c.code === 4409)?.reason).toBe(french);
    expect(server.refusals).toContain(english);
  });

  it('refuses deleting another organisation’s entry', async () => {
    scheduleBoard.writeSeries(watcher.doc, 'org-b', 's1', { serviceType: 'meal' });
    const rep = await open('schedule:calais', server.signIn(person('rep-a', 'rep', 'org-a')));
    await eventually(() => expect(scheduleBoard.series(rep.doc)).toHaveLength(1));
    scheduleBoard.removeSeries(rep.doc, 'org-b', 's1');
    await eventually(() => expect(rep.resets).toBe(1));
    await rep.synced();
    expect(scheduleBoard.series(rep.doc)).toHaveLength(1);
    expect(scheduleBoard.series(watcher.doc)).toHaveLength(1);
  });

  it('refuses an edit nested deep inside another organisation’s entry (resolved through origins)', async () => {
    scheduleBoard.writeSeries(watcher.doc, 'org-b', 's1', { serviceType: 'meal', notes: 'a' });
    const rep = await open('schedule:calais', server.signIn(person('rep-a', 'rep', 'org-a')));
    await eventually(() => expect(scheduleBoard.series(rep.doc)).toHaveLength(1));
    // Overwriting a field: the new item has an origin (the old value) and carries no parent.
    (rep.doc.getMap('org:org-b').get('series:s1') as Y.Map<unknown>).set('notes', 'b');
    await eventually(() => expect(rep.resets).toBe(1));
    expect(scheduleBoard.series(watcher.doc)[0]?.fields.notes).toBe('a');
  });

  it('refuses writes to a root that no rule names', async () => {
    const coordinator = await open(
      'schedule:calais',
      server.signIn(person('coord2', 'admin', 'org-c')),
    );
    coordinator.doc.getMap('anything').set('x', 1);
    await eventually(() => expect(coordinator.resets).toBe(1));
  });

  it('refuses a revoked member’s offline edits when they reconnect', async () => {
    const repPerson = person('rep-a', 'rep', 'org-a');
    const session = server.signIn(repPerson);
    const rep = await open('schedule:calais', session);
    rep.disconnect();
    scheduleBoard.writeSeries(rep.doc, 'org-a', 'offline', { serviceType: 'tents' });
    // Removed from the platform while offline.
    server.people.set('rep-a', { ...repPerson, platforms: [] });
    rep.reconnect();
    await eventually(() => expect(rep.closes.map((c) => c.code)).toContain(4403));
    await sleep(100);
    expect(scheduleBoard.series(watcher.doc)).toEqual([]);
    expect(scheduleBoard.series(await serverState('schedule:calais'))).toEqual([]);
  });

  it('refuses a downgraded member’s next write at once, and closes a removed member within a second', async () => {
    const repPerson = person('rep-a', 'rep', 'org-a');
    const rep = await open('schedule:calais', server.signIn(repPerson));
    scheduleBoard.writeSeries(rep.doc, 'org-a', 's1', { serviceType: 'meal' });
    await eventually(() => expect(scheduleBoard.series(watcher.doc)).toHaveLength(1));

    server.people.set('rep-a', { ...repPerson, role: 'observer' });
    await server.sync.refreshUser('rep-a');
    scheduleBoard.writeSeries(rep.doc, 'org-a', 's1', { serviceType: 'water' });
    await eventually(() => expect(rep.resets).toBe(1));
    expect(scheduleBoard.series(watcher.doc)[0]?.fields.serviceType).toBe('meal');

    await rep.synced();
    server.people.set('rep-a', { ...repPerson, platforms: [] });
    const removedAt = Date.now();
    await server.sync.refreshUser('rep-a');
    await eventually(() => expect(rep.closes.map((c) => c.code)).toContain(4403), 1000);
    expect(Date.now() - removedAt).toBeLessThan(1000);
  });

  it('closes every socket of a session that ended', async () => {
    const session = server.signIn(person('rep-a', 'rep', 'org-a'));
    const schedule = await open('schedule:calais', session);
    const capacity = await open('capacity:calais', session);
    server.sync.closeSessions([session]);
    await eventually(() => {
      expect(schedule.closes.map((c) => c.code)).toEqual([4401]);
      expect(capacity.closes.map((c) => c.code)).toEqual([4401]);
    }, 1000);
  });
});
