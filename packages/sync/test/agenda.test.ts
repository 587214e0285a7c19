/**
 * The joint agenda through real y-websocket clients: notes typed together (one client offline
 * for a while) merge without loss, and the write rules hold for items, answers and notes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agendaBoard, type AgendaAnswer, type AgendaItem } from '@opale/core';
import { Client, TestSyncServer, eventually, person, sleep } from './harness';

const meeting: Partial<AgendaItem> = {
  kind: 'platform_meeting',
  title: 'Weekly platform meeting',
  date: '2026-12-01',
  startTime: '14:00',
  endTime: '16:00',
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  invited: 'org-a org-b',
};
const occurrence = 'weekly:2026-12-01';

const going = (by: string): AgendaAnswer => ({
  answer: 'going',
  attendees: '2 volunteers',
  by,
  at: '2026-11-26T10:00:00Z',
});

describe('the agenda on live documents', () => {
  let server: TestSyncServer;
  const clients: Client[] = [];
  const open = async (sessionId: string) => {
    const c = new Client(server, 'agenda:calais', sessionId);
    clients.push(c);
    await c.synced();
    return c;
  };
  beforeEach(async () => {
    server = await TestSyncServer.start();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.stop();
  });

  async function serverState(): Promise<Y.Doc> {
    const stored = await server.store.load('agenda:calais');
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(doc, u.bytes);
    return doc;
  }

  it('merges notes typed at once by two reps, one of them offline for a while, losing nothing', async () => {
    const a = await open(server.signIn(person('rep-a', 'rep', 'org-a')));
    const b = await open(server.signIn(person('rep-b', 'rep', 'org-b')));
    agendaBoard.writeItem(a.doc, 'weekly', meeting);
    await eventually(() => expect(agendaBoard.item(b.doc, 'weekly')).not.toBeNull());

    // B loses the signal; both start the notes of the same date, which nobody created before.
    b.disconnect();
    const notesA = agendaBoard.notes(a.doc, occurrence);
    const notesB = agendaBoard.notes(b.doc, occurrence);
    notesA.insert(0, 'Attendance: 14 organisations.\n');
    notesB.insert(0, 'Water point at the hospital closed again.\n');
    for (let i = 0; i < 20; i += 1) {
      notesA.insert(notesA.length, `a${i} `);
      notesB.insert(i % 2 === 0 ? 0 : notesB.length, `b${i} `);
      await sleep(5);
    }
    // B also deletes part of what it typed while offline.
    const at = notesB.toJSON().indexOf('Water point');
    notesB.delete(at, 'Water point'.length);
    notesB.insert(at, 'Tap');
    await sleep(200);
    b.reconnect();

    const expectedA = [
      'Attendance: 14 organisations.',
      ...Array.from({ length: 20 }, (_, i) => `a${i} `),
    ];
    const expectedB = [
      'Tap at the hospital closed again.',
      ...Array.from({ length: 20 }, (_, i) => `b${i} `),
    ];
    await eventually(() => {
      expect(agendaBoard.notes(a.doc, occurrence).toJSON()).toBe(
        agendaBoard.notes(b.doc, occurrence).toJSON(),
      );
    }, 5000);
    const merged = agendaBoard.notes(a.doc, occurrence).toJSON();
    for (const piece of [...expectedA, ...expectedB]) expect(merged).toContain(piece);
    expect(merged).not.toContain('Water point');
    // The server kept the same merge: a third person opening later reads it whole.
    expect(agendaBoard.notes(await serverState(), occurrence).toJSON()).toBe(merged);
    const late = await open(server.signIn(person('obs', 'observer', 'org-c')));
    expect(agendaBoard.notes(late.doc, occurrence).toJSON()).toBe(merged);
    expect(server.refusals).toEqual([]);
  });

  it('lets a rep create items, write action items and answer for their own organisation', async () => {
    const rep = await open(server.signIn(person('rep-a', 'rep', 'org-a')));
    const watcher = await open(server.signIn(person('obs', 'observer', 'org-c')));
    agendaBoard.writeItem(rep.doc, 'weekly', meeting);
    agendaBoard.setAnswer(rep.doc, 'org-a', occurrence, going('rep-a'));
    agendaBoard.writeAction(rep.doc, 'act-1', {
      itemId: 'weekly',
      occurrenceDate: '2026-12-01',
      text: 'Send the list of water points to the sous-préfecture',
      owner: 'org-b',
      due: '2026-12-05',
      done: false,
      createdBy: 'org-a',
    });
    await eventually(() => {
      expect(agendaBoard.item(watcher.doc, 'weekly')?.title).toBe('Weekly platform meeting');
      expect(agendaBoard.answer(watcher.doc, 'org-a', occurrence)?.answer).toBe('going');
      expect(agendaBoard.actions(watcher.doc).map((a) => a.fields.owner)).toEqual(['org-b']);
    });
    expect(server.refusals).toEqual([]);
  });

  it('refuses a rep answering for another organisation: not applied, stored or relayed', async () => {
    const rep = await open(server.signIn(person('rep-a', 'rep', 'org-a')));
    const watcher = await open(server.signIn(person('coord', 'coordinator', 'org-c')));
    agendaBoard.writeItem(watcher.doc, 'weekly', meeting);
    await eventually(() => expect(agendaBoard.item(rep.doc, 'weekly')).not.toBeNull());
    agendaBoard.setAnswer(rep.doc, 'org-b', occurrence, going('rep-a'));
    await eventually(() => expect(rep.resets).toBe(1));
    expect(server.refusals[0]).toMatch(
      /rep\) may not change answer:weekly:2026-12-01 in org:org-b/,
    );
    await sleep(100);
    expect(agendaBoard.answer(watcher.doc, 'org-b', occurrence)).toBeNull();
    expect(agendaBoard.answer(await serverState(), 'org-b', occurrence)).toBeNull();
  });

  for (const role of ['field', 'observer'] as const) {
    it(`refuses every change from a ${role} member: items, answers, action items and notes`, async () => {
      const coordinator = await open(server.signIn(person('coord', 'coordinator', 'org-c')));
      agendaBoard.writeItem(coordinator.doc, 'weekly', meeting);
      agendaBoard.notes(coordinator.doc, occurrence).insert(0, 'Minutes');
      const member = await open(server.signIn(person(`${role}-a`, role, 'org-a')));
      await eventually(() => expect(agendaBoard.item(member.doc, 'weekly')).not.toBeNull());
      const attempts: ((doc: Y.Doc) => void)[] = [
        (doc) => agendaBoard.writeItem(doc, 'weekly', { title: 'Changed' }),
        (doc) => agendaBoard.writeItem(doc, 'new', meeting),
        (doc) => agendaBoard.setAnswer(doc, 'org-a', occurrence, going(role)),
        (doc) => agendaBoard.writeAction(doc, 'act', { text: 'x', owner: 'org-a' }),
        (doc) => agendaBoard.notes(doc, occurrence).insert(7, ' changed'),
        (doc) => agendaBoard.notes(doc, 'new').insert(0, 'new notes'),
      ];
      for (const [n, attempt] of attempts.entries()) {
        attempt(member.doc);
        await eventually(() => expect(member.resets).toBe(n + 1));
        await member.synced();
      }
      const stored = await serverState();
      expect(agendaBoard.item(stored, 'weekly')?.title).toBe('Weekly platform meeting');
      expect(agendaBoard.item(stored, 'new')).toBeNull();
      expect(agendaBoard.answer(stored, 'org-a', occurrence)).toBeNull();
      expect(agendaBoard.actions(stored)).toEqual([]);
      expect(agendaBoard.notes(stored, occurrence).toJSON()).toBe('Minutes');
      expect(agendaBoard.notes(coordinator.doc, occurrence).toJSON()).toBe('Minutes');
      expect(agendaBoard.notes(stored, 'new').toJSON()).toBe('');
    });
  }
});
