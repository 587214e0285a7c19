/**
 * The incident exports over HTTP, against the visibility matrix: every role of two
 * organisations, reports of each that are drafts, verified, shared with a group both joined or
 * with one only the other joined. Each export must hold exactly what `incident.list` shows the
 * same member through tRPC — the redacted one all of it, the full one only their organisation's.
 */
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, scheduleBoard, type IncidentDraft, type Role } from '@opale/core';
import {
  findPlatformBySlug,
  findUserByEmail,
  insertGroup,
  insertMembership,
  insertUser,
  upsertGroupOrganisation,
} from '@opale/db';
import { fullIncidentColumns, incidentColumns } from '../src/exports/incidents';
import { organisationIdsOf, trpcMutation } from './schedule-fixture';
import { signIn, startTestServer, type TestServer } from './support';

type Listed = { id: string; organisationId: string; access: string };

const groupG = '50000000-0000-4000-8000-0000000000a1'; // Utopia 56 and ECPAT France joined it
const groupH = '50000000-0000-4000-8000-0000000000a2'; // ECPAT France joined; Utopia 56 only invited

/** Strings that must never leave in a redacted export. */
const secret = {
  narrative: 'NARRATIVE-7f3a',
  place: 'PLACETEXT-91c2',
  site: 'SITENAME-Lighthouse',
  witness: 'WITNESS-Ondine',
  followupNote: 'FOLLOWUPNOTE-44e0',
};

describe('the incident exports', () => {
  let server: TestServer;
  const cookies = new Map<string, string>();
  const ids: Record<string, string> = {};
  const cookieOf = (who: string) => {
    const cookie = cookies.get(who);
    if (!cookie) throw new Error(`nobody signed in as ${who}`);
    return cookie;
  };
  const nameOf = (id: string) => Object.entries(ids).find(([, value]) => value === id)?.[0] ?? id;

  const draft = (name: string): IncidentDraft => ({
    type: 'eviction_during_distribution',
    occurredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    siteId: 'calais-lighthouse',
    placeText: `${secret.place} ${name}`,
    commune: 'Calais',
    authority: 'crs',
    officers: 12,
    vehicles: 3,
    itemsSeized: 20,
    fineAmountCents: 13500,
    fineNoticeDate: null,
    narrative: `${secret.narrative} ${name}: the evening meal was stopped after twenty minutes.`,
  });

  const download = (path: string, cookie?: string) =>
    fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });

  async function csvOf(path: string, who: string): Promise<{ text: string; rows: string[][] }> {
    const response = await download(path, cookieOf(who));
    const text = (await response.text()).replace(/^\uFEFF/, '');
    expect(response.status, `${who} downloads ${path}: ${text}`).toBe(200);
    const rows: string[][] = parse(text);
    return { text, rows };
  }

  async function listed(who: string): Promise<Listed[]> {
    const input = encodeURIComponent(JSON.stringify({ platform: 'calais' }));
    const response = await download(`/trpc/incident.list?input=${input}`, cookieOf(who));
    expect(response.status).toBe(200);
    return ((await response.json()) as { result: { data: Listed[] } }).result.data;
  }

  beforeAll(async () => {
    server = await startTestServer({
      limits: { requestsPerMinute: 100_000, loginAttemptsPerMinute: 1000 },
    });
    const db = server.handle.db;
    const platform = (await findPlatformBySlug(db, 'calais'))!;
    const idOf = await organisationIdsOf(server, 'calais');
    const organisations = { utopia: idOf('Utopia 56'), ecpat: idOf('ECPAT France') };
    await server.app.liveDocuments.writeDocument('schedule:calais', 'test', (doc) =>
      scheduleBoard.writeSite(doc, 'calais-lighthouse', {
        name: secret.site,
        area: null,
        description: null,
        locationText: null,
        activeFrom: null,
        activeUntil: null,
      }),
    );

    // One member per role in each organisation, sharing the demo accounts' password.
    const { passwordHash } = (await findUserByEmail(db, 'admin.calais@demo.opale'))!;
    const at = new Date().toISOString();
    const members: [string, keyof typeof organisations, Role][] = [
      ...roles.flatMap((role) => [
        [`utopia ${role}`, 'utopia', role] as [string, 'utopia', Role],
        [`ecpat ${role}`, 'ecpat', role] as [string, 'ecpat', Role],
      ]),
      ['utopia field2', 'utopia', 'field'],
    ];
    for (const [who, organisation, role] of members) {
      const userId = randomUUID();
      const email = `${who.replace(' ', '.')}@matrix.test`;
      await insertUser(db, {
        id: userId,
        email,
        name: who,
        passwordHash,
        locale: 'en',
        createdAt: at,
        passwordChangedAt: at,
      });
      await insertMembership(db, {
        id: randomUUID(),
        userId,
        platformId: platform.id,
        organisationId: organisations[organisation],
        role,
        createdAt: at,
        updatedAt: at,
      });
      cookies.set(who, await signIn(server, email));
    }
    // Utopia 56's admin on Dunkirk: the same organisation, another platform.
    cookies.set('dunkirk admin', await signIn(server, 'admin.dunkirk@demo.opale'));

    for (const [id, name, kind] of [
      [groupG, 'Matrix coalition', 'coalition'],
      [groupH, 'Matrix advocacy', 'advocacy'],
    ] as const) {
      await insertGroup(db, { id, platformId: platform.id, name, kind, createdAt: at });
    }
    const link = (groupId: string, organisationId: string, status: string) =>
      upsertGroupOrganisation(db, { groupId, organisationId, status, addedAt: at, answeredAt: at });
    await link(groupG, organisations.utopia, 'member');
    await link(groupG, organisations.ecpat, 'member');
    await link(groupH, organisations.ecpat, 'member');
    await link(groupH, organisations.utopia, 'invited');

    const call = <T>(who: string, path: string, input: Record<string, unknown>) =>
      trpcMutation<T>(server, cookieOf(who), path, { platform: 'calais', ...input });
    const report = async (name: string, who: string) => {
      ids[name] = (
        await call<{ id: string }>(who, 'incident.create', {
          idempotencyKey: randomUUID(),
          draft: draft(name),
        })
      ).id;
      return ids[name];
    };
    await report('uDraft', 'utopia field');
    await call('utopia rep', 'incident.verify', {
      incidentId: await report('uVerified', 'utopia field2'),
    });
    const uShared = await report('uShared', 'utopia field2');
    await call('utopia rep', 'incident.verify', { incidentId: uShared });
    await call('utopia rep', 'incident.share', { incidentId: uShared, groupId: groupG });
    await report('eDraft', 'ecpat field');
    for (const [name, group] of [
      ['eVerified', null],
      ['eSharedG', groupG],
      ['eSharedH', groupH],
    ] as const) {
      const id = await report(name, 'ecpat rep');
      await call('ecpat admin', 'incident.verify', { incidentId: id });
      if (group) await call('ecpat rep', 'incident.share', { incidentId: id, groupId: group });
    }
    for (const [who, incidentId] of [
      ['utopia rep', uShared],
      ['ecpat rep', ids.eSharedG!],
    ] as const) {
      await call(who, 'incident.addWitness', {
        incidentId,
        witness: { name: `${secret.witness} (bénévole)`, contact: 'via the coordinator' },
      });
      await call(who, 'incident.addFollowup', {
        incidentId,
        followup: {
          kind: 'complaint',
          filedOn: new Date().toISOString().slice(0, 10),
          outcome: 'pending',
          notes: `${secret.followupNote} filed at the commissariat`,
        },
      });
    }
  });
  afterAll(() => server.close());

  const utopiaStaff = ['uDraft', 'uVerified', 'uShared', 'eSharedG'];
  const ecpatStaff = ['eDraft', 'eVerified', 'eSharedG', 'eSharedH', 'uShared'];
  const readable: Record<string, string[]> = {
    'utopia admin': utopiaStaff,
    'utopia coordinator': utopiaStaff,
    'utopia rep': utopiaStaff,
    'utopia field': ['uDraft', 'uShared', 'eSharedG'],
    'utopia field2': ['uVerified', 'uShared', 'eSharedG'],
    'utopia observer': ['uShared', 'eSharedG'],
    'ecpat admin': ecpatStaff,
    'ecpat coordinator': ecpatStaff,
    'ecpat rep': ecpatStaff,
    'ecpat field': ['eDraft', 'eSharedG', 'eSharedH', 'uShared'],
    'ecpat observer': ['eSharedG', 'eSharedH', 'uShared'],
  };
  const fullExport: Record<string, string[] | 'refused'> = {
    'utopia admin': ['uDraft', 'uVerified', 'uShared'],
    'utopia coordinator': ['uDraft', 'uVerified', 'uShared'],
    'utopia rep': ['uDraft', 'uVerified', 'uShared'],
    'utopia field': ['uDraft'],
    'utopia field2': ['uVerified', 'uShared'],
    'utopia observer': 'refused',
    'ecpat admin': ['eDraft', 'eVerified', 'eSharedG', 'eSharedH'],
    'ecpat coordinator': ['eDraft', 'eVerified', 'eSharedG', 'eSharedH'],
    'ecpat rep': ['eDraft', 'eVerified', 'eSharedG', 'eSharedH'],
    'ecpat field': ['eDraft'],
    'ecpat observer': 'refused',
  };
  const sorted = (names: readonly string[]) => [...names].sort();

  it('puts in incidents.csv exactly the reports incident.list shows, for every role of both organisations', async () => {
    for (const [who, names] of Object.entries(readable)) {
      const viaApi = (await listed(who)).map((i) => nameOf(i.id));
      const { rows } = await csvOf('/export/calais/incidents.csv', who);
      const viaCsv = rows.slice(1).map((row) => nameOf(row[0]!));
      expect(sorted(viaApi), `${who} lists`).toEqual(sorted(names));
      expect(sorted(viaCsv), `${who} exports`).toEqual(sorted(viaApi));
      // The printable report counts the same reports.
      const html = await (
        await download('/export/calais/incidents/report.html', cookieOf(who))
      ).text();
      const total = /<th scope="row">Incidents<\/th><td class="n">(\d+)<\/td>/.exec(html)?.[1];
      expect(Number(total), `${who} prints`).toBe(names.length);
    }
  });

  it('gives in full only the organisation’s own reports (a field member only theirs), never another’s even shared', async () => {
    for (const [who, names] of Object.entries(fullExport)) {
      if (names === 'refused') {
        const response = await download('/export/calais/incidents.csv?full=1', cookieOf(who));
        expect(response.status, who).toBe(403);
        expect(((await response.json()) as { error: string }).error).toMatch(/redacted export/);
        continue;
      }
      const { rows } = await csvOf('/export/calais/incidents.csv?full=1', who);
      expect(rows[0]).toEqual([...fullIncidentColumns]);
      const exported = rows.slice(1).map((row) => nameOf(row[0]!));
      expect(sorted(exported), who).toEqual(sorted(names));
      // The same as what the API says the member reads as their organisation's or as author.
      const inside = (await listed(who)).filter((i) => i.access !== 'group');
      expect(sorted(exported), who).toEqual(sorted(inside.map((i) => nameOf(i.id))));
      const own = who.startsWith('utopia') ? 'u' : 'e';
      expect(
        exported.every((name) => name.startsWith(own)),
        who,
      ).toBe(true);
    }
  });

  it('refuses the signed out (401) and members of another platform (403)', async () => {
    for (const path of [
      '/export/calais/incidents.csv',
      '/export/calais/incidents.csv?full=1',
      '/export/calais/incidents/report.html',
    ]) {
      expect((await download(path)).status, path).toBe(401);
      expect((await download(path, cookieOf('dunkirk admin'))).status, path).toBe(403);
    }
    // On its own platform, the Dunkirk admin sees none of Calais's reports.
    const { rows } = await csvOf('/export/dunkirk/incidents.csv', 'dunkirk admin');
    expect(rows.slice(1).filter((row) => Object.values(ids).includes(row[0]!))).toEqual([]);
  });

  it('keeps narrative, witnesses, exact place, site and notes out of the redacted CSV and the printed report', async () => {
    for (const who of ['utopia admin', 'ecpat rep', 'utopia observer']) {
      const { text, rows } = await csvOf('/export/calais/incidents.csv', who);
      expect(rows[0]).toEqual([...incidentColumns]);
      expect(rows.every((row) => row.length === incidentColumns.length)).toBe(true);
      for (const value of Object.values(secret))
        expect(text, `${who}: ${value}`).not.toContain(value);

      const page = await download('/export/calais/incidents/report.html', cookieOf(who));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      const html = await page.text();
      expect(html).not.toMatch(/<script/i);
      for (const value of Object.values(secret))
        expect(html, `${who}: ${value}`).not.toContain(value);
    }
  });

  it('shows follow-ups (kind and outcome) and groups only on the organisation’s own rows', async () => {
    const { rows } = await csvOf('/export/calais/incidents.csv', 'utopia rep');
    const column = (name: (typeof incidentColumns)[number]) => incidentColumns.indexOf(name);
    const row = (name: string) => rows.find((r) => r[0] === ids[name])!;
    expect(row('uShared')[column('followups')]).toBe('complaint: pending');
    expect(row('uShared')[column('shared_with')]).toBe('Matrix coalition');
    expect(row('uShared')[column('fine_eur')]).toBe('135.00');
    expect(row('uShared')[column('commune')]).toBe('Calais');
    expect(row('uShared')[column('organisation')]).toBe('Utopia 56');
    // ECPAT France's shared report: its figures, not its follow-ups or groups.
    expect(row('eSharedG')[column('followups')]).toBe('');
    expect(row('eSharedG')[column('shared_with')]).toBe('');
    expect(row('eSharedG')[column('status')]).toBe('shared');
  });

  it('adds the time, place, narrative and notes to the full CSV, but never a witness', async () => {
    const { text, rows } = await csvOf('/export/calais/incidents.csv?full=1', 'utopia rep');
    const column = (name: (typeof fullIncidentColumns)[number]) =>
      fullIncidentColumns.indexOf(name);
    const row = rows.find((r) => r[0] === ids.uShared)!;
    expect(row[column('narrative')]).toContain(secret.narrative);
    expect(row[column('place')]).toContain(secret.place);
    expect(row[column('site')]).toBe(secret.site);
    expect(row[column('followup_notes')]).toContain(secret.followupNote);
    expect(row[column('time')]).toMatch(/^\d{2}:\d{2}$/);
    expect(row[column('attachments')]).toBe('0');
    expect(text).not.toContain(secret.witness);
  });

  it('audits every download, with whether it was full and how many rows it held', async () => {
    const db = server.handle.db;
    const user = (await findUserByEmail(db, 'ecpat.observer@matrix.test'))!;
    const before = await db
      .selectFrom('auditEvents')
      .select('id')
      .where('actorId', '=', user.id)
      .execute();
    await csvOf('/export/calais/incidents.csv', 'ecpat observer');
    await download('/export/calais/incidents/report.html', cookieOf('ecpat observer'));
    const events = await db
      .selectFrom('auditEvents')
      .selectAll()
      .where('actorId', '=', user.id)
      .where('id', 'not in', before.length > 0 ? before.map((e) => e.id) : [-1])
      .orderBy('id')
      .execute();
    const downloads = events.filter((e) => e.action === 'export.downloaded');
    expect(downloads.map((e) => [e.targetId, JSON.parse(e.detail) as unknown])).toEqual([
      [
        'incidents.csv',
        { export: 'incidents', full: false, scope: 'all', from: null, to: null, rows: 3 },
      ],
      [
        'incidents/report.html',
        expect.objectContaining({ export: 'incident-report', full: false, rows: 3 }),
      ],
    ]);
    // Each report of the other organisation it held is an audited read from outside.
    const outside = events.filter((e) => e.action === 'incident.read_outside');
    expect(outside.map((e) => nameOf(e.targetId!))).toEqual(['uShared']);
    expect(JSON.parse(outside[0]!.detail)).toMatchObject({ via: 'export' });
  });

  it('answers a bad period or scope with what to write instead', async () => {
    for (const [query, message] of [
      ['from=2026-13-01', /YYYY-MM-DD/],
      ['from=2026-11-20&to=2026-11-01', /swap them/],
      ['scope=everything', /all .* own .* shared/],
      ['full=yes', /full=1/],
    ] as const) {
      const response = await download(
        `/export/calais/incidents.csv?${query}`,
        cookieOf('utopia rep'),
      );
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
  });
});
