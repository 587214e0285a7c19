/**
 * A Calais schedule written on the server (as the API's import would), around the clock
 * changes of 2026 (29 March, 25 October), and helpers to call the API as a member.
 */
import { expect } from 'vitest';
import { scheduleBoard } from '@opale/core';
import { findPlatformBySlug, listOrganisationsOfPlatform } from '@opale/db';
import { postJson, type TestServer } from './support';

export async function organisationIdsOf(server: TestServer, slug: string) {
  const platform = await findPlatformBySlug(server.handle.db, slug);
  const organisations = await listOrganisationsOfPlatform(server.handle.db, platform!.id);
  return (name: string) => organisations.find((o) => o.name === name)!.id;
}

/** The organisation of a signed-in member, as account.me tells it. */
export async function ownOrganisationOf(server: TestServer, cookie: string): Promise<string> {
  const response = await fetch(`${server.url}/trpc/account.me`, { headers: { cookie } });
  const body = (await response.json()) as {
    result: { data: { memberships: { organisationId: string }[] } };
  };
  return body.result.data.memberships[0]!.organisationId;
}

export async function trpcMutation<T>(
  server: TestServer,
  cookie: string,
  path: string,
  input: unknown,
): Promise<T> {
  const response = await postJson(server, `/trpc/${path}`, input, { cookie });
  const text = await response.text();
  expect(response.status, text).toBe(200);
  return (JSON.parse(text) as { result: { data: T } }).result.data;
}

export async function writeCalaisSchedule(server: TestServer) {
  const idOf = await organisationIdsOf(server, 'calais');
  const rck = idOf('Refugee Community Kitchen');
  const utopia = idOf('Utopia 56');
  await server.app.liveDocuments.writeDocument('schedule:calais', 'test', (doc) => {
    const site = (id: string, name: string) =>
      scheduleBoard.writeSite(doc, id, {
        name,
        area: null,
        description: null,
        locationText: null,
        activeFrom: null,
        activeUntil: null,
      });
    site('north', 'Site Nord');
    // A name a spreadsheet must keep as text: quotes, a comma, and a formula.
    site('station', 'Gare, "quai" 2');
    site('formula', '=1+1');
    const series = {
      validUntil: null,
      expectedQuantity: 500,
      notes: null,
      public: true,
    };
    scheduleBoard.writeSeries(doc, rck, 'rck-lunch', {
      ...series,
      siteId: 'north',
      serviceType: 'meal',
      rrule: 'FREQ=DAILY',
      startTime: '12:00',
      endTime: '14:00',
      validFrom: '2026-03-20',
    });
    scheduleBoard.writeSeries(doc, utopia, 'u56-water', {
      ...series,
      siteId: 'station',
      serviceType: 'drinking_water',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      startTime: '18:00',
      endTime: '19:30',
      validFrom: '2026-03-01',
    });
    // Saturday nights, past midnight: the night of the March change included.
    scheduleBoard.writeSeries(doc, utopia, 'u56-night', {
      ...series,
      siteId: 'formula',
      serviceType: 'shelter_transport',
      rrule: 'FREQ=WEEKLY;BYDAY=SA',
      startTime: '22:00',
      endTime: '03:00',
      validFrom: '2026-03-01',
    });
    scheduleBoard.writeException(doc, utopia, 'u56-water', '2026-03-27', {
      kind: 'cancel',
      startTime: null,
      endTime: null,
      siteId: null,
      note: 'Eviction in progress',
    });
    scheduleBoard.writeException(doc, utopia, 'u56-water', '2026-04-01', {
      kind: 'move',
      startTime: '19:00',
      endTime: '20:30',
      siteId: null,
      note: null,
    });
    scheduleBoard.setOccurrenceState(doc, rck, 'rck-lunch', '2026-03-23', {
      status: 'done',
      servedCount: 640,
      note: null,
      by: 'Alex',
      at: '2026-03-23T13:50:00.000Z',
    });
    scheduleBoard.setOccurrenceState(doc, rck, 'rck-lunch', '2026-03-24', {
      status: 'disrupted',
      servedCount: 200,
      note: 'Police stopped the distribution',
      by: 'Alex',
      at: '2026-03-24T12:40:00.000Z',
    });
  });
  return { rck, utopia };
}
