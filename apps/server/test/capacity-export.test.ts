/**
 * The services export over HTTP: services and readings written by real live clients with real
 * sessions, then the CSV read back as a spreadsheet would, row by row.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capacityBoard } from '@opale/core';
import { findPlatformBySlug, listAuditEvents, listReadingsOfDocument } from '@opale/db';
import { LiveBoard, until } from './live-client';
import { organisationIdsOf, ownOrganisationOf } from './schedule-fixture';
import { signIn, startTestServer, type TestServer } from './support';

type ErrorBody = { error: string };

const columns = [
  'organisation',
  'service',
  'service_type',
  'status',
  'available',
  'total',
  'confirmed_at',
];

describe('the services export', () => {
  let server: TestServer;
  let member: string;
  let fieldOrganisation: string;
  beforeAll(async () => {
    server = await startTestServer();
    const idOf = await organisationIdsOf(server, 'calais');
    const utopia = idOf('Utopia 56');

    // A coordinator sets up services of two organisations, live.
    const coordinator = new LiveBoard(
      server,
      await signIn(server, 'coordinator.calais@demo.opale'),
      'capacity:calais',
    );
    await coordinator.synced();
    const fieldCookie = await signIn(server, 'field.calais@demo.opale');
    fieldOrganisation = await ownOrganisationOf(server, fieldCookie);
    coordinator.doc.transact(() => {
      capacityBoard.writeService(coordinator.doc, utopia, 'test-night-shelter', {
        name: 'Hébergement de nuit, "Jungle"',
        serviceType: 'shelter',
        unit: 'beds',
        total: 40,
      });
      capacityBoard.recordReading(coordinator.doc, utopia, 'test-night-shelter', {
        status: 'limited',
        available: 3,
        total: 40,
        note: '2 beds for families',
        by: 'Coordination',
        at: '2026-03-25T09:30:00.000Z',
      });
      // A name a spreadsheet must keep as text.
      capacityBoard.writeService(coordinator.doc, utopia, 'test-formula', {
        name: '=HYPERLINK("http://evil.test")',
        serviceType: 'phone_charging',
      });
      capacityBoard.writeService(coordinator.doc, utopia, 'test-old-tents', {
        name: 'Tents (test)',
        serviceType: 'tents_sleeping_bags',
        archived: true,
      });
      capacityBoard.writeService(coordinator.doc, fieldOrganisation, 'test-showers', {
        name: 'Showers (test)',
        serviceType: 'showers',
        total: 12,
      });
    });

    // The field team of the showers' organisation confirms them from its own phone.
    const field = new LiveBoard(server, fieldCookie, 'capacity:calais');
    await field.synced();
    await until(
      () => capacityBoard.services(field.doc).some((s) => s.id === 'test-showers'),
      'the showers to reach the field team',
    );
    capacityBoard.recordReading(field.doc, fieldOrganisation, 'test-showers', {
      status: 'full',
      available: 0,
      total: 12,
      note: null,
      by: 'Sam',
      at: '2026-07-01T12:00:00.000Z',
    });
    await until(
      () =>
        capacityBoard.reading(coordinator.doc, fieldOrganisation, 'test-showers')?.status ===
        'full',
      'the reading to reach the coordinator',
    );
    coordinator.destroy();
    field.destroy();
    member = await signIn(server, 'observer.calais@demo.opale');
  });
  afterAll(() => server.close());

  const download = (path: string, cookie?: string) =>
    fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });

  it('has one row per service not archived, with its latest reading, as the board holds it', async () => {
    const response = await download('/export/calais/services.csv', member);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="opale-calais-services.csv"',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith(`${columns.join(',')}\r\n`)).toBe(true);
    const rows: string[][] = parse(text);
    expect(rows[0]).toEqual(columns);

    // Every service of the board not archived, the demo's included, and nothing else.
    const doc = await server.app.liveDocuments.readDocument('capacity:calais');
    const shown = capacityBoard.entries(doc).filter((entry) => !entry.service.archived);
    expect(rows).toHaveLength(1 + shown.length);
    expect(
      rows
        .slice(1)
        .map((row) => row[1])
        .sort(),
    ).toEqual(shown.map((entry) => entry.service.name.replace(/^=/, "'=")).sort());
    expect(rows.some((row) => row[1] === 'Tents (test)')).toBe(false);

    const row = (service: string) => rows.find((r) => r[1] === service);
    expect(row('Hébergement de nuit, "Jungle"')).toEqual([
      'Utopia 56',
      'Hébergement de nuit, "Jungle"',
      'shelter',
      'limited',
      '3',
      '40',
      // In Paris time with its offset: winter, UTC+1.
      '2026-03-25T10:30:00+01:00',
    ]);
    expect(text).toContain('"Hébergement de nuit, ""Jungle"""');
    // No reading yet: its cells are empty.
    expect(row(`'=HYPERLINK("http://evil.test")`)).toEqual([
      'Utopia 56',
      `'=HYPERLINK("http://evil.test")`,
      'phone_charging',
      '',
      '',
      '',
      '',
    ]);
    const showers = row('Showers (test)');
    expect(showers?.slice(2)).toEqual([
      'showers',
      'full',
      '0',
      '12',
      // Summer: UTC+2.
      '2026-07-01T14:00:00+02:00',
    ]);
    const names = await organisationIdsOf(server, 'calais');
    expect(names(showers![0]!)).toBe(fieldOrganisation);

    // Sorted by organisation, then service.
    const keys = rows.slice(1).map((r) => [r[0]!, r[1]!] as const);
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    const sorted = [...keys].sort(
      (a, b) => collator.compare(a[0], b[0]) || collator.compare(a[1], b[1]),
    );
    expect(keys).toEqual(sorted);
  });

  it('keeps the field team’s reading in the SQL history as well', async () => {
    const history = await listReadingsOfDocument(server.handle.db, 'capacity:calais');
    expect(
      history
        .filter((r) => r.serviceId === 'test-showers' && r.organisationId === fieldOrganisation)
        .map((r) => [r.status, r.byName, r.readingAt]),
    ).toEqual([['full', 'Sam', '2026-07-01T12:00:00.000Z']]);
  });

  it('records who downloaded it and how many rows in the audit trail', async () => {
    const cookie = await signIn(server, 'rep.calais@demo.opale');
    const response = await download('/export/calais/services.csv', cookie);
    const rows: string[][] = parse(Buffer.from(await response.arrayBuffer()).subarray(3));
    const calais = await findPlatformBySlug(server.handle.db, 'calais');
    const events = await listAuditEvents(server.handle.db, {
      platformId: calais!.id,
      action: 'export.downloaded',
      limit: 10,
    });
    expect(events[0]!.targetId).toBe('services.csv');
    expect(JSON.parse(events[0]!.detail)).toEqual({ export: 'services', rows: rows.length - 1 });
  });

  it('refuses a member of another platform (403) and someone without a session (401)', async () => {
    const dunkirk = await signIn(server, 'admin.dunkirk@demo.opale');
    const forbidden = await download('/export/calais/services.csv', dunkirk);
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as ErrorBody).error).toBe(
      'You are not a member of the platform "calais". Ask one of its admins for an invitation.',
    );
    expect((await download('/export/lille/services.csv', dunkirk)).status).toBe(403);
    const anonymous = await download('/export/calais/services.csv');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as ErrorBody).error).toMatch(/^Sign in to Opale first/);
  });
});
