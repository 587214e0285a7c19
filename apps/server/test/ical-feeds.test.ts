/**
 * Calendar feeds as a calendar app reads them: no cookie, the URL's secret only, and the result
 * parsed by a calendar library (ical.js) rather than by the generator that wrote it.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestServer, type TestServer } from './support';
import { trpcMutation, writeCalaisSchedule } from './schedule-fixture';

interface ParsedEvent {
  uid: string;
  summary: string;
  location: string;
  status: string | null;
  start: string;
  end: string;
  tzid: string | null;
}

/** Reads a feed as a calendar would: every VEVENT, with its instants resolved through the VTIMEZONE. */
function readCalendar(text: string): { name: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      status: component.getFirstPropertyValue('status') as string | null,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      tzid: component.getFirstProperty('dtstart')?.getParameter('tzid') as string | null,
    };
  });
  return { name: calendar.getFirstPropertyValue('x-wr-calname') as string | null, events };
}

describe('calendar feeds', () => {
  let server: TestServer;
  let clock = new Date('2026-03-25T09:00:00.000Z');
  beforeAll(async () => {
    server = await startTestServer({ now: () => clock });
    await writeCalaisSchedule(server);
  });
  afterAll(() => server.close());

  /** A new feed link, as the member's page would show it, pointed at the test server. */
  async function createFeed(email: string, scope: 'organisation' | 'platform') {
    const cookie = await signIn(server, email);
    const feed = await trpcMutation<{ id: string; url: string }>(server, cookie, 'feed.create', {
      platform: 'calais',
      scope,
    });
    expect(feed.url).toMatch(/^http:\/\/opale\.test\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    return { ...feed, cookie, url: feed.url.replace('http://opale.test', server.url) };
  }

  it('keeps local Paris times across the March and October clock changes', async () => {
    clock = new Date('2026-03-25T09:00:00.000Z');
    const feed = await createFeed('observer.calais@demo.opale', 'platform');
    const response = await fetch(feed.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
    // Local wall-clock times, named by their zone; the stamp in UTC.
    expect(text).toContain(
      'UID:rck-lunch.2026-03-30@opale\r\nDTSTAMP:20260325T090000Z\r\nDTSTART;TZID=Europe/Paris:20260330T120000\r\nDTEND;TZID=Europe/Paris:20260330T140000\r\n',
    );
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const march = readCalendar(text);
    expect(march.name).toBe('Distributions — Calais');

    const lunch = (date: string) => march.events.find((e) => e.uid === `rck-lunch.${date}@opale`);
    // 12:00 in Paris is 11:00 UTC before the change, 10:00 UTC after it.
    expect(lunch('2026-03-28')).toMatchObject({
      start: '2026-03-28T11:00:00.000Z',
      end: '2026-03-28T13:00:00.000Z',
      tzid: 'Europe/Paris',
      location: 'Site Nord',
    });
    expect(lunch('2026-03-30')).toMatchObject({
      start: '2026-03-30T10:00:00.000Z',
      end: '2026-03-30T12:00:00.000Z',
    });
    // The night the clock moves at 02:00: from 22:00 (CET) until 03:00 (CEST), four hours.
    expect(march.events.find((e) => e.uid === 'u56-night.2026-03-28@opale')).toMatchObject({
      start: '2026-03-28T21:00:00.000Z',
      end: '2026-03-29T01:00:00.000Z',
    });
    // The window: the past week and the next 60 days, exceptions and statuses included.
    const dates = march.events.map((e) => e.uid.split('.')[1]!.slice(0, 10)).sort();
    expect(dates[0]).toBe('2026-03-18');
    expect(dates[dates.length - 1]).toBe('2026-05-24');
    expect(march.events.find((e) => e.uid === 'u56-water.2026-03-27@opale')).toMatchObject({
      status: 'CANCELLED',
      summary: 'Eau potable — Utopia 56',
    });
    expect(march.events.find((e) => e.uid === 'u56-water.2026-04-01@opale')?.start).toBe(
      '2026-04-01T17:00:00.000Z',
    );

    // The same link, read in October: 12:00 is 10:00 UTC before the 25th, 11:00 UTC after.
    clock = new Date('2026-10-20T09:00:00.000Z');
    const october = readCalendar(await (await fetch(feed.url)).text());
    const autumnLunch = (date: string) =>
      october.events.find((e) => e.uid === `rck-lunch.${date}@opale`)?.start;
    expect(autumnLunch('2026-10-24')).toBe('2026-10-24T10:00:00.000Z');
    expect(autumnLunch('2026-10-26')).toBe('2026-10-26T11:00:00.000Z');
    clock = new Date('2026-03-25T09:00:00.000Z');
  });

  it('shows an organisation feed only that organisation’s distributions, named in its owner’s language', async () => {
    const feed = await createFeed('rep.calais@demo.opale', 'organisation');
    const calendar = readCalendar(await (await fetch(feed.url)).text());
    expect(calendar.name).toBe('Distributions — Refugee Community Kitchen · Calais');
    expect(calendar.events.length).toBeGreaterThan(0);
    // rep.calais reads Opale in English.
    expect(new Set(calendar.events.map((e) => e.summary))).toEqual(
      new Set(['Meal — Refugee Community Kitchen']),
    );
  });

  it('answers 404 to a revoked link, an unknown one, and one whose owner left the platform', async () => {
    const revoked = await createFeed('field.calais@demo.opale', 'platform');
    expect((await fetch(revoked.url)).status).toBe(200);
    await trpcMutation(server, revoked.cookie, 'feed.revoke', {
      platform: 'calais',
      feedId: revoked.id,
    });
    const gone = await fetch(revoked.url);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { error: string }).error).toMatch(/link was revoked/);

    expect((await fetch(`${server.url}/ical/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${server.url}/ical/nothing`)).status).toBe(404);

    const leaving = await createFeed('coordinator.calais@demo.opale', 'platform');
    expect((await fetch(leaving.url)).status).toBe(200);
    const admin = await signIn(server, 'admin.calais@demo.opale');
    const members = (await (
      await fetch(
        `${server.url}/trpc/member.list?input=${encodeURIComponent(JSON.stringify({ platform: 'calais' }))}`,
        { headers: { cookie: admin } },
      )
    ).json()) as { result: { data: { id: string; email: string }[] } };
    const membershipId = members.result.data.find(
      (m) => m.email === 'coordinator.calais@demo.opale',
    )!.id;
    await trpcMutation(server, admin, 'member.remove', { platform: 'calais', membershipId });
    expect((await fetch(leaving.url)).status).toBe(404);
  });
});
