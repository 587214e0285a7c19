/**
 * The distributions export over HTTP: a real server, real sessions, the schedule board read
 * through the same reader as everything that is not a live client.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSchedule, scheduleBoard } from '@opale/core';
import { findPlatformBySlug, listAuditEvents } from '@opale/db';
import { signIn, startTestServer, type TestServer } from './support';
import { writeCalaisSchedule } from './schedule-fixture';

type ErrorBody = { error: string };

describe('the distributions export', () => {
  let server: TestServer;
  let member: string;
  beforeAll(async () => {
    server = await startTestServer({ now: () => new Date('2026-03-25T09:00:00.000Z') });
    await writeCalaisSchedule(server);
    member = await signIn(server, 'observer.calais@demo.opale');
  });
  afterAll(() => server.close());

  const download = (path: string, cookie?: string) =>
    fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });

  it('has one row per occurrence in the range, as expandSchedule expands it, across the March clock change', async () => {
    const response = await download(
      '/export/calais/distributions.csv?from=2026-03-23&to=2026-04-05',
      member,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="opale-calais-distributions-2026-03-23-2026-04-05.csv"',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    // A byte-order mark first, so that Excel reads the accents as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toMatch(/^date,start,end,site,service_type,organisation,status,series_id\r\n/);
    const rows: string[][] = parse(text);
    expect(rows[0]).toEqual([
      'date',
      'start',
      'end',
      'site',
      'service_type',
      'organisation',
      'status',
      'series_id',
    ]);

    const doc = await server.app.liveDocuments.readDocument('schedule:calais');
    const occurrences = expandSchedule(scheduleBoard.source(doc), '2026-03-23', '2026-04-05');
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2], row[4], row[7]])).toEqual(
      occurrences.map((o) => [o.date, o.startTime, o.endTime, o.serviceType, o.seriesId]),
    );
    // 14 lunches, 6 water distributions, 2 Saturday nights.
    expect(rows).toHaveLength(1 + 14 + 6 + 2);

    const line = (date: string, series: string) =>
      rows.find((row) => row[0] === date && row[7] === series);
    // The clock changes on 29 March at 02:00; the local times do not.
    expect(line('2026-03-29', 'rck-lunch')).toEqual([
      '2026-03-29',
      '12:00',
      '14:00',
      'Site Nord',
      'meal',
      'Refugee Community Kitchen',
      'planned',
      'rck-lunch',
    ]);
    expect(line('2026-03-28', 'u56-night')?.slice(0, 4)).toEqual([
      '2026-03-28',
      '22:00',
      '03:00',
      "'=1+1",
    ]);
    expect(line('2026-03-23', 'rck-lunch')?.[6]).toBe('done');
    expect(line('2026-03-24', 'rck-lunch')?.[6]).toBe('disrupted');
    expect(line('2026-03-27', 'u56-water')?.slice(3, 7)).toEqual([
      'Gare, "quai" 2',
      'drinking_water',
      'Utopia 56',
      'cancelled',
    ]);
    expect(line('2026-04-01', 'u56-water')?.slice(1, 3)).toEqual(['19:00', '20:30']);
    // Quoting as RFC 4180 says: the comma and the quotes stay inside one field.
    expect(text).toContain('"Gare, ""quai"" 2"');
  });

  it('records who downloaded what in the audit trail', async () => {
    const cookie = await signIn(server, 'field.calais@demo.opale');
    await download('/export/calais/distributions.csv?from=2026-03-01&to=2026-03-31', cookie);
    const calais = await findPlatformBySlug(server.handle.db, 'calais');
    const events = await listAuditEvents(server.handle.db, {
      platformId: calais!.id,
      action: 'export.downloaded',
      limit: 10,
    });
    expect(JSON.parse(events[0]!.detail)).toEqual({
      export: 'distributions',
      from: '2026-03-01',
      to: '2026-03-31',
      // Lunches from the 20th, water on 13 weekdays (one cancelled, still a row), 4 Saturdays.
      rows: 12 + 13 + 4,
    });
  });

  it('refuses a member of another platform (403) and someone without a session (401)', async () => {
    const dunkirk = await signIn(server, 'admin.dunkirk@demo.opale');
    const path = '/export/calais/distributions.csv?from=2026-03-23&to=2026-03-29';
    const forbidden = await download(path, dunkirk);
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as ErrorBody).error).toBe(
      'You are not a member of the platform "calais". Ask one of its admins for an invitation.',
    );
    // The same answer whether or not the platform exists.
    const nowhere = await download(
      '/export/lille/distributions.csv?from=2026-03-23&to=2026-03-29',
      dunkirk,
    );
    expect(nowhere.status).toBe(403);
    const anonymous = await download(path);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as ErrorBody).error).toMatch(/^Sign in to Opale first/);
  });

  it('explains missing, wrong, reversed and too long date ranges (400)', async () => {
    const answer = async (query: string) => {
      const response = await download(`/export/calais/distributions.csv${query}`, member);
      expect(response.status).toBe(400);
      return ((await response.json()) as ErrorBody).error;
    };
    expect(await answer('')).toBe(
      'Say which days to export, first and last, as YYYY-MM-DD: ?from=2026-11-01&to=2026-11-30 (at most 92 days).',
    );
    expect(await answer('?from=2026-02-30&to=2026-03-05')).toBe(
      "'2026-02-30' (from) is not a date; write it as YYYY-MM-DD, e.g. ?from=2026-11-01&to=2026-11-30.",
    );
    expect(await answer('?from=01/03/2026&to=2026-03-05')).toMatch(/^'01\/03\/2026' \(from\)/);
    expect(await answer('?from=2026-03-05&to=2026-03-01')).toBe(
      'The last day (2026-03-01) comes before the first (2026-03-05); swap them.',
    );
    expect(await answer('?from=2026-01-01&to=2026-12-31')).toBe(
      'That is 365 days; export at most 92 days at once (split the period).',
    );
  });
});
