import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  banDraft,
  banChallenge,
  banInForceOn,
  banPeriods,
  banStandingOn,
  bansAffecting,
  renewalProblem,
  weekdayOf,
  type DistributionBan,
  type Series,
  type SeriesException,
} from '../src';

const ban: DistributionBan = {
  id: 'ban-1',
  authority: 'prefecture',
  reference: 'Arrêté n° 2026-11-045',
  signedOn: '2026-11-02',
  area: 'Place d’Armes, rue Royale and the streets around the town hall',
  commune: 'Calais',
  siteIds: ['centre'],
  validFrom: '2026-11-03',
  validUntil: '2026-12-02',
  forbids: 'Food distributions',
  renewals: [],
  challenge: { state: 'none' },
};

/** Lunch at a site on the given days (MO … SU), from a day, open-ended. */
function weekly(days: string, siteId = 'centre', validFrom = '2026-10-01'): Series {
  return {
    siteId,
    serviceType: 'meal',
    rrule: `FREQ=WEEKLY;BYDAY=${days}`,
    startTime: '12:00',
    endTime: '14:00',
    validFrom,
    validUntil: null,
    expectedQuantity: null,
    notes: null,
    public: true,
  };
}

describe('a distribution ban', () => {
  it('accepts an order as it is written, and drops repeated sites', () => {
    const { id: _id, renewals: _r, challenge: _c, ...draft } = ban;
    const parsed = banDraft.parse({ ...draft, siteIds: ['centre', 'centre'], forbids: '' });
    expect(parsed.siteIds).toEqual(['centre']);
    expect(parsed.forbids).toBeNull();
  });

  it('asks for a site, so that the schedule can warn', () => {
    const { id: _id, renewals: _r, challenge: _c, ...draft } = ban;
    const result = banDraft.safeParse({ ...draft, siteIds: [] });
    expect(result.error?.issues[0]?.message).toMatch(/at least one site/);
  });

  it('refuses a last day before the first day, saying which to check', () => {
    const { id: _id, renewals: _r, challenge: _c, ...draft } = ban;
    const result = banDraft.safeParse({ ...draft, validUntil: '2026-11-01' });
    expect(result.error?.issues[0]?.message).toMatch(/comes before its first day/);
  });

  it('refuses a decision dated before the challenge was filed', () => {
    const result = banChallenge.safeParse({
      state: 'decided',
      court: 'Tribunal administratif de Lille',
      filedOn: '2026-11-10',
      reference: '2609876',
      outcome: 'suspended',
      decidedOn: '2026-11-09',
    });
    expect(result.error?.issues[0]?.message).toMatch(/decision comes before/);
  });

  it('is in force from its first to its last day, both included', () => {
    expect(banInForceOn(ban, '2026-11-02')).toBe(false);
    expect(banInForceOn(ban, '2026-11-03')).toBe(true);
    expect(banInForceOn(ban, '2026-12-02')).toBe(true);
    expect(banInForceOn(ban, '2026-12-03')).toBe(false);
  });

  it('is extended by its renewals, one after the other', () => {
    const renewed: DistributionBan = {
      ...ban,
      renewals: [
        { reference: 'Arrêté n° 2026-12-001', signedOn: '2026-11-30', validUntil: '2027-01-02' },
        { reference: 'Arrêté n° 2027-01-001', signedOn: '2026-12-30', validUntil: '2027-02-01' },
      ],
    };
    expect(banPeriods(renewed)).toEqual([{ from: '2026-11-03', until: '2027-02-01' }]);
    expect(banInForceOn(renewed, '2027-01-15')).toBe(true);
    expect(banStandingOn(renewed, '2027-02-02')).toBe('expired');
  });

  it('is not in force between its end and a renewal signed after it lapsed', () => {
    const lapsed: DistributionBan = {
      ...ban,
      renewals: [
        { reference: 'Arrêté n° 2026-12-020', signedOn: '2026-12-10', validUntil: '2027-01-09' },
      ],
    };
    expect(banPeriods(lapsed)).toEqual([
      { from: '2026-11-03', until: '2026-12-02' },
      { from: '2026-12-10', until: '2027-01-09' },
    ]);
    expect(banInForceOn(lapsed, '2026-12-05')).toBe(false);
  });

  it('ends the day before a court suspends it, renewals included', () => {
    const suspended: DistributionBan = {
      ...ban,
      renewals: [
        { reference: 'Arrêté n° 2026-12-001', signedOn: '2026-11-30', validUntil: '2027-01-02' },
      ],
      challenge: {
        state: 'decided',
        court: 'Tribunal administratif de Lille',
        filedOn: '2026-11-05',
        reference: '2609876',
        outcome: 'suspended',
        decidedOn: '2026-12-12',
      },
    };
    expect(banInForceOn(suspended, '2026-12-11')).toBe(true);
    expect(banInForceOn(suspended, '2026-12-12')).toBe(false);
    expect(banStandingOn(suspended, '2026-12-20')).toBe('lifted');
    expect(banStandingOn(suspended, '2026-12-01')).toBe('in_force');
  });

  it('stays in force when the challenge is rejected or withdrawn', () => {
    for (const outcome of ['rejected', 'withdrawn'] as const) {
      const upheld: DistributionBan = {
        ...ban,
        challenge: {
          state: 'decided',
          court: 'Tribunal administratif de Lille',
          filedOn: '2026-11-05',
          reference: '',
          outcome,
          decidedOn: '2026-11-12',
        },
      };
      expect(banInForceOn(upheld, '2026-11-20')).toBe(true);
    }
  });

  it('says why a renewal cannot be added: not later, or the court lifted the order', () => {
    expect(
      renewalProblem(ban, {
        reference: 'Arrêté n° x',
        signedOn: '2026-11-20',
        validUntil: '2026-12-01',
      }),
    ).toMatch(/already runs until 2026-12-02/);
    expect(
      renewalProblem(
        {
          ...ban,
          challenge: {
            state: 'decided',
            court: 'TA Lille',
            filedOn: '2026-11-05',
            reference: '',
            outcome: 'annulled',
            decidedOn: '2026-11-20',
          },
        },
        { reference: 'Arrêté n° y', signedOn: '2026-11-28', validUntil: '2026-12-31' },
      ),
    ).toMatch(/annulled by the court on 2026-11-20; record the new order as a new ban/);
    expect(
      renewalProblem(ban, {
        reference: 'Arrêté n° z',
        signedOn: '2026-11-30',
        validUntil: '2027-01-02',
      }),
    ).toBeNull();
  });
});

describe('the bans a series falls inside', () => {
  it('finds a weekly series at a covered site inside the period, with its dates', () => {
    const hits = bansAffecting(weekly('TU'), [ban], { from: '2026-11-01' });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.dates).toEqual([
      '2026-11-03',
      '2026-11-10',
      '2026-11-17',
      '2026-11-24',
      '2026-12-01',
    ]);
    expect(hits[0]?.siteIds).toEqual(['centre']);
  });

  it('does not warn of a series at another site', () => {
    expect(bansAffecting(weekly('TU', 'dunes'), [ban], { from: '2026-11-01' })).toEqual([]);
  });

  it('does not warn of a series whose days never fall in the period', () => {
    // A ban from Tuesday to Friday; lunch on Sundays only.
    const shortBan = { ...ban, validFrom: '2026-11-10', validUntil: '2026-11-13' };
    expect(weekdayOf('2026-11-10')).toBe(1);
    expect(bansAffecting(weekly('SU'), [shortBan], { from: '2026-11-01' })).toEqual([]);
    expect(bansAffecting(weekly('FR'), [shortBan], { from: '2026-11-01' })[0]?.dates).toEqual([
      '2026-11-13',
    ]);
  });

  it('does not warn of a series that starts after the ban ends, or of a ban already over', () => {
    expect(
      bansAffecting(weekly('TU', 'centre', '2026-12-03'), [ban], { from: '2026-11-01' }),
    ).toEqual([]);
    expect(bansAffecting(weekly('TU'), [ban], { from: '2026-12-03' })).toEqual([]);
  });

  it('warns of the renewed period, and no more after a suspension', () => {
    const renewed: DistributionBan = {
      ...ban,
      renewals: [
        { reference: 'Arrêté n° 2026-12-001', signedOn: '2026-11-30', validUntil: '2027-01-02' },
      ],
    };
    const later = bansAffecting(weekly('TU'), [renewed], { from: '2026-12-10' });
    expect(later[0]?.dates).toEqual(['2026-12-15', '2026-12-22', '2026-12-29']);
    const suspended: DistributionBan = {
      ...renewed,
      challenge: {
        state: 'decided',
        court: 'Tribunal administratif de Lille',
        filedOn: '2026-11-05',
        reference: '',
        outcome: 'suspended',
        decidedOn: '2026-12-09',
      },
    };
    expect(bansAffecting(weekly('TU'), [suspended], { from: '2026-12-10' })).toEqual([]);
    expect(bansAffecting(weekly('TU'), [suspended], { from: '2026-12-01' })[0]?.dates).toEqual([
      '2026-12-01',
      '2026-12-08',
    ]);
  });

  it('follows the changed dates: a date moved into the area warns, a cancelled one does not', () => {
    const entry = { root: 'org:o1', key: 'series:s1', id: 's1', fields: weekly('TU', 'dunes') };
    const moved: SeriesException = {
      kind: 'move',
      startTime: null,
      endTime: null,
      siteId: 'centre',
      note: null,
    };
    const hits = bansAffecting(entry, [ban], {
      from: '2026-11-01',
      exceptions: new Map([['s1:2026-11-17', moved]]),
    });
    expect(hits[0]?.dates).toEqual(['2026-11-17']);

    const inside = { ...entry, fields: weekly('TU') };
    const cancelled: SeriesException = { ...moved, kind: 'cancel', siteId: null };
    const all = ['03', '10', '17', '24'].map((d) => [`s1:2026-11-${d}`, cancelled] as const);
    const left = bansAffecting(inside, [ban], {
      from: '2026-11-01',
      exceptions: new Map([...all, ['other:2026-12-01', cancelled]]),
    });
    expect(left[0]?.dates).toEqual(['2026-12-01']);
  });

  it('keeps the Paris date across daylight-saving changes, for late evening distributions', () => {
    // Clocks go back on 25 October 2026 and forward on 28 March 2027.
    const late: Series = { ...weekly('SU'), startTime: '23:30', endTime: '00:30' };
    const autumn = { ...ban, validFrom: '2026-10-25', validUntil: '2026-10-25' };
    expect(bansAffecting(late, [autumn], { from: '2026-10-01' })[0]?.dates).toEqual(['2026-10-25']);
    const spring = { ...ban, validFrom: '2027-03-28', validUntil: '2027-03-28' };
    expect(bansAffecting(late, [spring], { from: '2027-03-01' })[0]?.dates).toEqual(['2027-03-28']);
    const dayBefore = { ...ban, validFrom: '2027-03-27', validUntil: '2027-03-27' };
    expect(bansAffecting(late, [dayBefore], { from: '2027-03-01' })).toEqual([]);
  });

  it('warns exactly of the dates the series falls on inside a period, whatever the days and times', () => {
    const day = fc.integer({ min: 0, max: 500 }).map((n) => addDays('2026-01-01', n));
    const codes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 60 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
        fc.constantFrom('00:15', '06:00', '12:00', '23:45'),
        (from, length, days, startTime) => {
          const until = addDays(from, length);
          const series: Series = {
            ...weekly(days.map((d) => codes[d]).join(',')),
            validFrom: '2025-12-01',
            startTime,
            endTime: '01:00',
          };
          const hits = bansAffecting(series, [{ ...ban, validFrom: from, validUntil: until }], {
            from: '2025-12-01',
          });
          const expected: string[] = [];
          for (let d = from; d <= until; d = addDays(d, 1)) {
            if (days.includes(weekdayOf(d))) expected.push(d);
          }
          expect(hits[0]?.dates ?? []).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
