import 'fake-indexeddb/auto';
import type { IncidentDraft } from '@opale/core';
import { describe, expect, it } from 'vitest';
import { deleteOutboxStore, openOutboxStore, type OutboxAttachment } from './outbox-store';

const draft: IncidentDraft = {
  type: 'fine',
  occurredAt: '2026-11-26T08:30:00+01:00',
  siteId: null,
  placeText: 'Rue des Garennes',
  commune: 'Calais',
  authority: 'police_nationale',
  officers: 4,
  vehicles: 1,
  itemsSeized: null,
  fineAmountCents: 13500,
  fineNoticeDate: '2026-11-26',
  narrative: 'A fine for parking the van during the meal.',
  occurrence: null,
};

function photo(key: string): OutboxAttachment {
  const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' });
  return { key, name: `${key}.jpg`, type: 'image/jpeg', size: blob.size, blob };
}

let accounts = 0;
const newAccount = () => `user-${++accounts}-${crypto.randomUUID()}`;

describe('the incident outbox on the device', () => {
  it('keeps a report with its photos as Blobs until it is removed', async () => {
    const store = await openOutboxStore(newAccount());
    await store.save(
      { key: 'k1', platform: 'calais', draft, attachments: [photo('p1')] },
      new Date('2026-11-26T08:00:00Z'),
    );
    const [kept] = await store.list('calais');
    expect(kept?.draft).toEqual(draft);
    expect(kept?.state).toBe('waiting');
    expect(kept?.attachments[0]?.blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await kept!.attachments[0]!.blob.arrayBuffer())).toEqual(
      new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
    );
    await store.remove('k1');
    expect(await store.list()).toEqual([]);
    store.close();
  });

  it('keeps each account’s reports apart, and deleting one account’s outbox leaves the other’s', async () => {
    const alice = newAccount();
    const bob = newAccount();
    const aliceStore = await openOutboxStore(alice);
    const bobStore = await openOutboxStore(bob);
    await aliceStore.save({ key: 'a', platform: 'calais', draft, attachments: [] }, new Date());
    await bobStore.save({ key: 'b', platform: 'calais', draft, attachments: [] }, new Date());
    expect((await aliceStore.list()).map((r) => r.key)).toEqual(['a']);
    aliceStore.close();
    await deleteOutboxStore(alice);
    const reopened = await openOutboxStore(alice);
    expect(await reopened.list()).toEqual([]);
    expect((await bobStore.list()).map((r) => r.key)).toEqual(['b']);
    reopened.close();
    bobStore.close();
  });

  it('lists one platform’s reports, oldest first', async () => {
    const store = await openOutboxStore(newAccount());
    await store.save(
      { key: 'late', platform: 'calais', draft, attachments: [] },
      new Date('2026-11-26T10:00:00Z'),
    );
    await store.save(
      { key: 'early', platform: 'calais', draft, attachments: [] },
      new Date('2026-11-26T09:00:00Z'),
    );
    await store.save(
      { key: 'dunkirk', platform: 'dunkirk', draft, attachments: [] },
      new Date('2026-11-26T08:00:00Z'),
    );
    expect((await store.list('calais')).map((r) => r.key)).toEqual(['early', 'late']);
    store.close();
  });

  it('drops each attachment once acknowledged and counts it as sent', async () => {
    const store = await openOutboxStore(newAccount());
    await store.save(
      { key: 'k', platform: 'calais', draft, attachments: [photo('p1'), photo('p2')] },
      new Date(),
    );
    await store.acknowledgeCreated('k', 'incident-1', 1);
    await store.acknowledgeAttachment('k', 'p1');
    const report = await store.get('k');
    expect(report?.incidentId).toBe('incident-1');
    expect(report?.attachments.map((a) => a.key)).toEqual(['p2']);
    expect(report?.sentAttachmentKeys).toEqual(['p1']);
    store.close();
  });

  it('saves a corrected report as waiting again, to be updated when the server already has it', async () => {
    const store = await openOutboxStore(newAccount());
    await store.save({ key: 'k', platform: 'calais', draft, attachments: [] }, new Date());
    await store.acknowledgeCreated('k', 'incident-1', 1);
    await store.patch('k', { state: 'failed', error: 'The file is too large.' });
    await store.save(
      { key: 'k', platform: 'calais', draft: { ...draft, officers: 5 }, attachments: [] },
      new Date(),
    );
    const report = await store.get('k');
    expect(report).toMatchObject({
      state: 'waiting',
      error: null,
      incidentId: 'incident-1',
      draftChanged: true,
    });
    expect(report?.draft.officers).toBe(5);
    store.close();
  });
});

describe('a correction and a send at the same time', () => {
  it('does not take a correction saved during a send as sent: it waits to go again', async () => {
    const store = await openOutboxStore(newAccount());
    const first = await store.save(
      { key: 'k', platform: 'calais', draft, attachments: [] },
      new Date(),
    );
    // The sender made the report from revision 1; the person saved a correction meanwhile.
    await store.save(
      { key: 'k', platform: 'calais', draft: { ...draft, officers: 6 }, attachments: [] },
      new Date(),
    );
    await store.acknowledgeCreated('k', 'incident-1', first.revision);
    expect(await store.finish('k', first.revision, new Date())).toBeUndefined();
    expect(await store.get('k')).toMatchObject({
      revision: 2,
      incidentId: 'incident-1',
      draftChanged: true,
      state: 'waiting',
      nextAttemptAt: 0,
      draft: { officers: 6 },
    });
    expect(await store.sentTrace('k')).toBeUndefined();
    store.close();
  });

  it('records a failure only against the revision that failed', async () => {
    const store = await openOutboxStore(newAccount());
    await store.save({ key: 'k', platform: 'calais', draft, attachments: [] }, new Date());
    await store.settle('k', 1, { kind: 'refused', error: 'Dated in the future.' });
    expect(await store.get('k')).toMatchObject({ state: 'failed', error: 'Dated in the future.' });

    await store.save({ key: 'k', platform: 'calais', draft, attachments: [] }, new Date());
    await store.save({ key: 'k', platform: 'calais', draft, attachments: [] }, new Date());
    // A refusal of revision 2 arrives after revision 3 was saved: revision 3 is tried instead.
    await store.settle('k', 2, { kind: 'refused', error: 'Dated in the future.' });
    expect(await store.get('k')).toMatchObject({ revision: 3, state: 'waiting', error: null });
    store.close();
  });

  it('turns a correction saved after the report went into an update, without the files that went', async () => {
    const store = await openOutboxStore(newAccount());
    const saved = await store.save(
      { key: 'k', platform: 'calais', draft, attachments: [photo('p1')] },
      new Date('2026-11-26T08:00:00Z'),
    );
    await store.acknowledgeCreated('k', 'incident-1', saved.revision);
    await store.acknowledgeAttachment('k', 'p1');
    const left = await store.finish('k', saved.revision, new Date('2026-11-26T08:01:00Z'));
    expect(left?.sentAttachmentKeys).toEqual(['p1']);
    expect(await store.list()).toEqual([]);
    expect(await store.sentTrace('k')).toMatchObject({ incidentId: 'incident-1' });

    // The form was opened before it went, with its photo, and a second one added.
    await store.save(
      {
        key: 'k',
        platform: 'calais',
        draft: { ...draft, vehicles: 2 },
        attachments: [photo('p1'), photo('p2')],
      },
      new Date('2026-11-26T08:02:00Z'),
    );
    const corrected = await store.get('k');
    expect(corrected).toMatchObject({
      incidentId: 'incident-1',
      draftChanged: true,
      sentAttachmentKeys: ['p1'],
      state: 'waiting',
    });
    expect(corrected?.attachments.map((a) => a.key)).toEqual(['p2']);
    expect(await store.sentTrace('k')).toBeUndefined();
    store.close();
  });

  it('forgets what it kept of a sent report after 30 days', async () => {
    const store = await openOutboxStore(newAccount());
    for (const [key, at] of [
      ['old', '2026-10-25T08:00:00Z'],
      ['recent', '2026-11-20T08:00:00Z'],
    ] as const) {
      const saved = await store.save(
        { key, platform: 'calais', draft, attachments: [] },
        new Date(at),
      );
      await store.acknowledgeCreated(key, `incident-${key}`, saved.revision);
      await store.finish(key, saved.revision, new Date(at));
    }
    expect(await store.sentTrace('old')).toMatchObject({ incidentId: 'incident-old' });
    await store.save({ key: 'now', platform: 'calais', draft, attachments: [] }, new Date());
    await store.acknowledgeCreated('now', 'incident-now', 1);
    await store.finish('now', 1, new Date('2026-11-26T08:00:00Z'));
    expect(await store.sentTrace('old')).toBeUndefined();
    expect(await store.sentTrace('recent')).toMatchObject({ incidentId: 'incident-recent' });
    store.close();
  });

  it('opens an outbox written before revisions existed, and reads its reports', async () => {
    const userId = newAccount();
    const { openDB } = await import('idb');
    const old = await openDB(`opale-outbox:${userId}`, 1, {
      upgrade(db) {
        db.createObjectStore('reports', { keyPath: 'key' }).createIndex('platform', 'platform');
      },
    });
    await old.put('reports', {
      key: 'k',
      platform: 'calais',
      draft,
      attachments: [],
      attachmentsSent: 0,
      incidentId: null,
      draftChanged: false,
      state: 'waiting',
      error: null,
      savedAt: '2026-11-26T08:00:00.000Z',
      attempts: 0,
      nextAttemptAt: 0,
    });
    old.close();
    const store = await openOutboxStore(userId);
    expect(await store.get('k')).toMatchObject({ revision: 1, sentAttachmentKeys: [] });
    await store.acknowledgeCreated('k', 'incident-1', 1);
    expect(await store.finish('k', 1, new Date())).toMatchObject({ key: 'k' });
    store.close();
  });
});

describe('signing out', () => {
  it('counts what waits for the account, then deletes that account’s outbox only', async () => {
    const { countWaitingReports, forgetIncidentOutbox } = await import('./incident-outbox');
    const leaving = newAccount();
    const staying = newAccount();
    for (const [userId, keys] of [
      [leaving, ['a', 'b']],
      [staying, ['c']],
    ] as const) {
      const store = await openOutboxStore(userId);
      for (const key of keys) {
        await store.save({ key, platform: 'calais', draft, attachments: [] }, new Date());
      }
      store.close();
    }
    expect(await countWaitingReports(leaving)).toBe(2);
    await forgetIncidentOutbox(leaving);
    expect(await countWaitingReports(leaving)).toBe(0);
    expect(await countWaitingReports(staying)).toBe(1);
  });
});
