import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mayWrite, roles, scheduleBoard } from '@opale/core';
import { MemoryDocumentStore } from '../src';
import { Client, TestSyncServer, eventually, person, sleep } from './harness';

const docName = 'schedule:calais';
const organisations = ['org-a', 'org-b', 'org-c'];

function contentOf(doc: Y.Doc) {
  return {
    sites: scheduleBoard.sites(doc),
    series: scheduleBoard.series(doc),
  };
}

async function storedDoc(store: MemoryDocumentStore): Promise<Y.Doc> {
  const stored = await store.load(docName);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u.bytes);
  return doc;
}

describe('convergence', () => {
  type Step =
    | {
        kind: 'write';
        client: number;
        org: number;
        entry: number;
        field: 'notes' | 'startTime';
        value: string;
      }
    | { kind: 'site'; client: number; entry: number; value: string }
    | { kind: 'remove'; client: number; org: number; entry: number }
    | { kind: 'offline'; client: number }
    | { kind: 'online'; client: number }
    | { kind: 'pause' };

  const step = (clients: number): fc.Arbitrary<Step> => {
    const client = fc.nat({ max: clients - 1 });
    return fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          kind: fc.constant('write' as const),
          client,
          org: fc.nat({ max: 2 }),
          entry: fc.nat({ max: 3 }),
          field: fc.constantFrom('notes' as const, 'startTime' as const),
          value: fc.string({ maxLength: 6 }),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('site' as const),
          client,
          entry: fc.nat({ max: 2 }),
          value: fc.string({ maxLength: 6 }),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('remove' as const),
          client,
          org: fc.nat({ max: 2 }),
          entry: fc.nat({ max: 3 }),
        }),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('offline' as const), client }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('online' as const), client }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'pause' as const }) },
    );
  };

  it('brings every client, and the document reloaded after a restart, to the same state', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 3, max: 5 })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.array(step(n), { minLength: 5, maxLength: 40 })),
          ),
        async ([clientCount, steps]) => {
          const store = new MemoryDocumentStore();
          let server = await TestSyncServer.start({ store, limits: { compactAfterUpdates: 7 } });
          const clients: Client[] = [];
          try {
            for (let i = 0; i < clientCount; i++) {
              // Coordinators may write every entry: convergence is about merging, not rights.
              clients.push(
                new Client(
                  server,
                  docName,
                  server.signIn(person(`c${i}`, 'coordinator', organisations[i % 3])),
                ),
              );
            }
            await Promise.all(clients.map((c) => c.synced()));
            for (const s of steps) {
              if (s.kind === 'pause') await sleep(15);
              else if (s.kind === 'offline') clients[s.client]!.disconnect();
              else if (s.kind === 'online') clients[s.client]!.reconnect();
              else if (s.kind === 'write') {
                scheduleBoard.writeSeries(
                  clients[s.client]!.doc,
                  organisations[s.org]!,
                  `s${s.entry}`,
                  { [s.field]: s.value },
                );
              } else if (s.kind === 'site') {
                scheduleBoard.writeSite(clients[s.client]!.doc, `site${s.entry}`, {
                  name: s.value,
                });
              } else {
                scheduleBoard.removeSeries(
                  clients[s.client]!.doc,
                  organisations[s.org]!,
                  `s${s.entry}`,
                );
              }
            }
            for (const c of clients) c.reconnect();
            await Promise.all(clients.map((c) => c.synced()));
            // Coordinators may write everywhere: nothing may have been refused.
            expect({ refusals: server.refusals, closes: clients.flatMap((c) => c.closes) }).toEqual(
              { refusals: [], closes: [] },
            );
            await eventually(() => {
              for (const c of clients) expect(contentOf(c.doc)).toEqual(contentOf(clients[0]!.doc));
            });
            const expected = contentOf(clients[0]!.doc);

            for (const c of clients) c.destroy();
            clients.length = 0;
            await server.stop();
            server = await TestSyncServer.start({ store });
            expect(contentOf(await storedDoc(store))).toEqual(expected);
            const fresh = new Client(server, docName, server.signIn(person('late', 'observer')));
            clients.push(fresh);
            await fresh.synced();
            expect(contentOf(fresh.doc)).toEqual(expected);
          } finally {
            for (const c of clients) c.destroy();
            await server.stop();
          }
        },
      ),
      { numRuns: 25, endOnFailure: true },
    );
  });
});

describe('write rules, at random', () => {
  type Edit =
    | { kind: 'series'; org: number; field: string }
    | { kind: 'status'; org: number }
    | { kind: 'site' }
    | { kind: 'remove'; org: number };
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({
      kind: fc.constant('series' as const),
      org: fc.nat({ max: 2 }),
      field: fc.constantFrom('notes', 'startTime'),
    }),
    fc.record({ kind: fc.constant('status' as const), org: fc.nat({ max: 2 }) }),
    fc.constant({ kind: 'site' as const }),
    fc.record({ kind: fc.constant('remove' as const), org: fc.nat({ max: 2 }) }),
  );
  const actor = fc.record({ role: fc.constantFrom(...roles), org: fc.nat({ max: 2 }) });

  it('applies exactly the edits the table allows: refused ones reach neither the store nor any client', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(actor, edit), { minLength: 1, maxLength: 12 }),
        async (plan) => {
          const store = new MemoryDocumentStore();
          const server = await TestSyncServer.start({ store });
          const clients: Client[] = [];
          try {
            const admin = new Client(
              server,
              docName,
              server.signIn(person('admin', 'admin', 'org-z')),
            );
            const bystander = new Client(
              server,
              docName,
              server.signIn(person('bystander', 'observer', 'org-a')),
            );
            clients.push(admin, bystander);
            await Promise.all(clients.map((c) => c.synced()));
            // Entries that removal edits may target, one per step.
            plan.forEach(([, e], i) => {
              if (e.kind === 'remove')
                scheduleBoard.writeSeries(admin.doc, organisations[e.org]!, `victim${i}`, {
                  notes: 'keep',
                });
            });
            await eventually(() => expect(server.refusals).toEqual([]));
            await eventually(async () =>
              expect(contentOf(await storedDoc(store))).toEqual(contentOf(admin.doc)),
            );

            const expectations: { present: boolean; check: (doc: Y.Doc) => boolean }[] = [];
            for (const [i, [who, e]] of plan.entries()) {
              const org = organisations[who.org]!;
              const c = new Client(server, docName, server.signIn(person(`p${i}`, who.role, org)));
              clients.push(c);
              await c.synced();
              let root: string;
              let key: string;
              if (e.kind === 'series') {
                root = `org:${organisations[e.org]}`;
                key = `series:edit${i}`;
                scheduleBoard.writeSeries(c.doc, organisations[e.org]!, `edit${i}`, {
                  [e.field]: `v${i}`,
                });
                expectations.push({
                  present: false,
                  check: (d) => scheduleBoard.series(d).some((s) => s.id === `edit${i}`),
                });
              } else if (e.kind === 'status') {
                root = `org:${organisations[e.org]}`;
                key = `status:edit${i}:2026-11-26`;
                scheduleBoard.setOccurrenceState(
                  c.doc,
                  organisations[e.org]!,
                  `edit${i}`,
                  '2026-11-26',
                  { status: 'done', servedCount: i, note: null, by: 'p', at: 'now' },
                );
                expectations.push({
                  present: false,
                  check: (d) =>
                    scheduleBoard.occurrenceState(
                      d,
                      organisations[e.org]!,
                      `edit${i}`,
                      '2026-11-26',
                    ) !== null,
                });
              } else if (e.kind === 'site') {
                root = 'sites';
                key = `site:edit${i}`;
                scheduleBoard.writeSite(c.doc, `edit${i}`, { name: `site ${i}` });
                expectations.push({
                  present: false,
                  check: (d) => scheduleBoard.sites(d).some((s) => s.id === `edit${i}`),
                });
              } else {
                root = `org:${organisations[e.org]}`;
                key = `series:victim${i}`;
                scheduleBoard.removeSeries(c.doc, organisations[e.org]!, `victim${i}`);
                // For a removal, "present" means the entry is gone.
                expectations.push({
                  present: false,
                  check: (d) => !scheduleBoard.series(d).some((s) => s.id === `victim${i}`),
                });
              }
              const allowed = mayWrite(
                'schedule',
                { root, key },
                { role: who.role, organisationId: org },
              );
              expectations[expectations.length - 1]!.present = allowed;
              // Wait until the edit is either relayed or refused.
              await eventually(() => {
                const relayed = expectations[expectations.length - 1]!.check(bystander.doc);
                expect(relayed || c.resets > 0).toBe(true);
              });
              expect(c.resets > 0).toBe(!allowed);
            }
            await sleep(50);
            const stored = await storedDoc(store);
            for (const doc of [stored, admin.doc, bystander.doc]) {
              expect(expectations.map((x) => x.check(doc))).toEqual(
                expectations.map((x) => x.present),
              );
            }
          } finally {
            for (const c of clients) c.destroy();
            await server.stop();
          }
        },
      ),
      { numRuns: 10, endOnFailure: true },
    );
  });
});
