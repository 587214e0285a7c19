/**
 * The incident report against the demo data: what `incidentReport.summary` and the printable
 * report count for Utopia 56's admin on Calais must equal counts made here independently, with
 * plain SQL over the tables and Paris months from Intl — not with the code under test.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  incidentAuthorities,
  incidentTypes,
  localDateOf,
  personalDataWarnings,
  type IncidentReport,
} from '@opale/core';
import { findPlatformBySlug } from '@opale/db';
import { seedDemoBoards } from '../src/demo/seed-boards';
import { demoIncidents } from '../src/demo/demo-incidents';
import { SqlDocumentStore } from '../src/live/sql-document-store';
import { organisationIdsOf } from './schedule-fixture';
import { signIn, startTestServer, type TestServer } from './support';

type Counts = Record<string, number>;

const parisMonth = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
});
/** `YYYY-MM` of an instant in Paris, from the platform's own formatter. */
const monthOf = (iso: string) => parisMonth.format(new Date(iso)).slice(0, 7);

const demoSiteNames: Record<string, string> = {
  'calais-north': 'Site Nord',
  'calais-hospital': 'Site Hôpital',
  'calais-station': 'Site Gare',
};

const countsOf = (entries: readonly { key: string; count: number }[]): Counts =>
  Object.fromEntries(entries.filter((e) => e.count > 0).map((e) => [e.key, e.count]));

function tally(keys: readonly string[]): Counts {
  const counts: Counts = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

describe('the incident report over the demo data', () => {
  let server: TestServer;
  let admin: string;
  let utopia: string;
  let calaisId: string;
  const now = new Date();

  beforeAll(async () => {
    server = await startTestServer({ now: () => now });
    await seedDemoBoards(server.handle.db, new SqlDocumentStore(server.handle.db), now);
    admin = await signIn(server, 'admin.calais@demo.opale');
    utopia = (await organisationIdsOf(server, 'calais'))('Utopia 56');
    calaisId = (await findPlatformBySlug(server.handle.db, 'calais'))!.id;
  });
  afterAll(() => server.close());

  /** Utopia 56's own reports, and those shared with a group Utopia 56 joined: what its admin reads. */
  const readableByUtopia = (scope: 'all' | 'own' | 'shared' = 'all') => {
    const own = sql`i.organisation_id = ${utopia}`;
    const shared = sql`EXISTS (
      SELECT 1 FROM incident_shares s
      JOIN group_organisations g ON g.group_id = s.group_id
      WHERE s.incident_id = i.id AND g.organisation_id = ${utopia} AND g.status = 'member')`;
    const where = scope === 'own' ? own : scope === 'shared' ? shared : sql`(${own} OR ${shared})`;
    return sql`SELECT i.* FROM incidents i WHERE i.platform_id = ${calaisId} AND ${where}`;
  };

  async function groupCount(column: 'type' | 'authority' | 'commune' | 'status'): Promise<Counts> {
    const { rows } = await sql<{ key: string; n: number }>`
      SELECT r.${sql.ref(column)} AS key, COUNT(*) AS n FROM (${readableByUtopia()}) r
      GROUP BY r.${sql.ref(column)}`.execute(server.handle.db);
    return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
  }

  async function summary(scope: 'all' | 'own' | 'shared'): Promise<IncidentReport> {
    const input = encodeURIComponent(JSON.stringify({ platform: 'calais', scope }));
    const response = await fetch(`${server.url}/trpc/incidentReport.summary?input=${input}`, {
      headers: { cookie: admin },
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { result: { data: IncidentReport } }).result.data;
  }

  it('counts by type, authority, commune and status as SQL does', async () => {
    const report = await summary('all');
    expect(countsOf(report.byType)).toEqual(await groupCount('type'));
    expect(countsOf(report.byAuthority)).toEqual(await groupCount('authority'));
    expect(countsOf(report.byCommune)).toEqual(await groupCount('commune'));
    const status = await groupCount('status');
    expect(report.verification).toMatchObject({
      draft: status.draft ?? 0,
      verified: status.verified ?? 0,
      shared: status.shared ?? 0,
    });
    // Nothing to count would prove nothing: the admin reads a good part of the demo.
    expect(report.totals.incidents).toBeGreaterThan(15);
  });

  it('counts by Paris month, by site or commune, and adds up as SQL does', async () => {
    const report = await summary('all');
    const { rows } = await sql<{
      occurredAt: string;
      siteId: string | null;
      commune: string;
    }>`SELECT r.occurred_at, r.site_id, r.commune FROM (${readableByUtopia()}) r`.execute(
      server.handle.db,
    );
    expect(countsOf(report.byMonth)).toEqual(tally(rows.map((r) => monthOf(r.occurredAt))));
    expect(countsOf(report.byPlace)).toEqual(
      tally(rows.map((r) => (r.siteId ? demoSiteNames[r.siteId]! : r.commune))),
    );

    const {
      rows: [totals],
    } = await sql<{
      n: number;
      officers: number;
      vehicles: number;
      items: number;
      fines: number;
      cents: number;
    }>`
      SELECT COUNT(*) AS n, SUM(r.officers) AS officers, SUM(r.vehicles) AS vehicles,
        SUM(r.items_seized) AS items,
        SUM(CASE WHEN r.fine_amount_cents > 0 THEN 1 ELSE 0 END) AS fines,
        SUM(r.fine_amount_cents) AS cents
      FROM (${readableByUtopia()}) r`.execute(server.handle.db);
    expect(report.totals).toEqual({
      incidents: Number(totals!.n),
      officers: Number(totals!.officers),
      vehicles: Number(totals!.vehicles),
      itemsSeized: Number(totals!.items),
      fines: Number(totals!.fines),
      fineCents: Number(totals!.cents),
    });

    for (const days of [7, 30, 90] as const) {
      const since = new Date(now.getTime() - days * 86_400_000).toISOString();
      const {
        rows: [recent],
      } = await sql<{ n: number }>`
        SELECT COUNT(*) AS n FROM (${readableByUtopia()}) r
        WHERE r.occurred_at > ${since}`.execute(server.handle.db);
      const key = `last${days}Days` as const;
      expect(report.recency[key], key).toBe(Number(recent!.n));
    }
  });

  it('counts only the organisation’s own, or only what is shared with its groups, when asked', async () => {
    for (const scope of ['own', 'shared'] as const) {
      const { rows } = await sql<{
        type: string;
      }>`SELECT r.type FROM (${readableByUtopia(scope)}) r`.execute(server.handle.db);
      const report = await summary(scope);
      expect(countsOf(report.byType), scope).toEqual(tally(rows.map((r) => r.type)));
      expect(rows.length, scope).toBeGreaterThan(0);
    }
  });

  it('prints the same counts in the printable report, at commune level only', async () => {
    const response = await fetch(`${server.url}/export/calais/incidents/report.html`, {
      headers: { cookie: admin },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    const table = (id: string): Counts => {
      const section = new RegExp(`<section id="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
      const counts: Counts = {};
      for (const match of section.matchAll(
        /<tr data-key="([^"]+)"><th scope="row">[^<]*<\/th><td class="n">(\d+)<\/td>/g,
      )) {
        if (Number(match[2]) > 0) counts[match[1]!.replace(/&#39;/g, "'")] = Number(match[2]);
      }
      return counts;
    };
    expect(table('types')).toEqual(await groupCount('type'));
    expect(table('authorities')).toEqual(await groupCount('authority'));
    expect(table('communes')).toEqual(await groupCount('commune'));
    const { rows } = await sql<{ occurredAt: string }>`
      SELECT r.occurred_at FROM (${readableByUtopia()}) r`.execute(server.handle.db);
    expect(table('months')).toEqual(tally(rows.map((r) => monthOf(r.occurredAt))));
    // Sites are exact places: the printed report does not name them.
    for (const site of Object.values(demoSiteNames)) expect(html).not.toContain(site);
  });
});

describe('the demo incidents', () => {
  let server: TestServer;
  const now = new Date();
  beforeAll(async () => {
    server = await startTestServer({ now: () => now });
    await seedDemoBoards(server.handle.db, new SqlDocumentStore(server.handle.db), now);
  });
  afterAll(() => server.close());

  const countRows = async (
    table: 'incidents' | 'incident_followups' | 'incident_witnesses' | 'incident_shares',
  ) => {
    const { rows } = await sql<{
      n: number;
    }>`SELECT COUNT(*) AS n FROM ${sql.table(table)}`.execute(server.handle.db);
    return Number(rows[0]!.n);
  };

  it('holds no text that looks like personal data: no names, phone numbers or camp locations', async () => {
    const incidents = await server.handle.db
      .selectFrom('incidents')
      .select(['narrative', 'placeText'])
      .execute();
    const notes = await server.handle.db.selectFrom('incidentFollowups').select('notes').execute();
    const texts = [
      ...incidents.flatMap((i) => [i.narrative, i.placeText ?? '']),
      ...notes.map((n) => n.notes),
    ];
    expect(texts.length).toBeGreaterThan(60);
    expect(
      texts.flatMap((text) => personalDataWarnings(text).map((w) => `${w.kind}: ${text}`)),
    ).toEqual([]);
  });

  it('spreads about four months of incidents of every type and authority over both platforms', async () => {
    const rows = await server.handle.db
      .selectFrom('incidents')
      .innerJoin('platforms', 'platforms.id', 'incidents.platformId')
      .select([
        'platforms.slug',
        'incidents.type',
        'incidents.authority',
        'incidents.status',
        'incidents.occurredAt',
        'incidents.organisationId',
      ])
      .execute();
    const on = (slug: string) => rows.filter((r) => r.slug === slug);
    expect(on('calais')).toHaveLength(demoIncidents.calais!.length);
    expect(on('dunkirk')).toHaveLength(demoIncidents.dunkirk!.length);
    expect(on('calais').length).toBeGreaterThanOrEqual(35);
    expect(on('dunkirk').length).toBeGreaterThanOrEqual(15);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(incidentTypes));
    expect(new Set(rows.map((r) => r.authority))).toEqual(new Set(incidentAuthorities));
    for (const slug of ['calais', 'dunkirk']) {
      expect(new Set(on(slug).map((r) => r.status)), slug).toEqual(
        new Set(['draft', 'verified', 'shared']),
      );
      expect(new Set(on(slug).map((r) => r.organisationId)).size, slug).toBeGreaterThanOrEqual(4);
      const ages = on(slug).map((r) => (now.getTime() - Date.parse(r.occurredAt)) / 86_400_000);
      expect(Math.min(...ages), slug).toBeGreaterThan(0);
      expect(Math.max(...ages), slug).toBeGreaterThan(100);
      expect(Math.max(...ages), slug).toBeLessThan(125);
    }
  });

  it('shares reports with both Calais groups and records each kind of follow-up', async () => {
    const shares = await server.handle.db
      .selectFrom('incidentShares')
      .innerJoin('groups', 'groups.id', 'incidentShares.groupId')
      .select('groups.name')
      .distinct()
      .execute();
    expect(shares.map((s) => s.name).sort()).toEqual([
      'Advocacy working group',
      'Child protection coalition',
    ]);
    const followups = await server.handle.db.selectFrom('incidentFollowups').selectAll().execute();
    expect(new Set(followups.map((f) => f.kind))).toEqual(
      new Set(['complaint', 'defenseur_des_droits', 'court_action']),
    );
    expect(followups.some((f) => f.kind === 'court_action' && f.outcome === 'upheld')).toBe(true);
    expect(followups.some((f) => f.kind === 'complaint' && f.outcome === 'pending')).toBe(true);
    // A decided follow-up has its decision date, after its filing and not in the future.
    const today = localDateOf(now);
    for (const followup of followups) {
      if (followup.outcome === 'pending') expect(followup.decidedOn).toBeNull();
      else {
        expect(followup.decidedOn! >= followup.filedOn, followup.notes).toBe(true);
        expect(followup.decidedOn! <= today, followup.notes).toBe(true);
      }
    }
    expect(followups.filter((f) => f.decidedOn !== null).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps volunteer witnesses on open cases only', async () => {
    const witnesses = await server.handle.db
      .selectFrom('incidentWitnesses')
      .innerJoin('incidents', 'incidents.id', 'incidentWitnesses.incidentId')
      .select(['incidentWitnesses.name', 'incidents.closedAt'])
      .execute();
    expect(witnesses.length).toBeGreaterThan(0);
    expect(witnesses.every((w) => w.closedAt === null)).toBe(true);
    expect(witnesses.every((w) => /\((bénévole|volunteer|observatrice)\)$/.test(w.name))).toBe(
      true,
    );
  });

  it('adds nothing when seeded again', async () => {
    const tables = [
      'incidents',
      'incident_followups',
      'incident_witnesses',
      'incident_shares',
    ] as const;
    const before = await Promise.all(tables.map(countRows));
    await seedDemoBoards(server.handle.db, new SqlDocumentStore(server.handle.db), now);
    expect(await Promise.all(tables.map(countRows))).toEqual(before);
  });
});
