/**
 * Who may change what on the capacity board, through real websocket clients with the demo
 * accounts' real sessions: field members record readings of their own organisation's services
 * only and never redefine a service; observers change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capacityBoard, type CapacityReading } from '@opale/core';
import { listReadingsOfDocument } from '@opale/db';
import { LiveBoard, until } from './live-client';
import { signIn, startTestServer, type TestServer } from './support';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const full = (note: string): CapacityReading => ({
  status: 'full',
  available: 0,
  total: 30,
  note,
  by: 'Alex',
  at: new Date().toISOString(),
});

async function organisationOf(server: TestServer, cookie: string): Promise<string> {
  const response = await fetch(`${server.url}/trpc/account.me`, { headers: { cookie } });
  const body = (await response.json()) as {
    result: { data: { memberships: { organisationId: string; platformSlug: string }[] } };
  };
  return body.result.data.memberships.find((m) => m.platformSlug === 'calais')!.organisationId;
}

describe('write rules of the capacity board', () => {
  let server: TestServer;
  let coordinator: LiveBoard;
  let fieldOrganisation: string;
  let otherOrganisation: string;
  const boards: LiveBoard[] = [];
  const open = async (email: string) => {
    const board = new LiveBoard(server, await signIn(server, email), 'capacity:calais');
    boards.push(board);
    await board.synced();
    return board;
  };

  beforeAll(async () => {
    server = await startTestServer();
    fieldOrganisation = await organisationOf(
      server,
      await signIn(server, 'field.calais@demo.opale'),
    );
    otherOrganisation = await organisationOf(
      server,
      await signIn(server, 'observer.calais@demo.opale'),
    );
    coordinator = await open('coordinator.calais@demo.opale');
    capacityBoard.writeService(coordinator.doc, fieldOrganisation, 'own-shelter', {
      name: 'Own shelter',
      serviceType: 'shelter',
      total: 30,
    });
    capacityBoard.writeService(coordinator.doc, otherOrganisation, 'other-shelter', {
      name: 'Other shelter',
      serviceType: 'shelter',
      total: 30,
    });
  });
  afterAll(async () => {
    for (const board of boards) board.destroy();
    await server.close();
  });

  it('lets a field member record a reading of their own organisation’s service, relayed and kept in the history', async () => {
    const field = await open('field.calais@demo.opale');
    capacityBoard.recordReading(field.doc, fieldOrganisation, 'own-shelter', full('own'));
    await until(
      () =>
        capacityBoard.reading(coordinator.doc, fieldOrganisation, 'own-shelter')?.note === 'own',
      'the reading to relay',
    );
    const history = await listReadingsOfDocument(server.handle.db, 'capacity:calais');
    expect(history.filter((r) => r.serviceId === 'own-shelter').map((r) => r.note)).toEqual([
      'own',
    ]);
  });

  it('refuses a field member’s reading of another organisation’s service, and any change to a service', async () => {
    const field = await open('field.calais@demo.opale');
    capacityBoard.recordReading(field.doc, otherOrganisation, 'other-shelter', full('not theirs'));
    await until(() => field.closes.includes(4409), 'the refusal');
    const again = await open('field.calais@demo.opale');
    await until(() => capacityBoard.entries(again.doc).length >= 2, 'the board');
    capacityBoard.writeService(again.doc, fieldOrganisation, 'own-shelter', { total: 99 });
    await until(() => again.closes.includes(4409), 'the second refusal');
    await sleep(100);
    expect(capacityBoard.reading(coordinator.doc, otherOrganisation, 'other-shelter')).toBeNull();
    expect(
      capacityBoard.entries(coordinator.doc).find((e) => e.id === 'own-shelter')?.service.total,
    ).toBe(30);
    const history = await listReadingsOfDocument(server.handle.db, 'capacity:calais');
    expect(history.some((r) => r.note === 'not theirs')).toBe(false);
  });

  it('refuses every change from an observer', async () => {
    const observer = await open('observer.calais@demo.opale');
    capacityBoard.recordReading(observer.doc, otherOrganisation, 'other-shelter', full('observer'));
    await until(() => observer.closes.includes(4409), 'the refusal');
    await sleep(100);
    expect(capacityBoard.reading(coordinator.doc, otherOrganisation, 'other-shelter')).toBeNull();
  });
});
