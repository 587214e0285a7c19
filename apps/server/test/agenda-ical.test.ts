/**
 * The joint agenda as calendars: the export (`/export/<platform>/agenda.ics`, session cookie) and
 * agenda feed links (`/ical/<secret>.ics`). Real server, real documents written through the sync
 * server, and every calendar read back with ical.js, as a calendar app would read it.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaBoard, type AgendaItem } from '@opale/core';
import { findPlatformBySlug, listAuditEvents } from '@opale/db';
import { signIn, startTestServer, type TestServer } from './support';
import { organisationIdsOf, trpcMutation, writeCalaisSchedule } from './schedule-fixture';

interface ParsedEvent {
  component: ICAL.Component;
  uid: string;
  recurrenceId: string | null;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  status: string | null;
  categories: string[];
  start: string;
  end: string;
  tzid: string | null;
}

/** Every VEVENT, with its instants resolved through the calendar's VTIMEZONE. */
function readCalendar(text: string): { name: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      component,
      uid: event.uid,
      recurrenceId: event.recurrenceId?.toJSDate().toISOString() ?? null,
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: component.getFirstPropertyValue('url') as string | null,
      status: component.getFirstPropertyValue('status') as string | null,
      categories: component
        .getAllProperties('categories')
        .flatMap((property) => property.getValues() as string[]),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      tzid: component.getFirstProperty('dtstart')?.getParameter('tzid') as string | null,
    };
  });
  return { name: calendar.getFirstPropertyValue('x-wr-calname') as string | null, events };
}

/** The series event of an item (not one of its dated overrides). */
function seriesOf(events: ParsedEvent[], uid: string): ParsedEvent | undefined {
  return events.find((event) => event.uid === uid && event.recurrenceId === null);
}

const uidsOf = (events: ParsedEvent[]) => new Set(events.map((event) => event.uid));

describe('the agenda as a calendar', () => {
  let server: TestServer;
  const clock = new Date('2026-10-20T09:00:00.000Z');
  let rep: string;
  let admin: string;
  let rck: string;
  let utopia: string;
  let groupId: string;

  const write = (
    docName: string,
    edit: Parameters<TestServer['app']['liveDocuments']['writeDocument']>[2],
  ) => server.app.liveDocuments.writeDocument(docName, 'test', edit);

  beforeAll(async () => {
    server = await startTestServer({ now: () => clock });
    // The schedule board holds the platform's sites, which agenda items may name.
    await writeCalaisSchedule(server);
    const idOf = await organisationIdsOf(server, 'calais');
    rck = idOf('Refugee Community Kitchen');
    utopia = idOf('Utopia 56');
    rep = await signIn(server, 'rep.calais@demo.opale');
    admin = await signIn(server, 'admin.calais@demo.opale');

    const item = (fields: Partial<AgendaItem>): Partial<AgendaItem> => ({
      rrule: null,
      until: null,
      skipped: '',
      placeKind: null,
      place: null,
      organisers: '',
      invited: '',
      cancelled: false,
      createdBy: 'test',
      ...fields,
    });
    await write('agenda:calais', (doc) => {
      agendaBoard.writeItem(
        doc,
        'fortnightly',
        item({
          kind: 'platform_meeting',
          title: 'Platform meeting',
          date: '2026-10-13',
          startTime: '14:00',
          endTime: '16:00',
          rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
          until: '2027-04-27',
          skipped: '2026-11-10',
          placeKind: 'site',
          place: 'north',
          organisers: utopia,
          invited: `${rck} ${utopia}`,
        }),
      );
      agendaBoard.setAnswer(doc, utopia, 'fortnightly:2026-10-27', {
        answer: 'maybe',
        attendees: 'Sam',
        by: 'test',
        at: '2026-10-19T10:00:00.000Z',
      });
      // An answer for a date that was skipped since: nothing to show.
      agendaBoard.setAnswer(doc, rck, 'fortnightly:2026-11-10', {
        answer: 'going',
        attendees: null,
        by: 'test',
        at: '2026-10-19T10:00:00.000Z',
      });
      agendaBoard.writeItem(
        doc,
        'prefecture',
        item({
          kind: 'authorities_meeting',
          title: 'Meeting at the prefecture',
          date: '2026-11-05',
          startTime: '10:00',
          endTime: '11:30',
          placeKind: 'address',
          place: 'Place Richelieu, Calais',
          organisers: rck,
          invited: `${rck} ${utopia}`,
        }),
      );
      agendaBoard.setAnswer(doc, rck, 'prefecture', {
        answer: 'going',
        attendees: 'Marie, Tom',
        by: 'test',
        at: '2026-10-19T10:00:00.000Z',
      });
      const action = {
        itemId: 'prefecture',
        occurrenceDate: null,
        owner: rck,
        due: '2026-11-03',
        doneBy: null,
        doneAt: null,
        createdBy: 'test',
      };
      agendaBoard.writeAction(doc, 'figures', {
        ...action,
        text: 'Send the winter figures',
        done: false,
      });
      agendaBoard.writeAction(doc, 'room', { ...action, text: 'Book the room', done: true });
      agendaBoard.writeItem(
        doc,
        'training',
        item({
          kind: 'training',
          title: 'Online first-aid training',
          date: '2026-11-12',
          startTime: '18:00',
          endTime: '19:00',
          placeKind: 'online',
          place: 'https://meet.example.org/first-aid',
          organisers: utopia,
          cancelled: true,
        }),
      );
      agendaBoard.writeItem(
        doc,
        'far-away',
        item({
          kind: 'other',
          title: 'Far away',
          date: '2027-06-01',
          startTime: '10:00',
          endTime: '11:00',
        }),
      );
    });

    ({ id: groupId } = await trpcMutation<{ id: string }>(server, admin, 'group.create', {
      platform: 'calais',
      name: 'Food working group',
      kind: 'working_group',
    }));
    await trpcMutation(server, admin, 'group.addOrganisation', {
      platform: 'calais',
      groupId,
      organisationId: rck,
    });
    await write(`agenda:calais:group:${groupId}`, (doc) => {
      agendaBoard.writeItem(
        doc,
        'group-strategy',
        item({
          kind: 'coalition_meeting',
          title: 'Strategy of the food working group',
          date: '2026-11-03',
          startTime: '09:00',
          endTime: '10:00',
          organisers: rck,
        }),
      );
    });
  });
  afterAll(() => server.close());

  const exportAgenda = (cookie?: string, platform = 'calais') =>
    fetch(`${server.url}/export/${platform}/agenda.ics`, { headers: cookie ? { cookie } : {} });

  /** A new agenda link, as the member's page would show it, pointed at the test server. */
  async function createAgendaFeed(cookie: string, scope: 'organisation' | 'platform' = 'platform') {
    const feed = await trpcMutation<{ id: string; url: string; calendar: string }>(
      server,
      cookie,
      'feed.create',
      { platform: 'calais', calendar: 'agenda', scope },
    );
    expect(feed.calendar).toBe('agenda');
    return { ...feed, url: feed.url.replace('http://opale.test', server.url) };
  }

  it('writes a recurring item as one series that stays at 14:00 in Paris across both clock changes, skipped date excepted', async () => {
    const response = await exportAgenda(rep);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="opale-calais-agenda.ics"',
    );
    const text = await response.text();
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Wall-clock DTSTART with its zone; UNTIL in UTC, as RFC 5545 requires beside a TZID: the
    // end of 27 April 2027 in Paris (summer time, UTC+2).
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20261013T140000\r\n');
    expect(text).toContain('UNTIL=20270427T215959Z');
    expect(text).toContain('EXDATE;TZID=Europe/Paris:20261110T140000\r\n');

    const { name, events } = readCalendar(text);
    expect(name).toBe('Agenda — Calais');
    expect(
      events.filter((e) => e.uid === 'fortnightly@opale' && e.recurrenceId === null),
    ).toHaveLength(1);
    const series = seriesOf(events, 'fortnightly@opale')!;
    expect(series).toMatchObject({
      summary: 'Platform meeting',
      location: 'Site Nord',
      tzid: 'Europe/Paris',
      status: 'CONFIRMED',
      categories: ['Platform meeting'],
      start: '2026-10-13T12:00:00.000Z',
      end: '2026-10-13T14:00:00.000Z',
    });

    // ical.js's own RRULE iterator, EXDATE included.
    const iterator = new ICAL.Event(series.component).iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) {
      starts.push(next.toJSDate().toISOString());
    }
    // 14:00 in Paris: 12:00 UTC in summer time, 13:00 UTC from 25 October to 28 March.
    expect(starts).toEqual([
      '2026-10-13T12:00:00.000Z',
      '2026-10-27T13:00:00.000Z',
      // 10 November is skipped.
      '2026-11-24T13:00:00.000Z',
      '2026-12-08T13:00:00.000Z',
      '2026-12-22T13:00:00.000Z',
      '2027-01-05T13:00:00.000Z',
      '2027-01-19T13:00:00.000Z',
      '2027-02-02T13:00:00.000Z',
      '2027-02-16T13:00:00.000Z',
      '2027-03-02T13:00:00.000Z',
      '2027-03-16T13:00:00.000Z',
      '2027-03-30T12:00:00.000Z',
      '2027-04-13T12:00:00.000Z',
      // The last day is kept, and nothing after it.
      '2027-04-27T12:00:00.000Z',
    ]);
  });

  it('gives a date with its own answers its own event, standing in for that date of the series', async () => {
    const { events } = readCalendar(await (await exportAgenda(rep)).text());
    const overrides = events.filter((e) => e.uid === 'fortnightly@opale' && e.recurrenceId);
    // The answer on the skipped 10 November is not shown.
    expect(overrides.map((e) => e.recurrenceId)).toEqual(['2026-10-27T13:00:00.000Z']);
    expect(overrides[0]).toMatchObject({
      start: '2026-10-27T13:00:00.000Z',
      end: '2026-10-27T15:00:00.000Z',
      summary: 'Platform meeting',
    });
    expect(overrides[0]!.description).toBe(
      [
        'Organised by: Utopia 56',
        'Answers:',
        '- Refugee Community Kitchen: no answer yet',
        '- Utopia 56: maybe (Sam)',
      ].join('\n'),
    );
    expect(seriesOf(events, 'fortnightly@opale')!.description).toBe(
      [
        'Organised by: Utopia 56',
        'Invited: Refugee Community Kitchen, Utopia 56',
        'Each date has its own answers.',
      ].join('\n'),
    );

    // A calendar that relates the override to the series shows it on that date.
    const series = new ICAL.Event(seriesOf(events, 'fortnightly@opale')!.component);
    series.relateException(overrides[0]!.component);
    const iterator = series.iterator();
    let occurrence = iterator.next();
    while (occurrence && occurrence.toJSDate().toISOString() !== '2026-10-27T13:00:00.000Z') {
      occurrence = iterator.next();
    }
    const details = series.getOccurrenceDetails(occurrence);
    expect(details.item.description).toContain('Utopia 56: maybe (Sam)');
  });

  it('writes one-off items with their place, answers by organisation name and open action items, in the member’s language', async () => {
    const english = readCalendar(await (await exportAgenda(rep)).text()).events;
    expect(english.find((e) => e.uid === 'prefecture@opale')).toMatchObject({
      summary: 'Meeting at the prefecture',
      location: 'Place Richelieu, Calais',
      categories: ['Meeting with the authorities'],
      start: '2026-11-05T09:00:00.000Z',
      end: '2026-11-05T10:30:00.000Z',
      status: 'CONFIRMED',
      description: [
        'Organised by: Refugee Community Kitchen',
        'Answers:',
        '- Refugee Community Kitchen: going (Marie, Tom)',
        '- Utopia 56: no answer yet',
        'Open action items:',
        '- Send the winter figures (Refugee Community Kitchen, due 2026-11-03)',
      ].join('\n'),
    });
    expect(english.find((e) => e.uid === 'training@opale')).toMatchObject({
      status: 'CANCELLED',
      location: 'https://meet.example.org/first-aid',
      url: 'https://meet.example.org/first-aid',
    });
    // Beyond the window (the past week and the next 60 days).
    expect(uidsOf(english).has('far-away@opale')).toBe(false);

    // admin.calais reads Opale in French.
    const french = readCalendar(await (await exportAgenda(admin)).text()).events;
    expect(french.find((e) => e.uid === 'prefecture@opale')).toMatchObject({
      categories: ['Réunion avec les autorités'],
      description: [
        'Organisé par : Refugee Community Kitchen',
        'Réponses :',
        '- Refugee Community Kitchen : participe (Marie, Tom)',
        '- Utopia 56 : pas encore de réponse',
        'Actions à faire :',
        '- Send the winter figures (Refugee Community Kitchen, pour le 2026-11-03)',
      ].join('\n'),
    });
  });

  it('shows a group’s items only to its organisations’ members, in the export and in feeds, until the organisation leaves', async () => {
    const repFeed = await createAgendaFeed(rep);
    const adminFeed = await createAgendaFeed(admin);
    const observer = await signIn(server, 'observer.calais@demo.opale');

    const inRepFeed = readCalendar(await (await fetch(repFeed.url)).text());
    expect(inRepFeed.name).toBe('Agenda — Calais');
    expect(inRepFeed.events.find((e) => e.uid === 'group-strategy@opale')).toMatchObject({
      summary: 'Strategy of the food working group',
      categories: ['Coalition meeting', 'Food working group'],
      description: 'Group: Food working group\nOrganised by: Refugee Community Kitchen',
      start: '2026-11-03T08:00:00.000Z',
    });
    expect(
      uidsOf(readCalendar(await (await exportAgenda(rep)).text()).events).has(
        'group-strategy@opale',
      ),
    ).toBe(true);

    // The platform admin manages the group but is not in it; nor is the observer's organisation.
    for (const events of [
      readCalendar(await (await fetch(adminFeed.url)).text()).events,
      readCalendar(await (await exportAgenda(admin)).text()).events,
      readCalendar(await (await exportAgenda(observer)).text()).events,
    ]) {
      expect(uidsOf(events).has('prefecture@opale')).toBe(true);
      expect(uidsOf(events).has('group-strategy@opale')).toBe(false);
    }

    await trpcMutation(server, admin, 'group.removeOrganisation', {
      platform: 'calais',
      groupId,
      organisationId: rck,
    });
    // The same link, read again: what the organisation may read now.
    const afterLeaving = readCalendar(await (await fetch(repFeed.url)).text()).events;
    expect(uidsOf(afterLeaving).has('prefecture@opale')).toBe(true);
    expect(uidsOf(afterLeaving).has('group-strategy@opale')).toBe(false);
    expect(
      uidsOf(readCalendar(await (await exportAgenda(rep)).text()).events).has(
        'group-strategy@opale',
      ),
    ).toBe(false);
    await trpcMutation(server, admin, 'group.addOrganisation', {
      platform: 'calais',
      groupId,
      organisationId: rck,
    });
  });

  it('limits an organisation’s agenda link to what that organisation organises or is invited to', async () => {
    const feed = await createAgendaFeed(admin, 'organisation');
    const { name, events } = readCalendar(await (await fetch(feed.url)).text());
    expect(name).toBe('Agenda — Utopia 56 · Calais');
    const uids = uidsOf(events);
    expect(uids.has('fortnightly@opale')).toBe(true);
    expect(uids.has('prefecture@opale')).toBe(true);
    expect(uids.has('training@opale')).toBe(true);
    const field = await signIn(server, 'field.calais@demo.opale');
    const rckFeed = await createAgendaFeed(field, 'organisation');
    const rckUids = uidsOf(readCalendar(await (await fetch(rckFeed.url)).text()).events);
    // Utopia 56 organises the training alone and did not invite the kitchen.
    expect(rckUids.has('training@opale')).toBe(false);
    expect(rckUids.has('prefecture@opale')).toBe(true);
  });

  it('answers 404 to a revoked agenda link and to one whose owner left the platform', async () => {
    const feed = await createAgendaFeed(rep);
    expect((await fetch(feed.url)).status).toBe(200);
    await trpcMutation(server, rep, 'feed.revoke', { platform: 'calais', feedId: feed.id });
    const gone = await fetch(feed.url);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { error: string }).error).toMatch(
      /the link was revoked.*Create a new calendar link/,
    );

    const coordinator = await signIn(server, 'coordinator.calais@demo.opale');
    const leaving = await createAgendaFeed(coordinator);
    expect((await fetch(leaving.url)).status).toBe(200);
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

  it('refuses the export to someone signed out or from another platform, and records each download', async () => {
    const anonymous = await exportAgenda();
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: string }).error).toMatch(
      /^Sign in to Opale first/,
    );
    const dunkirk = await signIn(server, 'admin.dunkirk@demo.opale');
    const forbidden = await exportAgenda(dunkirk);
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { error: string }).error).toBe(
      'You are not a member of the platform "calais". Ask one of its admins for an invitation.',
    );

    const field = await signIn(server, 'field.calais@demo.opale');
    const calendar = readCalendar(await (await exportAgenda(field)).text());
    const calais = await findPlatformBySlug(server.handle.db, 'calais');
    const [latest] = await listAuditEvents(server.handle.db, {
      platformId: calais!.id,
      action: 'export.downloaded',
      limit: 1,
    });
    expect(latest).toMatchObject({
      actorEmail: 'field.calais@demo.opale',
      targetType: 'export',
      targetId: 'agenda.ics',
    });
    expect(JSON.parse(latest!.detail)).toEqual({
      export: 'agenda',
      items: uidsOf(calendar.events).size,
    });
  });
});
