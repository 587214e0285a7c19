/**
 * Projections of the update log (e.g. the SQL history of capacity readings): called once per
 * logged update in order, and again over the log's tail when a document loads, so a projection
 * cut short is done later; the log is never compacted past an update not yet projected.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { capacityBoard } from '@opale/core';
import type { AppliedUpdate, Projector } from '../src';
import { Client, TestSyncServer, eventually, person, sleep } from './harness';

/** Keeps the reading notes each update left, by update, as the SQL history does by key. */
class NotesProjection implements Projector {
  readonly rows = new Map<number, string>();
  calls = 0;
  failOnSeq: number | null = null;
  wants = () => true;
  async project(_room: unknown, update: AppliedUpdate) {
    this.calls += 1;
    if (update.seq === this.failOnSeq) {
      this.failOnSeq = null;
      throw new Error('the database was busy');
    }
    for (const location of update.locations) {
      if (location.key !== 'reading:shelter') continue;
      const note = capacityBoard.reading(update.doc, 'org-a', 'shelter')?.note;
      if (note) this.rows.set(update.seq, note);
    }
  }
}

describe('projections of the update log', () => {
  let server: TestSyncServer | null = null;
  const clients: Client[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server?.stop();
  });

  it('projects again, on the next load, an update whose projection failed, and compacts nothing meanwhile', async () => {
    const projection = new NotesProjection();
    server = await TestSyncServer.start({
      projector: projection,
      // Compaction after every update: without the guard, the failed update would be folded
      // into a snapshot at once and never projected.
      limits: { compactAfterUpdates: 1, idleUnloadMs: 100 },
    });
    const field = person('field-a', 'field', 'org-a');
    const session = server.signIn(field);
    const client = new Client(server, 'capacity:calais', session);
    clients.push(client);
    await client.synced();
    const write = async (note: string) => {
      capacityBoard.recordReading(client.doc, 'org-a', 'shelter', {
        status: 'full',
        available: 0,
        total: 20,
        note,
        by: 'Alex',
        at: '2026-11-26T18:00:00Z',
      });
      await eventually(async () => {
        const stored = await server!.store.load('capacity:calais');
        expect(stored.updates.length + (stored.snapshot ? 1 : 0)).toBeGreaterThan(0);
        expect(projection.calls).toBeGreaterThan(0);
      });
      await sleep(50);
    };
    await write('first');
    const firstSeq = [...projection.rows.keys()][0]!;
    projection.failOnSeq = firstSeq + 1;
    await write('second');
    await write('third');
    expect([...projection.rows.values()]).toEqual(['first', 'third']);

    // Everyone leaves: the board unloads (without compacting past the gap), then loads again.
    client.destroy();
    clients.splice(0);
    await sleep(400);
    const again = new Client(server, 'capacity:calais', server.signIn(field));
    clients.push(again);
    await again.synced();
    await eventually(() =>
      expect([...projection.rows.entries()].sort(([a], [b]) => a - b).map(([, n]) => n)).toEqual([
        'first',
        'second',
        'third',
      ]),
    );
  });
});
