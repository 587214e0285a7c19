import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expandSchedule,
  overlapsBetween,
  weekCoverage,
  type Entry,
  type Series,
  type SeriesException,
} from '../src';

const monday = '2026-11-30';

function series(id: string, organisationId: string, fields: Partial<Series>): Entry<Series> {
  return {
    root: `org:${organisationId}`,
    key: `series:${id}`,
    id,
    fields: {
      siteId: 'north',
      serviceType: 'meal',
      rrule: 'FREQ=DAILY',
      startTime: '12:00',
      endTime: '14:00',
      validFrom: '2026-11-01',
      validUntil: null,
      expectedQuantity: null,
      notes: null,
      public: true,
      ...fields,
    },
  };
}

function week(list: Entry<Series>[], exceptions = new Map<string, SeriesException>()) {
  return expandSchedule({ series: list, exceptions, states: new Map() }, monday, '2026-12-06');
}

describe('coverage of a week', () => {
  it('finds the evening meal missing on Sunday at one site, and nothing else', () => {
    const coverage = weekCoverage(
      week([
        series('rck-lunch', 'rck', {}),
        series('salam-dinner', 'salam', {
          startTime: '18:00',
          endTime: '19:30',
          rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA',
        }),
      ]),
      monday,
    );
    expect(coverage.gaps).toEqual([
      { siteId: 'north', serviceType: 'meal', part: 'evening', date: '2026-12-06' },
    ]);
    expect(coverage.overlaps).toEqual([]);
    expect(coverage.rows.map((r) => r.part)).toEqual(['afternoon', 'evening']);
  });

  it('finds two organisations serving the same meal at the same site and overlapping time', () => {
    const coverage = weekCoverage(
      week([
        series('rck-lunch', 'rck', {}),
        series('c4c-lunch', 'c4c', {
          startTime: '13:30',
          endTime: '15:00',
          rrule: 'FREQ=WEEKLY;BYDAY=WE',
        }),
        // Same organisation twice, another site, another service, back to back: none is an overlap.
        series('rck-second', 'rck', {
          startTime: '13:00',
          endTime: '14:00',
          rrule: 'FREQ=WEEKLY;BYDAY=WE',
        }),
        series('u56-south', 'u56', { siteId: 'south', rrule: 'FREQ=WEEKLY;BYDAY=WE' }),
        series('u56-water', 'u56', {
          serviceType: 'drinking_water',
          rrule: 'FREQ=WEEKLY;BYDAY=WE',
        }),
        series('c4c-after', 'c4c', {
          startTime: '14:00',
          endTime: '15:00',
          rrule: 'FREQ=WEEKLY;BYDAY=TH',
        }),
      ]),
      monday,
    );
    expect(coverage.overlaps.map((o) => [o.date, o.first.seriesId, o.second.seriesId])).toEqual([
      ['2026-12-02', 'rck-lunch', 'c4c-lunch'],
      ['2026-12-02', 'rck-second', 'c4c-lunch'],
    ]);
  });

  it('counts a cancelled date as a gap and not as an overlap', () => {
    const exceptions = new Map<string, SeriesException>([
      [
        'rck-lunch:2026-12-03',
        { kind: 'cancel', startTime: null, endTime: null, siteId: null, note: null },
      ],
    ]);
    const coverage = weekCoverage(
      week(
        [
          series('rck-lunch', 'rck', {}),
          series('c4c-lunch', 'c4c', { rrule: 'FREQ=WEEKLY;BYDAY=TH' }),
        ],
        exceptions,
      ),
      monday,
    );
    expect(coverage.gaps).toEqual([]);
    expect(coverage.overlaps).toEqual([]);
    const alone = weekCoverage(week([series('rck-lunch', 'rck', {})], exceptions), monday);
    expect(alone.gaps.map((g) => g.date)).toEqual(['2026-12-03']);
  });

  it('does not report the other days of a weekly service as gaps', () => {
    const coverage = weekCoverage(
      week([
        series('mdm-clinic', 'mdm', {
          serviceType: 'medical_consultation',
          rrule: 'FREQ=WEEKLY;BYDAY=TU',
        }),
        series('u56-water', 'u56', {
          serviceType: 'drinking_water',
          rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
        }),
        series('rck-lunch', 'rck', { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH' }),
      ]),
      monday,
    );
    // Held on 4 days: the three others are gaps; held on 1 or 3 days: a weekly rhythm, no gaps.
    expect(coverage.gaps.map((g) => [g.serviceType, g.date])).toEqual([
      ['meal', '2026-12-04'],
      ['meal', '2026-12-05'],
      ['meal', '2026-12-06'],
    ]);
  });

  it('leaves no gap at a site after it closed', () => {
    const lunch = week([series('rck-lunch', 'rck', { validUntil: '2026-12-04' })]);
    expect(weekCoverage(lunch, monday).gaps.map((g) => g.date)).toEqual([
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weekCoverage(lunch, monday, new Map([['north', '2026-12-05']])).gaps).toEqual([]);
  });

  it('shows a rep the clashes of a draft series before it is saved', () => {
    const existing = week([series('rck-lunch', 'rck', {})]);
    const draft = week([
      series('draft', 'c4c', {
        startTime: '11:00',
        endTime: '12:30',
        rrule: 'FREQ=WEEKLY;BYDAY=SA',
      }),
    ]);
    expect(overlapsBetween(draft, existing).map((o) => o.date)).toEqual(['2026-12-05']);
  });

  it('finds exactly the pairs a brute-force comparison finds, on random weeks', () => {
    const slot = fc.record({
      org: fc.constantFrom('a', 'b', 'c'),
      site: fc.constantFrom('north', 'south'),
      type: fc.constantFrom('meal', 'water'),
      day: fc.integer({ min: 0, max: 6 }),
      start: fc.integer({ min: 8, max: 20 }),
      hours: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(slot, { maxLength: 12 }), (slots) => {
        const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
        const list = slots.map((s, i) =>
          series(`s${i}`, s.org, {
            siteId: s.site,
            serviceType: s.type,
            rrule: `FREQ=WEEKLY;BYDAY=${days[s.day]}`,
            startTime: `${String(s.start).padStart(2, '0')}:00`,
            endTime: `${String(s.start + s.hours).padStart(2, '0')}:00`,
          }),
        );
        let expected = 0;
        for (let i = 0; i < slots.length; i++) {
          for (let j = i + 1; j < slots.length; j++) {
            const a = slots[i]!;
            const b = slots[j]!;
            if (a.org === b.org || a.site !== b.site || a.type !== b.type || a.day !== b.day)
              continue;
            if (a.start < b.start + b.hours && b.start < a.start + a.hours) expected += 1;
          }
        }
        expect(weekCoverage(week(list), monday).overlaps).toHaveLength(expected);
      }),
    );
  });
});

describe('service types', () => {
  it('have unique codes and a name in French and English', async () => {
    const { serviceTypes, isServiceTypeCode } = await import('../src');
    const codes = serviceTypes.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const type of serviceTypes) {
      expect(type.name.fr.length).toBeGreaterThan(1);
      expect(type.name.en.length).toBeGreaterThan(1);
    }
    expect(isServiceTypeCode('meal')).toBe(true);
    expect(isServiceTypeCode('massage')).toBe(false);
  });
});
