import 'fake-indexeddb/auto';
import type { IncidentDraft } from '@opale/core';
import { describe, expect, it } from 'vitest';
import {
  OutboxSendError,
  retryDelayMs,
  sendWaitingReports,
  type OutboxTransport,
  type SenderLock,
  type SenderOptions,
} from './outbox-sender';
import { openOutboxStore, type OutboxAttachment, type OutboxStore } from './outbox-store';

const draft: IncidentDraft = {
  type: 'eviction_during_distribution',
  occurredAt: '2026-11-26T12:15:00+01:00',
  siteId: 'site-1',
  placeText: null,
  commune: 'Calais',
  authority: 'crs',
  officers: 12,
  vehicles: 3,
  itemsSeized: 20,
  fineAmountCents: null,
  fineNoticeDate: null,
  narrative: 'The meal was stopped halfway; about twenty tents were taken.',
  occurrence: { seriesId: 'series-1', date: '2026-11-26' },
};

function photo(key: string): OutboxAttachment {
  const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' });
  return { key, name: `${key}.jpg`, type: 'image/jpeg', size: blob.size, blob };
}

type Step = 'create' | 'update' | 'upload';

/**
 * Stands in for the server the way its contract reads: one report per idempotency key, one
 * stored file per attachment key. A scripted failure either refuses a request, or loses the
 * answer to one the server did carry out (the phone's signal dropped on the way back).
 */
class ServerStandIn implements OutboxTransport {
  readonly incidents = new Map<string, { id: string; draft: IncidentDraft }>();
  readonly files = new Map<string, { incidentId: string; name: string }>();
  readonly calls: Step[] = [];
  /** Runs while the server handles a request: the person acting on the phone meanwhile. */
  during: Partial<Record<Step, () => Promise<unknown>>> = {};
  private readonly script: { step: Step; fail: 'refuse' | 'offline' | 'lose-answer' }[] = [];

  failNext(step: Step, fail: 'refuse' | 'offline' | 'lose-answer') {
    this.script.push({ step, fail });
  }

  private async takeTurn(step: Step) {
    const act = this.during[step];
    delete this.during[step];
    await act?.();
  }

  private scripted(step: Step) {
    const at = this.script.findIndex((s) => s.step === step);
    if (at === -1) return null;
    return this.script.splice(at, 1)[0]!.fail;
  }

  async createIncident(input: { idempotencyKey: string; draft: IncidentDraft }) {
    this.calls.push('create');
    await this.takeTurn('create');
    const fail = this.scripted('create');
    if (fail === 'refuse') {
      throw new OutboxSendError(
        'The incident is dated in the future; check its date and time.',
        false,
      );
    }
    if (fail === 'offline') throw new TypeError('Failed to fetch');
    const existing = this.incidents.get(input.idempotencyKey);
    const made = existing ?? { id: `incident-${this.incidents.size + 1}`, draft: input.draft };
    this.incidents.set(input.idempotencyKey, made);
    if (fail === 'lose-answer') throw new TypeError('Failed to fetch');
    return { id: made.id };
  }

  async updateIncident(input: { incidentId: string; draft: IncidentDraft }) {
    this.calls.push('update');
    await this.takeTurn('update');
    for (const incident of this.incidents.values()) {
      if (incident.id === input.incidentId) incident.draft = input.draft;
    }
  }

  async uploadAttachment(input: { incidentId: string; attachment: OutboxAttachment }) {
    this.calls.push('upload');
    await this.takeTurn('upload');
    const fail = this.scripted('upload');
    if (fail === 'refuse') {
      throw new OutboxSendError('Photos can be at most 15 MB; choose a smaller one.', false);
    }
    if (fail === 'offline') throw new TypeError('Failed to fetch');
    if (!this.files.has(input.attachment.key)) {
      this.files.set(input.attachment.key, {
        incidentId: input.incidentId,
        name: input.attachment.name,
      });
    }
    if (fail === 'lose-answer') throw new TypeError('Failed to fetch');
  }
}

async function outbox(): Promise<OutboxStore> {
  return openOutboxStore(`user-${crypto.randomUUID()}`);
}

function options(store: OutboxStore, server: ServerStandIn, at = new Date()): SenderOptions {
  return { store, transport: server, now: () => at };
}

describe('sending the incident outbox', () => {
  it('sends a report and then each photo, and leaves nothing on the device once all are acknowledged', async () => {
    const store = await outbox();
    const server = new ServerStandIn();
    await store.save(
      { key: 'k', platform: 'calais', draft, attachments: [photo('p1'), photo('p2')] },
      new Date(),
    );
    const run = await sendWaitingReports(options(store, server));
    expect(server.calls).toEqual(['create', 'upload', 'upload']);
    expect(run.sent).toMatchObject([{ key: 'k', incidentId: 'incident-1', attachments: 2 }]);
    expect(run.waiting).toBe(0);
    expect(await store.list()).toEqual([]);
    expect([...server.files.values()].map((f) => f.incidentId)).toEqual([
      'incident-1',
      'incident-1',
    ]);
  });

  it('makes the report exactly once when the answer to the first try was lost', async () => {
    const store = await outbox();
    const server = new ServerStandIn();
    await store.save(
      { key: 'k', platform: 'calais', draft, attachments: [photo('p1')] },
      new Date(),
    );
    server.failNext('create', 'lose-answer');
    const first = await sendWaitingReports(options(store, server));
    expect(first.sent).toEqual([]);
    expect(await store.get('k')).toMatchObject({ state: 'waiting', error: null, attempts: 1 });

    const second = await sendWaitingReports(options(store, server), { force: true });
    expect(second.sent).toHaveLength(1);
    expect(server.incidents.size).toBe(1);
    expect(server.files.size).toBe(1);
  });

  it('sends a photo whose answer was lost only once, without making the report again', async () => {
    const store = await outbox();
    const server = new ServerStandIn();
    await store.save(
      { key: 'k', platform: 'calais', draft, attachments: [photo('p1')] },
      new Date(),
    );
    server.failNext('upload', 'lose-answer');
    await sendWaitingReports(options(store, server));
    const waiting = await store.get('k');
    expect(waiting?.incidentId).toBe('incident-1');
    expect(waiting?.attachments).toHaveLength(1);

    await sendWaitingReports(options(store, server), { force: true });
    expect(server.calls).toEqual(['create', 'upload', 'upload']);
    expect(server.files.size).toBe(1);
    expect(await store.list()).toEqual([]);
  });

  it('marks a refused report failed with the server’s message and keeps it, photos included', async () => {
    const store = await outbox();
    const server = new ServerStandIn();
    await store.save(
      { key: 'k', platform: 'calais', draft, attachments: [photo('p1')] },
      new Date(),
    );
    server.failNext('create', 'refuse');
    await sendWaitingReports(options(store, server));
    const failed = await store.get('k');
    expect(failed).toMatchObject({
      state: 'failed',
      error: 'The incident is dated in the future; check its date and time.',
    });
    expect(failed?.attachments).toHaveLength(1);

    // Not tried again on its own, even when forced: it waits for the person.
    await sendWaitingReports(options(store, server), { force: true });
    expect(server.calls).toEqual(['create']);

    // Corrected and saved again: it goes, under the same key.
    await store.save(
      {
        key: 'k',
        platform: 'calais',
        draft: { ...draft, occurredAt: '2026-11-26T11:15:00+01:00' },
        attachments: failed!.attachments,
      },
      new Date(),
    );
    const run = await sendWaitingReports(options(store, server));
    expect(run.sent).toHaveLength(1);
    expect(server.incidents.get('k')?.draft.occurredAt).toBe('2026-11-26T11:15:00+01:00');
  });

  it('updates rather than creates a report whose photo was refused, once the person corrects it', async () => {
    const store = await outbox();
    const server = new ServerStandIn();
    await store.save(
      { key: 'k', platform: 'calais', draft, attachments: [photo('big')] },
      new Date(),
    );
    server.failNext('upload', 'refuse');
    await sendWaitingReports(options(store, server));
    expect(await store.get('k')).toMatchObject({
      state: 'failed',
      incidentId: 'incident-1',
      error: 'Photos can be at most 15 MB; choose a smaller one.',
    });

    await store.save(
      {
        key: 'k',
        platform: 'calais',
        draft: { ...draft, officers: 14 },
        attachments: [photo('smaller')],
      },
      new Date(),
    );
    await sendWaitingReports(options(store, server));
    expect(server.calls).toEqual(['create', 'upload', 'update', 'upload']);
    expect(server.incidents.size).toBe(1);
    expect(server.incidents.get('k')?.draft.officers).toBe(14);
    expect([...server.files.keys()]).toEqual(['smaller']);
    expect(await store.list()).toEqual([]);
  });

  it('waits longer after each failed try, unless the connection comes back', async () => {
    const store = await outbox();
    const server = new ServerStandIn();
    const at = new Date('2026-11-26T12:00:00Z');
    await store.save({ key: 'k', platform: 'calais', draft, attachments: [] }, at);
    server.failNext('create', 'offline');
    const first = await sendWaitingReports(options(store, server, at));
    expect(first.nextAttemptAt).toBe(at.getTime() + retryDelayMs(1));

    // Before its time: not tried.
    const early = new Date(at.getTime() + retryDelayMs(1) - 1);
    await sendWaitingReports(options(store, server, early));
    expect(server.calls).toEqual(['create']);

    // The connection came back (forced): tried at once.
    server.failNext('create', 'offline');
    await sendWaitingReports(options(store, server, early), { force: true });
    expect(server.calls).toEqual(['create', 'create']);
    expect((await store.get('k'))?.nextAttemptAt).toBe(early.getTime() + retryDelayMs(2));
    expect(retryDelayMs(2)).toBeGreaterThan(retryDelayMs(1));
    expect(retryDelayMs(50)).toBe(5 * 60_000);
  });

  it('lets only one of two tabs send at a time', async () => {
    const store = await outbox();
    const server = new ServerStandIn();
    await store.save(
      { key: 'k', platform: 'calais', draft, attachments: [photo('p1')] },
      new Date(),
    );
    // Web Locks' `ifAvailable` as two tabs of one browser share it.
    let held = false;
    const lock: SenderLock = async (send) => {
      if (held) return false;
      held = true;
      try {
        await send();
        return true;
      } finally {
        held = false;
      }
    };
    const [one, two] = await Promise.all([
      sendWaitingReports({ ...options(store, server), lock }),
      sendWaitingReports({ ...options(store, server), lock }),
    ]);
    expect([one.ran, two.ran].sort()).toEqual([false, true]);
    expect(server.calls).toEqual(['create', 'upload']);
    expect(await store.list()).toEqual([]);
  });

  it('sends a report a closed tab left half-sent', async () => {
    const store = await outbox();
    const server = new ServerStandIn();
    await store.save({ key: 'k', platform: 'calais', draft, attachments: [] }, new Date());
    await store.patch('k', { state: 'sending' });
    const run = await sendWaitingReports(options(store, server));
    expect(run.sent).toHaveLength(1);
  });

  it('sends a correction saved while the report was being made, as an update, with its new photo', async () => {
    const store = await outbox();
    const server = new ServerStandIn();
    const input = { key: 'k', platform: 'calais', draft, attachments: [photo('p1')] };
    await store.save(input, new Date());
    server.during.create = () =>
      store.save(
        { ...input, draft: { ...draft, officers: 15 }, attachments: [photo('p1'), photo('p2')] },
        new Date(),
      );
    const first = await sendWaitingReports(options(store, server));
    // The first pass made the report and sent p1, but does not call the corrected one sent.
    expect(first.sent).toEqual([]);
    expect(first.waiting).toBe(1);
    expect(await store.get('k')).toMatchObject({ state: 'waiting', nextAttemptAt: 0 });

    const second = await sendWaitingReports(options(store, server));
    expect(second.sent).toMatchObject([{ key: 'k', incidentId: 'incident-1', attachments: 2 }]);
    expect(server.calls).toEqual(['create', 'upload', 'update', 'upload']);
    expect(server.incidents.size).toBe(1);
    expect(server.incidents.get('k')?.draft.officers).toBe(15);
    expect([...server.files.keys()]).toEqual(['p1', 'p2']);
    expect(await store.list()).toEqual([]);
  });

  it('does not send a photo the person took out while the report was being sent', async () => {
    const store = await outbox();
    const server = new ServerStandIn();
    const input = { key: 'k', platform: 'calais', draft, attachments: [photo('face')] };
    await store.save(input, new Date());
    server.during.create = () => store.save({ ...input, attachments: [] }, new Date());
    await sendWaitingReports(options(store, server));
    await sendWaitingReports(options(store, server));
    expect(server.files.size).toBe(0);
    expect(server.incidents.size).toBe(1);
    expect(await store.list()).toEqual([]);
  });

  it('tries a correction at once when the version it replaced was refused', async () => {
    const store = await outbox();
    const server = new ServerStandIn();
    const input = { key: 'k', platform: 'calais', draft, attachments: [] };
    await store.save(input, new Date());
    server.failNext('create', 'refuse');
    const corrected = { ...draft, occurredAt: '2026-11-26T11:15:00+01:00' };
    server.during.create = () => store.save({ ...input, draft: corrected }, new Date());
    await sendWaitingReports(options(store, server));
    expect(await store.get('k')).toMatchObject({ state: 'waiting', error: null });

    const run = await sendWaitingReports(options(store, server));
    expect(run.sent).toHaveLength(1);
    expect(server.incidents.get('k')?.draft.occurredAt).toBe(corrected.occurredAt);
  });

  it('sends a correction saved after the report went as an update of it, never a second report', async () => {
    const store = await outbox();
    const server = new ServerStandIn();
    const input = { key: 'k', platform: 'calais', draft, attachments: [photo('p1')] };
    await store.save(input, new Date());
    await sendWaitingReports(options(store, server));
    expect(await store.list()).toEqual([]);

    // The correction form was opened before it went: same key, same photo, one more count.
    await store.save({ ...input, draft: { ...draft, vehicles: 4 } }, new Date());
    const run = await sendWaitingReports(options(store, server));
    expect(run.sent).toMatchObject([{ key: 'k', incidentId: 'incident-1', attachments: 1 }]);
    expect(server.calls).toEqual(['create', 'upload', 'update']);
    expect(server.incidents.get('k')?.draft.vehicles).toBe(4);
    expect(server.files.size).toBe(1);
  });
});
