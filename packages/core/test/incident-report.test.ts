import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  incidentAuthorities,
  incidentReport,
  incidentStatuses,
  incidentTypes,
  parisMonthOf,
  type IncidentReportRow,
} from '../src';

const row = (change: Partial<IncidentReportRow>): IncidentReportRow => ({
  occurredAt: '2026-11-10T10:00:00.000Z',
  type: 'eviction_during_distribution',
  authority: 'crs',
  siteId: null,
  commune: 'Calais',
  officers: null,
  vehicles: null,
  itemsSeized: null,
  fineAmountCents: null,
  status: 'verified',
  ...change,
});

const siteNames = new Map([
  ['calais-north', 'Site Nord'],
  ['calais-hospital', 'Site Hôpital'],
]);
const now = new Date('2026-11-26T09:00:00.000Z');

/** Five reports whose counts are worked out by hand below. */
const rows: IncidentReportRow[] = [
  // 23:30 UTC on 31 October is 00:30 on 1 November in Paris (winter time, UTC+1).
  row({
    occurredAt: '2026-10-31T23:30:00.000Z',
    siteId: 'calais-north',
    officers: 20,
    vehicles: 5,
    itemsSeized: 30,
    status: 'shared',
  }),
  row({
    occurredAt: '2026-10-31T22:30:00.000Z',
    type: 'fine',
    authority: 'police_nationale',
    commune: 'Coquelles',
    officers: 2,
    vehicles: 1,
    fineAmountCents: 13500,
  }),
  row({
    occurredAt: '2026-11-25T17:45:00.000Z',
    siteId: 'calais-hospital',
    officers: 12,
    vehicles: 3,
    itemsSeized: 8,
    status: 'draft',
  }),
  row({
    occurredAt: '2026-09-02T06:00:00.000Z',
    type: 'fine',
    authority: 'police_nationale',
    fineAmountCents: 13500,
  }),
  // A site that left the schedule board: counted under its commune.
  row({ occurredAt: '2026-11-20T08:00:00.000Z', siteId: 'gone-site', commune: 'Marck' }),
];

describe('the incident report', () => {
  it('puts 23:30 UTC on 31 October in November, the month it is in Paris', () => {
    expect(parisMonthOf('2026-10-31T23:30:00.000Z')).toBe('2026-11');
    expect(parisMonthOf('2026-10-31T22:30:00.000Z')).toBe('2026-10');
    // Summer time (UTC+2): 22:30 UTC on 31 August is already September.
    expect(parisMonthOf('2026-08-31T22:30:00.000Z')).toBe('2026-09');
  });

  it('counts by Paris month over the whole period, months without incidents included', () => {
    const report = incidentReport(rows, { now, siteNames, from: '2026-08-01', to: '2026-11-30' });
    expect(report.byMonth).toEqual([
      { key: '2026-08', count: 0 },
      { key: '2026-09', count: 1 },
      { key: '2026-10', count: 1 },
      { key: '2026-11', count: 3 },
    ]);
  });

  it('counts by type, authority, place and commune, largest first', () => {
    const report = incidentReport(rows, { now, siteNames });
    expect(report.byType).toEqual([
      { key: 'eviction_during_distribution', count: 3 },
      { key: 'fine', count: 2 },
    ]);
    expect(report.byAuthority).toEqual([
      { key: 'crs', count: 3 },
      { key: 'police_nationale', count: 2 },
    ]);
    expect(report.byPlace).toEqual([
      { key: 'Calais', count: 1 },
      { key: 'Coquelles', count: 1 },
      { key: 'Marck', count: 1 },
      { key: 'Site Hôpital', count: 1 },
      { key: 'Site Nord', count: 1 },
    ]);
    expect(report.byCommune).toEqual([
      { key: 'Calais', count: 3 },
      { key: 'Coquelles', count: 1 },
      { key: 'Marck', count: 1 },
    ]);
  });

  it('adds up officers, vehicles, items seized and fines in cents', () => {
    expect(incidentReport(rows, { now, siteNames }).totals).toEqual({
      incidents: 5,
      officers: 34,
      vehicles: 9,
      itemsSeized: 38,
      fines: 2,
      fineCents: 27000,
    });
  });

  it('says how recent the incidents are, counted back from now', () => {
    expect(incidentReport(rows, { now, siteNames }).recency).toEqual({
      // 25 Nov 17:45 and 20 Nov 08:00 are within 7 days of 26 Nov 09:00; 31 Oct within 30.
      last7Days: 2,
      last30Days: 4,
      last90Days: 5,
      latest: '2026-11-25T17:45:00.000Z',
    });
  });

  it('says how many are drafts, verified and shared, and the share verified', () => {
    expect(incidentReport(rows, { now, siteNames }).verification).toEqual({
      draft: 1,
      verified: 3,
      shared: 1,
      verifiedShare: 0.8,
    });
  });

  it('draws a daily timeline for a short period and a weekly one from Monday for a long one', () => {
    const short = incidentReport(rows, { now, siteNames, from: '2026-11-18', to: '2026-11-26' });
    expect(short.timeline.unit).toBe('day');
    expect(short.timeline.points).toHaveLength(9);
    expect(short.timeline.points.filter((p) => p.count > 0)).toEqual([
      { key: '2026-11-20', count: 1 },
      { key: '2026-11-25', count: 1 },
    ]);

    const long = incidentReport(rows, { now, siteNames, from: '2026-10-01', to: '2026-11-26' });
    expect(long.timeline.unit).toBe('week');
    // 1 October 2026 is a Thursday: the first week starts on Monday 28 September.
    expect(long.timeline.points[0]).toEqual({ key: '2026-09-28', count: 0 });
    expect(long.timeline.points.at(-1)).toEqual({ key: '2026-11-23', count: 1 });
    // In Paris the two reports of the night of 31 October fall on a Saturday and a Sunday: both
    // in the week of Monday 26 October.
    expect(long.timeline.points.find((p) => p.key === '2026-10-26')).toEqual({
      key: '2026-10-26',
      count: 2,
    });
  });

  it('reports nothing, without dividing by zero, when there is nothing', () => {
    const empty = incidentReport([], { now, siteNames });
    expect(empty.period).toBeNull();
    expect(empty.byMonth).toEqual([]);
    expect(empty.timeline.points).toEqual([]);
    expect(empty.verification.verifiedShare).toBeNull();
    expect(empty.recency.latest).toBeNull();
  });

  it('counts every incident exactly once in each breakdown', () => {
    const arbitraryRow = fc.record({
      occurredAt: fc
        .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2026-11-26T08:00:00Z') })
        .filter((d) => !Number.isNaN(d.getTime()))
        .map((d) => d.toISOString()),
      type: fc.constantFrom(...incidentTypes),
      authority: fc.constantFrom(...incidentAuthorities),
      siteId: fc.constantFrom(null, 'calais-north', 'unknown'),
      commune: fc.constantFrom('Calais', 'Marck', 'Coquelles'),
      officers: fc.option(fc.nat(50)),
      vehicles: fc.option(fc.nat(10)),
      itemsSeized: fc.option(fc.nat(100)),
      fineAmountCents: fc.option(fc.nat(20000)),
      status: fc.constantFrom(...incidentStatuses),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 40 }), (sample) => {
        const report = incidentReport(sample, { now, siteNames });
        const total = (counts: { count: number }[]) => counts.reduce((s, c) => s + c.count, 0);
        for (const breakdown of [
          report.byMonth,
          report.byType,
          report.byAuthority,
          report.byPlace,
          report.byCommune,
          report.timeline.points,
        ]) {
          expect(total(breakdown)).toBe(sample.length);
        }
        const { draft, verified, shared } = report.verification;
        expect(draft + verified + shared).toBe(sample.length);
      }),
    );
  });
});
