/**
 * An incident recorded through the API reaches the people on the schedule board at once: the
 * occurrence it disrupted turns "disrupted" on their live copies, logged under the reporter.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf, scheduleBoard, type IncidentDraft } from '@opale/core';
import { loadDocumentLog } from '@opale/db';
import { LiveBoard, until } from './live-client';
import { ownOrganisationOf, trpcMutation } from './schedule-fixture';
import { signIn, startTestServer, type TestServer } from './support';

describe('an incident linked to a distribution, seen live', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('turns the occurrence disrupted on every live copy of schedule:calais', async () => {
    const field = await signIn(server, 'field.calais@demo.opale');
    const organisationId = await ownOrganisationOf(server, field);
    const today = localDateOf(new Date());
    await server.app.liveDocuments.writeDocument('schedule:calais', 'test', (doc) => {
      scheduleBoard.writeSeries(doc, organisationId, 'incident-breakfast', {
        siteId: 'north',
        serviceType: 'meal',
        rrule: 'FREQ=DAILY',
        startTime: '08:00',
        endTime: '09:30',
        validFrom: '2026-01-01',
        validUntil: null,
        expectedQuantity: 200,
        notes: null,
        public: false,
      });
    });
    const watcher = new LiveBoard(
      server,
      await signIn(server, 'rep.calais@demo.opale'),
      'schedule:calais',
    );
    try {
      await watcher.synced();
      expect(
        scheduleBoard.occurrenceState(watcher.doc, organisationId, 'incident-breakfast', today),
      ).toBeNull();
      const before = (await loadDocumentLog(server.handle.db, 'schedule:calais')).updates.length;

      const answer = await trpcMutation<{ created: boolean; occurrenceMarked: boolean }>(
        server,
        field,
        'incident.create',
        {
          platform: 'calais',
          idempotencyKey: randomUUID(),
          draft: {
            type: 'distribution_obstruction',
            occurredAt: new Date(Date.now() - 60_000).toISOString(),
            siteId: null,
            placeText: 'Rue des Garennes',
            commune: 'Calais',
            authority: 'police_nationale',
            officers: 4,
            vehicles: 1,
            itemsSeized: null,
            fineAmountCents: null,
            fineNoticeDate: null,
            narrative: 'The van was kept from parking.',
            occurrence: { seriesId: 'incident-breakfast', date: today },
          } satisfies IncidentDraft,
        },
      );
      expect(answer).toMatchObject({ created: true, occurrenceMarked: true });
      await until(
        () =>
          scheduleBoard.occurrenceState(watcher.doc, organisationId, 'incident-breakfast', today)
            ?.status === 'disrupted',
        'the disrupted status to reach the watcher',
      );

      const me = (await (
        await fetch(`${server.url}/trpc/account.me`, { headers: { cookie: field } })
      ).json()) as { result: { data: { user: { id: string } } } };
      const log = await loadDocumentLog(server.handle.db, 'schedule:calais');
      expect(log.updates.slice(before).map((u) => u.author)).toEqual([me.result.data.user.id]);
    } finally {
      watcher.destroy();
    }
  });
});
