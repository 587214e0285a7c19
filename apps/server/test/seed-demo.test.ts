import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuthConfig, signIn } from '@opale/api';
import {
  findPlatformBySlug,
  findUserByEmail,
  listMembershipsOfUser,
  listOrganisationsOfPlatform,
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
  capacityBoard,
  expandSchedule,
  scheduleBoard,
  weekCoverage,
  weekdayOf,
} from '@opale/core';
import { seedDemoBoards } from '../src/demo/seed-boards';
import { SqlDocumentStore } from '../src/live/sql-document-store';

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
    expect(capacityBoard.services(capacity).map((s) => s.fields.name)).toEqual(['First aid post']);
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
