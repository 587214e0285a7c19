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
    await store.acknowledgeCreated('k', 'incident-1');
    await store.acknowledgeAttachment('k', 'p1');
    const report = await store.get('k');
    expect(report?.incidentId).toBe('incident-1');
    expect(report?.attachments.map((a) => a.key)).toEqual(['p2']);
    expect(report?.attachmentsSent).toBe(1);
    store.close();
  });

  it('saves a corrected report as waiting again, to be updated when the server already has it', async () => {
    const store = await openOutboxStore(newAccount());
    await store.save({ key: 'k', platform: 'calais', draft, attachments: [] }, new Date());
    await store.acknowledgeCreated('k', 'incident-1');
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
