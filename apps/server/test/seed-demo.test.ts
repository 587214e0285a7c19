import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuthConfig, signIn } from '@opale/api';
import {
  findPlatformBySlug,
  findUserByEmail,
  listDistributionBansOfPlatform,
  listGroupsOfPlatform,
  listMembershipsOfUser,
  listOrganisationsOfPlatform,
  listReadingsOfDocument,
  listRenewalsOfBans,
  migrateToLatest,
  openSqlite,
  type SqliteHandle,
} from '@opale/db';
import {
  databaseHasUsers,
  demoAccounts,
  formatDemoAccounts,
  seedDemo,
} from '../src/demo/seed-demo';
import * as Y from 'yjs';
import {
  addDays,
  agendaBoard,
  audiences,
  banStandingOn,
  bansAffecting,
  capacityBoard,
  expandAgenda,
  expandSchedule,
  freshnessOf,
  idList,
  isOverdue,
  isServiceTypeCode,
  localDateOf,
  mayWrite,
  onlinePlaceProblem,
  scheduleBoard,
  weekCoverage,
  weekdayOf,
  type CapacityEntry,
} from '@opale/core';
import { seedDemoAgenda } from '../src/demo/seed-agenda';
import { seedDemoBoards } from '../src/demo/seed-boards';
import { demoCapacitySteps } from '../src/demo/seed-capacity';
import { loadDocument } from '../src/demo/seed-document';
import { SqlDocumentStore } from '../src/live/sql-document-store';
import { LiveBoard, until } from './live-client';
import { signIn as signInOverHttp, startTestServer, type TestServer } from './support';

describe('the demo dataset', () => {
  let handle: SqliteHandle;
  beforeAll(async () => {
    handle = openSqlite(':memory:');
    await migrateToLatest(handle.db);
    expect(await databaseHasUsers(handle.db)).toBe(false);
    await seedDemo(handle.db, new Date('2026-11-26T08:00:00Z'));
  });
  afterAll(() => handle.db.destroy());

  it('has one account per role on each platform, named <role>.<platform>@demo.opale', async () => {
    expect(await databaseHasUsers(handle.db)).toBe(true);
    const emails = demoAccounts.map((account) => account.email).sort();
    expect(emails).toEqual(
      ['calais', 'dunkirk']
        .flatMap((platform) =>
          ['admin', 'coordinator', 'rep', 'field', 'observer'].map(
            (role) => `${role}.${platform}@demo.opale`,
          ),
        )
        .sort(),
    );
    for (const account of demoAccounts) {
      const user = await findUserByEmail(handle.db, account.email);
      expect(user?.name).toMatch(/^[A-Z][a-z]+ \(demo [a-z]+, (Calais|Dunkirk)\)$/);
      const memberships = await listMembershipsOfUser(handle.db, user!.id);
      expect(memberships).toHaveLength(1);
      expect(memberships[0]).toMatchObject({ role: account.role, platformSlug: account.platform });
      expect(memberships[0]!.organisationName).toBe(account.organisation);
    }
  });

  it('puts each organisation on the platforms it works on, each demo account in one of them', async () => {
    const calais = await findPlatformBySlug(handle.db, 'calais');
    const dunkirk = await findPlatformBySlug(handle.db, 'dunkirk');
    const onCalais = (await listOrganisationsOfPlatform(handle.db, calais!.id)).map((o) => o.name);
    const onDunkirk = (await listOrganisationsOfPlatform(handle.db, dunkirk!.id)).map(
      (o) => o.name,
    );
    expect(onCalais).toEqual(
      expect.arrayContaining([
        'Utopia 56',
        'Care4Calais',
        'La Vie Active',
        'Human Rights Observers',
      ]),
    );
    expect(onCalais).not.toContain('Salam');
    expect(onDunkirk).toEqual(
      expect.arrayContaining(['Utopia 56', 'Salam', 'Project Play', 'Médecins du Monde']),
    );
    expect(onDunkirk).not.toContain('Care4Calais');
    for (const account of demoAccounts) {
      expect(account.platform === 'calais' ? onCalais : onDunkirk).toContain(account.organisation);
    }
  });

  it('records state-mandated and publicly funded organisations as such', async () => {
    const rows = await handle.db
      .selectFrom('organisations')
      .select(['name', 'kind', 'stateMandated', 'publiclyFunded'])
      .execute();
    expect(rows.find((o) => o.name === 'La Vie Active')).toMatchObject({
      kind: 'state_service',
      stateMandated: 1,
      publiclyFunded: 1,
    });
    expect(rows.find((o) => o.name === 'Croix-Rouge française')).toMatchObject({
      stateMandated: 1,
      publiclyFunded: 1,
    });
    expect(rows.find((o) => o.name === 'Utopia 56')).toMatchObject({
      stateMandated: 0,
      publiclyFunded: 0,
    });
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });

  it('lets every demo account sign in with the password opale-demo', async () => {
    const deps = {
      db: handle.db,
      now: () => new Date(),
      auth: defaultAuthConfig,
      // Nobody holds a live connection here: signing in ends no socket.
      live: { closeSessions: () => {}, refreshUser: () => {}, refreshDocument: () => {} },
    };
    for (const account of demoAccounts) {
      const result = await signIn(
        deps,
        { email: account.email, password: 'opale-demo' },
        { ip: null, userAgent: null },
      );
      expect(result.ok, account.email).toBe(true);
    }
  });

  it('prints a table of the accounts with the shared password', () => {
    const table = formatDemoAccounts();
    expect(table).toContain('password: opale-demo');
    expect(table).toMatch(/admin\.calais@demo\.opale\s+admin\s+Calais\s+Utopia 56/);
    expect(table.split('\n')).toHaveLength(3 + demoAccounts.length);
  });

  it('writes the demo boards on the server, as updates in the document log', async () => {
    const store = new SqlDocumentStore(handle.db);
    await seedDemoBoards(handle.db, store, new Date('2026-11-26T08:00:00Z'));
    const load = async (name: string) => {
      const stored = await store.load(name);
      const doc = new Y.Doc();
      for (const update of stored.updates) Y.applyUpdate(doc, update.bytes);
      expect(stored.updates.every((u) => u.author === null)).toBe(true);
      return doc;
    };
    const calais = await load('schedule:calais');
    expect(
      scheduleBoard
        .sites(calais)
        .map((s) => s.fields.name)
        .sort(),
    ).toEqual(['Site Gare', 'Site Hôpital', 'Site Nord']);
    const rck = (
      await listOrganisationsOfPlatform(
        handle.db,
        (await findPlatformBySlug(handle.db, 'calais'))!.id,
      )
    ).find((o) => o.name === 'Refugee Community Kitchen')!;
    expect(scheduleBoard.series(calais).find((s) => s.id === 'rck-lunch')?.root).toBe(
      `org:${rck.id}`,
    );
    const capacity = await load('capacity:dunkirk');
    expect(capacityBoard.services(capacity).map((s) => s.fields.name)).toContain('First aid post');
  });

  it('gives each platform a week with exactly one gap and one clash, and what the field team recorded', async () => {
    const store = new SqlDocumentStore(handle.db);
    const now = new Date('2026-11-26T08:00:00Z');
    const today = '2026-11-26';
    const thisWeek = addDays(today, -weekdayOf(today));
    const doc = async (name: string) => {
      const stored = await store.load(name);
      const loaded = new Y.Doc();
      for (const update of stored.updates) Y.applyUpdate(loaded, update.bytes);
      return loaded;
    };
    // Written by the test before: the boards are written once, into an empty log.
    if ((await store.load('schedule:calais')).updates.length === 0) {
      await seedDemoBoards(handle.db, store, now);
    }
    const expected = {
      calais: {
        gap: { siteId: 'calais-station', serviceType: 'medical_consultation', weekday: 6 },
        clash: { siteId: 'calais-station', serviceType: 'phone_charging', weekday: 5 },
        names: ['Secours Catholique', 'Utopia 56'],
      },
      dunkirk: {
        gap: { siteId: 'dunkirk-grande-synthe', serviceType: 'showers', weekday: 3 },
        clash: { siteId: 'dunkirk-loon', serviceType: 'meal', weekday: 4 },
        names: ['Salam', 'Utopia 56'],
      },
    };
    for (const [slug, want] of Object.entries(expected)) {
      const board = await doc(`schedule:${slug}`);
      const source = scheduleBoard.source(board);
      const platform = await findPlatformBySlug(handle.db, slug);
      const organisations = await listOrganisationsOfPlatform(handle.db, platform!.id);
      const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name;
      // Only organisations of the platform hold series.
      expect(source.series.every((s) => nameOf(s.root.slice(4)) !== undefined)).toBe(true);
      expect(new Set(source.series.map((s) => s.root)).size).toBeGreaterThanOrEqual(5);
      for (const service of [
        'meal',
        'drinking_water',
        'phone_charging',
        'showers',
        'medical_consultation',
      ]) {
        expect(
          source.series.some((s) => s.fields.serviceType === service),
          service,
        ).toBe(true);
      }

      // The week before too: the same every week.
      for (const weekStart of [thisWeek, addDays(thisWeek, -7), addDays(thisWeek, 7)]) {
        const coverage = weekCoverage(
          expandSchedule(source, weekStart, addDays(weekStart, 6)),
          weekStart,
        );
        expect(
          coverage.gaps.map((g) => [g.siteId, g.serviceType, g.date]),
          `${slug} week of ${weekStart}`,
        ).toEqual([[want.gap.siteId, want.gap.serviceType, addDays(weekStart, want.gap.weekday)]]);
        expect(
          coverage.overlaps.map((o) => [
            o.siteId,
            o.serviceType,
            o.date,
            [nameOf(o.first.organisationId), nameOf(o.second.organisationId)].sort(),
          ]),
        ).toEqual([
          [
            want.clash.siteId,
            want.clash.serviceType,
            addDays(weekStart, want.clash.weekday),
            want.names,
          ],
        ]);
      }

      // The last days: done with counts, one disrupted, by the organisation the demo rep and
      // field member share.
      const past = [...source.states.entries()];
      expect(past.every(([key]) => key.slice(-10) < today)).toBe(true);
      expect(past.filter(([, s]) => s.status === 'disrupted')).toHaveLength(1);
      expect(past.filter(([, s]) => s.status === 'done').every(([, s]) => s.servedCount! > 0)).toBe(
        true,
      );
      const rep = demoAccounts.find((a) => a.platform === slug && a.role === 'rep')!;
      const field = demoAccounts.find((a) => a.platform === slug && a.role === 'field')!;
      expect(field.organisation).toBe(rep.organisation);
      const repSeries = source.series.filter((s) => nameOf(s.root.slice(4)) === rep.organisation);
      expect(past.some(([key]) => repSeries.some((s) => key.startsWith(`${s.id}:`)))).toBe(true);
    }
  });
});

describe.each([
  ['on a Thursday', new Date('2026-11-26T08:00:00Z')],
  // Half past midnight in Paris on the Monday after the clocks went forward.
  ['just after midnight on a Monday', new Date('2026-03-29T22:30:00Z')],
])('the demo agenda, seeded %s', (_when, now) => {
  const today = localDateOf(now);
  const windowFrom = addDays(today, -14);
  const windowTo = addDays(today, 21);
  let handle: SqliteHandle;
  let store: SqlDocumentStore;
  const organisationsOf = async (slug: string) =>
    listOrganisationsOfPlatform(handle.db, (await findPlatformBySlug(handle.db, slug))!.id);
  const organisationOf = async (slug: string, role: string) => {
    const account = demoAccounts.find((a) => a.platform === slug && a.role === role)!;
    return (await organisationsOf(slug)).find((o) => o.name === account.organisation)!;
  };
  const groupsOf = async (slug: string) =>
    listGroupsOfPlatform(handle.db, (await findPlatformBySlug(handle.db, slug))!.id);

  beforeAll(async () => {
    handle = openSqlite(':memory:');
    await migrateToLatest(handle.db);
    await seedDemo(handle.db, now);
    store = new SqlDocumentStore(handle.db);
    await seedDemoBoards(handle.db, store, now);
  });
  afterAll(() => handle.db.destroy());

  it.each(['calais', 'dunkirk'])(
    'gives %s a weekly meeting of its admin organisation, with minutes of a past date and answers per date',
    async (slug) => {
      const doc = await loadDocument(store, `agenda:${slug}`);
      const meeting = agendaBoard.items(doc).find((i) => i.fields.kind === 'platform_meeting')!;
      expect(meeting.fields.rrule).toMatch(/^FREQ=WEEKLY;BYDAY=[A-Z]{2}$/);
      expect(meeting.fields.organisers).toBe((await organisationOf(slug, 'admin')).id);
      const dates = expandAgenda([meeting], windowFrom, windowTo);
      expect(dates.length).toBeGreaterThanOrEqual(4);

      const minuted = dates.filter((o) => agendaBoard.notes(doc, o.key).length > 0);
      expect(minuted).toHaveLength(1);
      expect(minuted[0]!.date < today).toBe(true);
      expect(agendaBoard.notes(doc, minuted[0]!.key).toJSON()).toMatch(
        /Present: \d+ organisations[\s\S]*eviction operations/,
      );

      const answered = dates.filter((o) => (agendaBoard.answers(doc).get(o.key)?.size ?? 0) >= 3);
      expect(answered.length).toBeGreaterThanOrEqual(2);
      expect(answered.some((o) => o.date < today)).toBe(true);
      expect(answered.some((o) => o.date > today)).toBe(true);
    },
  );

  it.each(['calais', 'dunkirk'])(
    'gives %s a meeting with the authorities, a training and a joint activity at a site of its schedule',
    async (slug) => {
      const doc = await loadDocument(store, `agenda:${slug}`);
      const items = agendaBoard.items(doc);
      const ofKind = (kind: string) => items.filter((i) => i.fields.kind === kind);
      const authorities = ofKind('authorities_meeting');
      expect(authorities).toHaveLength(1);
      expect(authorities[0]!.fields.placeKind).toBe('address');
      expect(authorities[0]!.fields.title).toMatch(/préfecture/i);
      expect(ofKind('training')).toHaveLength(1);
      for (const item of items.filter((i) => i.fields.placeKind === 'online')) {
        expect(onlinePlaceProblem(item.fields.place!)).toBeNull();
      }
      // A month of agenda around the seed date: everything happens in it.
      for (const item of items) {
        expect(expandAgenda([item], windowFrom, windowTo).length, item.id).toBeGreaterThan(0);
        if (item.fields.rrule === null) {
          expect(item.fields.date >= windowFrom && item.fields.date <= windowTo).toBe(true);
        }
      }

      const joint = ofKind('joint_activity')[0]!;
      const sites = scheduleBoard.sites(await loadDocument(store, `schedule:${slug}`));
      expect(joint.fields.placeKind).toBe('site');
      expect(sites.map((s) => s.id)).toContain(joint.fields.place);
      expect(joint.fields.date > today).toBe(true);
      const answers = [...agendaBoard.answers(doc).get(joint.id)!.values()];
      expect(new Set(answers.map((a) => a.answer))).toEqual(
        new Set(['going', 'maybe', 'not_going']),
      );
      expect(answers.filter((a) => a.answer === 'going').every((a) => a.attendees)).toBe(true);
      expect(answers.every((a) => a.at < now.toISOString())).toBe(true);
    },
  );

  it.each(['calais', 'dunkirk'])(
    'lists action items on %s with owners and due dates, some overdue and some done',
    async (slug) => {
      const doc = await loadDocument(store, `agenda:${slug}`);
      const items = agendaBoard.items(doc);
      const actions = agendaBoard.actions(doc).map((a) => a.fields);
      const organisationIds = (await organisationsOf(slug)).map((o) => o.id);
      expect(actions.filter((a) => isOverdue(a, today)).length).toBeGreaterThanOrEqual(1);
      const done = actions.filter((a) => a.done);
      expect(done.length).toBeGreaterThanOrEqual(1);
      expect(done.every((a) => a.doneBy && a.doneAt! < now.toISOString())).toBe(true);
      for (const action of actions) {
        expect(organisationIds).toContain(action.owner);
        expect(organisationIds).toContain(action.createdBy);
        expect(
          items.map((i) => i.id),
          action.text,
        ).toContain(action.itemId);
        const item = items.find((i) => i.id === action.itemId)!;
        // An action of a recurring meeting belongs to one of its dates.
        if (item.fields.rrule !== null) {
          expect(
            expandAgenda([item], windowFrom, windowTo).map((o) => o.date),
            action.text,
          ).toContain(action.occurrenceDate);
        }
      }
      for (const [key, answersOf] of agendaBoard.answers(doc)) {
        expect(expandAgenda(items, windowFrom, windowTo).map((o) => o.key)).toContain(key);
        for (const organisationId of answersOf.keys()) {
          expect(organisationIds).toContain(organisationId);
        }
      }
    },
  );

  it.each(['calais', 'dunkirk'])(
    "invites the demo rep's organisation on %s and gives it an action item to do",
    async (slug) => {
      const doc = await loadDocument(store, `agenda:${slug}`);
      const rep = await organisationOf(slug, 'rep');
      expect(agendaBoard.items(doc).some((i) => idList(i.fields.invited).includes(rep.id))).toBe(
        true,
      );
      expect(
        agendaBoard.actions(doc).some((a) => a.fields.owner === rep.id && !a.fields.done),
      ).toBe(true);
    },
  );

  it.each(['calais', 'dunkirk'])(
    "keeps %s's child-protection coalition meeting in the group's document, out of the platform's",
    async (slug) => {
      const coalition = (await groupsOf(slug)).find(
        (g) => g.name === 'Child protection coalition',
      )!;
      expect(coalition.kind).toBe('coalition');
      const groupDoc = await loadDocument(store, `agenda:${slug}:group:${coalition.id}`);
      const meetings = agendaBoard.items(groupDoc);
      expect(meetings.map((i) => i.fields.kind)).toEqual(['coalition_meeting']);
      expect(meetings[0]!.fields.rrule).toMatch(/^FREQ=WEEKLY;INTERVAL=2;BYDAY=/);
      const members = coalition.organisations.map((o) => o.organisationId);
      for (const answersOf of agendaBoard.answers(groupDoc).values()) {
        for (const organisationId of answersOf.keys()) expect(members).toContain(organisationId);
      }
      expect(idList(meetings[0]!.fields.invited).every((id) => members.includes(id))).toBe(true);

      const platformDoc = await loadDocument(store, `agenda:${slug}`);
      const onPlatform = agendaBoard.items(platformDoc);
      expect(onPlatform.some((i) => i.fields.kind === 'coalition_meeting')).toBe(false);
      expect(onPlatform.map((i) => i.id)).not.toContain(meetings[0]!.id);
      expect([...platformDoc.share.keys()].some((root) => root.includes(meetings[0]!.id))).toBe(
        false,
      );
    },
  );

  it('records distribution bans: on Calais one renewed twice then suspended, one in force with its challenge pending; on Dunkirk one expired', async () => {
    const bansOf = async (slug: string) => {
      const platform = (await findPlatformBySlug(handle.db, slug))!;
      const rows = await listDistributionBansOfPlatform(handle.db, platform.id);
      const renewals = await listRenewalsOfBans(
        handle.db,
        rows.map((r) => r.id),
      );
      return rows.map((row) => ({
        ...row,
        siteIds: JSON.parse(row.siteIds) as string[],
        renewals: renewals.get(row.id) ?? [],
        challenge:
          row.challengeState === 'decided'
            ? {
                state: 'decided' as const,
                court: row.challengeCourt!,
                filedOn: row.challengeFiledOn!,
                reference: row.challengeReference!,
                outcome: row.challengeOutcome as 'suspended',
                decidedOn: row.challengeDecidedOn!,
              }
            : row.challengeState === 'filed'
              ? {
                  state: 'filed' as const,
                  court: row.challengeCourt!,
                  filedOn: row.challengeFiledOn!,
                  reference: row.challengeReference!,
                }
              : { state: 'none' as const },
        authority: row.authority as 'prefecture',
      }));
    };
    const calais = await bansOf('calais');
    const standings = calais.map((ban) => [
      ban.renewals.length,
      ban.challenge.state,
      banStandingOn(ban, today),
    ]);
    expect(standings.sort()).toEqual([
      [0, 'filed', 'in_force'],
      [2, 'decided', 'lifted'],
    ]);
    const inForce = calais.find((ban) => banStandingOn(ban, today) === 'in_force')!;
    expect(inForce.siteIds).toEqual(['calais-station']);
    expect(inForce.reference).toMatch(/DEMO/);

    // The order in force covers demo distributions at the station: the schedule warns of them.
    const doc = await loadDocument(store, 'schedule:calais');
    const warned = scheduleBoard
      .series(doc)
      .filter((series) => bansAffecting(series, calais, { from: today }).length > 0);
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.every((series) => series.fields.siteId === 'calais-station')).toBe(true);

    const dunkirk = await bansOf('dunkirk');
    expect(dunkirk.map((ban) => [ban.authority, banStandingOn(ban, today)])).toEqual([
      ['municipality', 'expired'],
    ]);
  });

  it("puts the Calais rep's organisation in the coalition but not the observer's, and only invites a publicly funded one to advocacy", async () => {
    const statusesOf = async (slug: string, name: string) => {
      const organisations = await organisationsOf(slug);
      const group = (await groupsOf(slug)).find((g) => g.name === name)!;
      return Object.fromEntries(
        group.organisations.map((o) => [
          organisations.find((candidate) => candidate.id === o.organisationId)!.name,
          o.status,
        ]),
      );
    };
    expect(await statusesOf('calais', 'Child protection coalition')).toEqual({
      'ECPAT France': 'member',
      'Utopia 56': 'member',
      'Refugee Community Kitchen': 'member',
      'Médecins du Monde': 'member',
      'Secours Catholique': 'member',
    });
    expect((await organisationOf('calais', 'rep')).name).toBe('Refugee Community Kitchen');
    expect((await organisationOf('calais', 'observer')).name).toBe('La Vie Active');
    expect(await statusesOf('calais', 'Advocacy working group')).toEqual({
      'Utopia 56': 'member',
      'Human Rights Observers': 'member',
      Care4Calais: 'member',
      'Secours Catholique': 'invited',
    });
    expect((await groupsOf('calais')).find((g) => g.name === 'Advocacy working group')?.kind).toBe(
      'advocacy',
    );
    expect(await statusesOf('dunkirk', 'Child protection coalition')).toEqual({
      'ECPAT France': 'member',
      'Utopia 56': 'member',
      'Project Play': 'member',
      'Médecins du Monde': 'member',
    });
    expect((await groupsOf('dunkirk')).map((g) => g.name)).toEqual(['Child protection coalition']);
  });

  it('changes nothing when seeded again', async () => {
    const everything = async () => ({
      log: await handle.db
        .selectFrom('documentUpdates')
        .select(['doc', 'seq'])
        .orderBy('doc')
        .orderBy('seq')
        .execute(),
      groups: await handle.db.selectFrom('groups').selectAll().orderBy('id').execute(),
      links: await handle.db
        .selectFrom('groupOrganisations')
        .selectAll()
        .orderBy('groupId')
        .orderBy('organisationId')
        .execute(),
    });
    const before = await everything();
    expect(before.log.filter((row) => row.doc.startsWith('agenda:'))).toHaveLength(5);
    await seedDemoBoards(handle.db, store, new Date(now.getTime() + 86_400_000));
    await seedDemoAgenda(handle.db, new SqlDocumentStore(handle.db), now);
    expect(await everything()).toEqual(before);
  });
});

describe('the demo agenda, live', () => {
  let server: TestServer;
  let coalitionDoc: string;
  beforeAll(async () => {
    server = await startTestServer();
    await seedDemoBoards(server.handle.db, new SqlDocumentStore(server.handle.db), new Date());
    const calais = await findPlatformBySlug(server.handle.db, 'calais');
    const coalition = (await listGroupsOfPlatform(server.handle.db, calais!.id)).find(
      (g) => g.name === 'Child protection coalition',
    )!;
    coalitionDoc = `agenda:calais:group:${coalition.id}`;
  });
  afterAll(() => server.close());

  it("shows the Calais rep the coalition's restricted meeting, and keeps the observer out", async () => {
    const rep = new LiveBoard(
      server,
      await signInOverHttp(server, 'rep.calais@demo.opale'),
      coalitionDoc,
    );
    await rep.synced();
    expect(agendaBoard.item(rep.doc, 'calais-child-protection')?.kind).toBe('coalition_meeting');
    rep.destroy();

    const observer = new LiveBoard(
      server,
      await signInOverHttp(server, 'observer.calais@demo.opale'),
      coalitionDoc,
    );
    await until(() => observer.closes.length > 0, 'the observer to be refused');
    expect(observer.closes[0]).toBe(4403);
    observer.destroy();

    // What the observer does see: the platform's own agenda, without the coalition's meeting.
    const platform = new LiveBoard(
      server,
      await signInOverHttp(server, 'observer.calais@demo.opale'),
      'agenda:calais',
    );
    await platform.synced();
    expect(agendaBoard.items(platform.doc).map((i) => i.fields.kind)).toContain('joint_activity');
    expect(agendaBoard.item(platform.doc, 'calais-child-protection')).toBeNull();
    platform.destroy();
  });
});

describe('the demo capacity boards', () => {
  const now = new Date('2026-11-26T08:00:00Z');
  let handle: SqliteHandle;
  let store: SqlDocumentStore;
  const organisationsOf = async (slug: string) =>
    listOrganisationsOfPlatform(handle.db, (await findPlatformBySlug(handle.db, slug))!.id);

  beforeAll(async () => {
    handle = openSqlite(':memory:');
    await migrateToLatest(handle.db);
    await seedDemo(handle.db, now);
    store = new SqlDocumentStore(handle.db);
    await seedDemoBoards(handle.db, store, now);
  });
  afterAll(() => handle.db.destroy());

  it.each(['calais', 'dunkirk'])(
    'gives %s shelters, transport to them, a clinic, showers, phone charging and legal information',
    async (slug) => {
      const doc = await loadDocument(store, `capacity:${slug}`);
      const entries = capacityBoard.entries(doc);
      const unitsOf = (type: string) =>
        new Set(entries.filter((e) => e.service.serviceType === type).map((e) => e.service.unit));
      expect(entries.filter((e) => e.service.serviceType === 'shelter').length).toBeGreaterThan(1);
      expect(unitsOf('shelter')).toEqual(new Set(['beds']));
      expect(unitsOf('shelter_transport')).toEqual(new Set(['places']));
      expect(unitsOf('medical_consultation')).toEqual(new Set(['slots']));
      expect(unitsOf('showers')).toEqual(new Set(['slots']));
      expect(unitsOf('phone_charging')).toEqual(new Set(['places']));
      expect(unitsOf('legal_information')).toEqual(new Set(['slots']));
      // Kept from before: the Croix-Rouge's first aid post.
      expect(entries.find((e) => e.id === 'first-aid')?.service.name).toBe('First aid post');
      expect(
        entries.some((e) => e.service.serviceType === 'shelter' && e.service.rrule === null),
      ).toBe(true);
      expect(entries.some((e) => e.service.opensAt !== null && e.service.rrule !== null)).toBe(
        true,
      );

      const organisationIds = (await organisationsOf(slug)).map((o) => o.id);
      const siteIds = scheduleBoard
        .sites(await loadDocument(store, `schedule:${slug}`))
        .map((s) => s.id);
      for (const { id, organisationId, service, reading } of entries) {
        expect(organisationIds, id).toContain(organisationId);
        expect(isServiceTypeCode(service.serviceType), id).toBe(true);
        // At a site of the schedule board or at an address, never neither.
        if (service.siteId !== null) expect(siteIds, id).toContain(service.siteId);
        else expect(service.address, id).toBeTruthy();
        for (const code of service.audience.split(' ').filter(Boolean)) {
          expect(audiences as readonly string[], id).toContain(code);
        }
        expect(reading, id).not.toBeNull();
        expect(reading!.total).toBe(service.total);
        if (reading!.available !== null) {
          expect(reading!.available).toBeGreaterThanOrEqual(0);
          expect(reading!.available).toBeLessThanOrEqual(service.total!);
        }
      }
    },
  );

  it.each(['calais', 'dunkirk'])(
    'keeps the readings of %s in the SQL history, one row per logged update, over the last days',
    async (slug) => {
      const doc = `capacity:${slug}`;
      const rows = await listReadingsOfDocument(handle.db, doc);
      const log = (await store.load(doc)).updates;
      // The services, then one update per reading or change: none carries two readings.
      expect(new Set(rows.map((r) => r.seq)).size).toBe(rows.length);
      expect(rows.every((r) => log.some((u) => u.seq === r.seq))).toBe(true);
      expect(rows.length).toBeGreaterThan(40);
      expect(rows.every((r) => r.authorId === null && r.platform === slug)).toBe(true);

      // Logged in the order they were taken, all before the seed, over at least three days.
      const times = rows.map((r) => Date.parse(r.readingAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)!).toBeLessThanOrEqual(now.getTime());
      expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(3 * 86_400_000);

      // Shelters several times a day, the others about daily.
      const days = (serviceId: string) =>
        rows
          .filter((r) => r.serviceId === serviceId)
          .map((r) => localDateOf(new Date(r.readingAt)));
      const perDay = (serviceId: string) =>
        Math.max(
          ...[...new Set(days(serviceId))].map(
            (d) => days(serviceId).filter((x) => x === d).length,
          ),
        );
      const board = capacityBoard.entries(await loadDocument(store, doc));
      const shelter = board.find((e) => e.service.serviceType === 'shelter' && e.service.public)!;
      expect(perDay(shelter.id)).toBeGreaterThanOrEqual(3);
      expect(new Set(days(shelter.id)).size).toBeGreaterThanOrEqual(4);
      const showers = board.find(
        (e) => e.service.serviceType === 'showers' && !e.service.archived,
      )!;
      expect(perDay(showers.id)).toBe(1);

      // The last row of each service is the reading the board shows.
      for (const entry of board) {
        const last = rows.filter((r) => r.serviceId === entry.id).at(-1)!;
        expect(last, entry.id).toMatchObject({
          organisationId: entry.organisationId,
          status: entry.reading!.status,
          available: entry.reading!.available,
          byName: entry.reading!.by,
          readingAt: entry.reading!.at,
        });
      }
    },
  );

  it.each(['calais', 'dunkirk'])(
    'shows on %s at seed time confirmed and unconfirmed services, a full shelter confirmed, an internal one and an archived one',
    async (slug) => {
      const entries = capacityBoard.entries(await loadDocument(store, `capacity:${slug}`));
      const freshness = (e: CapacityEntry) => freshnessOf(e.service, e.reading, now).kind;
      const onBoard = entries.filter((e) => !e.service.archived);
      expect(onBoard.filter((e) => freshness(e) === 'confirmed').length).toBeGreaterThan(2);
      expect(onBoard.filter((e) => freshness(e) === 'unconfirmed').length).toBeGreaterThan(1);
      expect(onBoard.some((e) => freshness(e) === 'none')).toBe(false);
      expect(
        onBoard.some(
          (e) =>
            e.service.serviceType === 'shelter' &&
            e.reading!.status === 'full' &&
            e.reading!.available === 0 &&
            freshness(e) === 'confirmed',
        ),
      ).toBe(true);
      // A shelter past its hours shows as unconfirmed, not as still full.
      expect(
        onBoard.some(
          (e) =>
            ['shelter', 'shelter_transport'].includes(e.service.serviceType) &&
            freshness(e) === 'unconfirmed',
        ),
      ).toBe(true);
      const internal = onBoard.filter((e) => !e.service.public);
      expect(internal.length).toBeGreaterThanOrEqual(1);
      expect(internal.every((e) => e.service.staleAfterMinutes !== null)).toBe(true);
      const archived = entries.filter((e) => e.service.archived);
      expect(archived).toHaveLength(1);
      expect(Date.parse(archived[0]!.reading!.at)).toBeLessThan(now.getTime() - 2 * 86_400_000);
    },
  );

  it.each(['calais', 'dunkirk'])(
    "gives the organisation of %s's demo field member a service it may confirm",
    async (slug) => {
      const field = demoAccounts.find((a) => a.platform === slug && a.role === 'field')!;
      const organisation = (await organisationsOf(slug)).find(
        (o) => o.name === field.organisation,
      )!;
      const own = capacityBoard
        .entries(await loadDocument(store, `capacity:${slug}`))
        .filter((e) => e.organisationId === organisation.id && !e.service.archived);
      expect(own.length).toBeGreaterThanOrEqual(1);
      const writer = { role: 'field' as const, organisationId: organisation.id };
      expect(
        mayWrite(
          'capacity',
          { root: `org:${organisation.id}`, key: `reading:${own[0]!.id}` },
          writer,
        ),
      ).toBe(true);
      // Their own earlier readings are on it too.
      expect(own[0]!.reading?.by).toBe(field.name);
    },
  );

  it('changes nothing when seeded again', async () => {
    const everything = async () => ({
      log: await handle.db
        .selectFrom('documentUpdates')
        .select(['doc', 'seq', 'bytes'])
        .where('doc', 'like', 'capacity:%')
        .orderBy('doc')
        .orderBy('seq')
        .execute(),
      history: await handle.db
        .selectFrom('capacityReadings')
        .selectAll()
        .orderBy('doc')
        .orderBy('seq')
        .execute(),
    });
    const before = await everything();
    expect(before.history.length).toBeGreaterThan(0);
    await seedDemoBoards(handle.db, store, new Date(now.getTime() + 86_400_000));
    await seedDemoBoards(handle.db, new SqlDocumentStore(handle.db), now);
    expect(await everything()).toEqual(before);
  });
});

describe('the demo capacity plan, whatever the hour of the seed', () => {
  // Every half hour over two days: a Thursday in November, and the weekends the clocks change.
  const seedTimes = [
    '2026-11-25T00:00:00Z',
    '2026-10-24T00:00:00Z',
    '2026-03-28T00:00:00Z',
  ].flatMap((start) =>
    Array.from({ length: 96 }, (_, i) => new Date(Date.parse(start) + i * 30 * 60_000)),
  );

  it.each(['calais', 'dunkirk'])(
    'always has on %s a confirmed full shelter, unconfirmed services, and readings in order before the seed',
    (slug) => {
      for (const now of seedTimes) {
        const steps = demoCapacitySteps(slug, (name) => `id-of-${name}`, now);
        const doc = new Y.Doc();
        for (const step of steps) step.write(doc);
        const times = steps.map((s) => s.at.getTime());
        const when = now.toISOString();
        expect(times, when).toEqual([...times].sort((a, b) => a - b));
        expect(times.at(-1)!, when).toBeLessThanOrEqual(now.getTime());
        expect(times.at(-1)! - times[1]!, when).toBeGreaterThanOrEqual(3 * 86_400_000);

        const onBoard = capacityBoard.entries(doc).filter((e) => !e.service.archived);
        const freshness = (e: CapacityEntry) => freshnessOf(e.service, e.reading, now).kind;
        expect(
          onBoard.some(
            (e) =>
              e.service.serviceType === 'shelter' &&
              e.reading?.status === 'full' &&
              freshness(e) === 'confirmed',
          ),
          when,
        ).toBe(true);
        expect(onBoard.filter((e) => freshness(e) === 'unconfirmed').length, when).toBeGreaterThan(
          1,
        );
        expect(onBoard.filter((e) => freshness(e) === 'confirmed').length, when).toBeGreaterThan(2);
      }
    },
  );
});

describe('the demo capacity boards, live', () => {
  let server: TestServer;
  const history = (doc: string) => listReadingsOfDocument(server.handle.db, doc);
  beforeAll(async () => {
    server = await startTestServer();
    await seedDemoBoards(server.handle.db, new SqlDocumentStore(server.handle.db), new Date());
  });
  afterAll(() => server.close());

  it('adds no history row twice when the live server loads a seeded board', async () => {
    const before = await history('capacity:calais');
    expect(before.length).toBeGreaterThan(40);
    const board = new LiveBoard(
      server,
      await signInOverHttp(server, 'observer.calais@demo.opale'),
      'capacity:calais',
    );
    await board.synced();
    expect(capacityBoard.services(board.doc).length).toBeGreaterThan(5);
    board.destroy();
    expect(await history('capacity:calais')).toEqual(before);
  });

  it('derives from the seeded log the same history the seed wrote', async () => {
    const seeded = await history('capacity:dunkirk');
    await server.handle.db
      .deleteFrom('capacityReadings')
      .where('doc', '=', 'capacity:dunkirk')
      .execute();
    const board = new LiveBoard(
      server,
      await signInOverHttp(server, 'observer.dunkirk@demo.opale'),
      'capacity:dunkirk',
    );
    // The server projects the log's tail as it loads the board, before it syncs anyone.
    await board.synced();
    board.destroy();
    const withoutRecordedAt = (rows: typeof seeded) =>
      rows.map(({ recordedAt: _recordedAt, ...row }) => row);
    expect(withoutRecordedAt(await history('capacity:dunkirk'))).toEqual(withoutRecordedAt(seeded));
  });

  it("lets the Calais field member confirm their organisation's phone charging, into the history", async () => {
    const before = await history('capacity:calais');
    const board = new LiveBoard(
      server,
      await signInOverHttp(server, 'field.calais@demo.opale'),
      'capacity:calais',
    );
    await board.synced();
    const charging = capacityBoard.entries(board.doc).find((e) => e.id === 'rck-phone-charging')!;
    capacityBoard.recordReading(board.doc, charging.organisationId, charging.id, {
      status: 'limited',
      available: 6,
      total: 48,
      note: null,
      by: 'Alex (demo field, Calais)',
      at: new Date().toISOString(),
    });
    // The history is SQL, not the board: ask it until the row is there.
    let after = before;
    const start = Date.now();
    while (after.length === before.length && Date.now() - start < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await history('capacity:calais');
    }
    expect(board.closes).toEqual([]);
    board.destroy();
    const field = await findUserByEmail(server.handle.db, 'field.calais@demo.opale');
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual([
      expect.objectContaining({
        serviceId: 'rck-phone-charging',
        status: 'limited',
        available: 6,
        authorId: field!.id,
      }),
    ]);
  });
});
