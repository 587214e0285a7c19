import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYears,
  defaultRetentionSettings,
  followupOutcomes,
  incidentStatuses,
  retentionDates,
  retentionDue,
  retentionSettings,
  type RetentionSettings,
  type RetentionSubject,
} from '../src';

/** A verified report of 10 January 2026 (Paris), 18:30 local time. */
const verified: RetentionSubject = {
  occurredAt: '2026-01-10T17:30:00.000Z',
  updatedAt: '2026-01-11T09:00:00.000Z',
  status: 'verified',
  closedAt: null,
  redactedAt: null,
  followupOutcomes: [],
};

const settings = defaultRetentionSettings;
const due = (
  subject: Partial<RetentionSubject>,
  now: string,
  with_: RetentionSettings = settings,
) => retentionDue({ ...verified, ...subject }, with_, new Date(now));

describe('retention settings', () => {
  it('defaults to a year for witnesses, six years for evidence and details, 180 days for drafts', () => {
    expect(defaultRetentionSettings).toEqual({
      witnessDays: 365,
      evidenceYears: 6,
      detailsYears: 6,
      draftDays: 180,
    });
    expect(retentionSettings.parse(defaultRetentionSettings)).toEqual(defaultRetentionSettings);
  });

  it('refuses zero, fractions and absurd lengths with a sentence saying what to give', () => {
    const messages = (change: Partial<Record<keyof RetentionSettings, unknown>>) =>
      retentionSettings.safeParse({ ...settings, ...change }).error?.issues.map((i) => i.message);
    expect(messages({ witnessDays: 0 })).toEqual(['Keep witness names at least 7 days.']);
    expect(messages({ evidenceYears: 2.5 })).toEqual(['Give evidence as a whole number of years.']);
    expect(messages({ detailsYears: 31 })).toEqual([
      'Keep the details of a report at most 30 years.',
    ]);
    expect(messages({ draftDays: '180' })).toEqual([
      'Give unverified drafts as a whole number of days.',
    ]);
  });
});

describe('what expires, and when', () => {
  it('counts limits in Paris dates: an incident late in the evening belongs to the next day', () => {
    // 23:30 UTC on 9 January is 00:30 on 10 January in Calais.
    const lateEvening = { occurredAt: '2026-01-09T23:30:00.000Z' };
    expect(retentionDates({ ...verified, ...lateEvening }, settings).witnessesFrom).toBe(
      '2027-01-10',
    );
    // One second before midnight in Paris on 9 January 2027: still kept.
    expect(due(lateEvening, '2027-01-09T22:59:59.999Z').eraseWitnesses).toBe(false);
    // Midnight in Paris, 10 January 2027: erased.
    expect(due(lateEvening, '2027-01-09T23:00:00.000Z').eraseWitnesses).toBe(true);
  });

  it('keeps evidence and details until the limit day exactly, in summer time too', () => {
    const summer = { occurredAt: '2026-07-14T10:00:00.000Z' };
    const dates = retentionDates({ ...verified, ...summer }, settings);
    expect(dates.evidenceFrom).toBe('2032-07-14');
    expect(dates.detailsFrom).toBe('2032-07-14');
    // Paris is UTC+2 in July: its midnight is 22:00 UTC the day before.
    const before = due(summer, '2032-07-13T21:59:59.000Z');
    expect(before).toMatchObject({ removeEvidence: false, redactDetails: false });
    const at = due(summer, '2032-07-13T22:00:00.000Z');
    expect(at).toMatchObject({ removeEvidence: true, redactDetails: true, deleteDraft: false });
  });

  it('erases the witnesses of a closed case at once, whatever the date', () => {
    const closed = due({ closedAt: '2026-01-20T10:00:00.000Z' }, '2026-01-20T10:00:00.000Z');
    expect(closed).toEqual({
      deleteDraft: false,
      eraseWitnesses: true,
      removeEvidence: false,
      redactDetails: false,
      heldByFollowup: false,
    });
    // An open case keeps them until the limit.
    expect(due({}, '2026-12-31T12:00:00.000Z').eraseWitnesses).toBe(false);
  });

  it('holds evidence and details past their limit while a follow-up is pending, then lets them go', () => {
    const late = '2033-03-01T12:00:00.000Z';
    expect(due({ followupOutcomes: ['dismissed', 'pending'] }, late)).toEqual({
      deleteDraft: false,
      // A pending case does not keep a volunteer's name beyond its own limit.
      eraseWitnesses: true,
      removeEvidence: false,
      redactDetails: false,
      heldByFollowup: true,
    });
    expect(due({ followupOutcomes: ['dismissed', 'upheld'] }, late)).toMatchObject({
      removeEvidence: true,
      redactDetails: true,
      heldByFollowup: false,
    });
  });

  it('redacts a report once: a redacted one is not redacted again', () => {
    const late = '2033-03-01T12:00:00.000Z';
    expect(due({ redactedAt: '2032-01-10T03:00:00.000Z' }, late).redactDetails).toBe(false);
  });

  it('deletes a draft never verified 180 days after its last change, with everything it holds', () => {
    const draft = { status: 'draft' as const, updatedAt: '2026-02-01T10:00:00.000Z' };
    expect(retentionDates({ ...verified, ...draft }, settings).draftFrom).toBe('2026-07-31');
    expect(due(draft, '2026-07-30T21:59:59.000Z').deleteDraft).toBe(false);
    expect(due(draft, '2026-07-30T22:00:00.000Z')).toEqual({
      deleteDraft: true,
      eraseWitnesses: true,
      removeEvidence: true,
      redactDetails: false,
      heldByFollowup: false,
    });
    // A verified report is never deleted whole, and a pending complaint keeps even a draft.
    expect(due({ ...draft, status: 'verified' }, '2030-01-01T00:00:00.000Z').deleteDraft).toBe(
      false,
    );
    expect(
      due({ ...draft, followupOutcomes: ['pending'] }, '2026-08-15T00:00:00.000Z'),
    ).toMatchObject({ deleteDraft: false, heldByFollowup: true });
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-12-31', 6)).toBe('2032-12-31');
    expect(() => addYears('2026-02-30', 1)).toThrow(/not a date/);
  });
});

describe('retention rules, for any report and any settings', () => {
  const instant = fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2045-12-31T23:59:59Z') })
    .filter((d) => !Number.isNaN(d.getTime()));
  const subject = fc.record({
    occurredAt: instant.map((d) => d.toISOString()),
    updatedAt: instant.map((d) => d.toISOString()),
    status: fc.constantFrom(...incidentStatuses),
    closedAt: fc.option(
      instant.map((d) => d.toISOString()),
      { nil: null },
    ),
    redactedAt: fc.option(
      instant.map((d) => d.toISOString()),
      { nil: null },
    ),
    followupOutcomes: fc.array(fc.constantFrom(...followupOutcomes), { maxLength: 3 }),
  });
  const anySettings = fc.record({
    witnessDays: fc.integer({ min: 7, max: 3650 }),
    evidenceYears: fc.integer({ min: 1, max: 30 }),
    detailsYears: fc.integer({ min: 1, max: 30 }),
    draftDays: fc.integer({ min: 7, max: 3650 }),
  });

  it('never removes evidence or details while a follow-up is pending', () => {
    fc.assert(
      fc.property(subject, anySettings, instant, (s, r, now) => {
        const decision = retentionDue({ ...s, followupOutcomes: ['pending'] }, r, now);
        expect(decision.removeEvidence).toBe(false);
        expect(decision.redactDetails).toBe(false);
        expect(decision.deleteDraft).toBe(false);
      }),
    );
  });

  it('never lets something kept come back later: what is due stays due as time passes', () => {
    fc.assert(
      fc.property(subject, anySettings, instant, instant, (s, r, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const first = retentionDue(s, r, earlier);
        const second = retentionDue(s, r, later);
        if (first.deleteDraft) expect(second.deleteDraft).toBe(true);
        if (first.eraseWitnesses) expect(second.eraseWitnesses).toBe(true);
        if (first.removeEvidence) expect(second.removeEvidence).toBe(true);
        if (first.redactDetails) expect(second.redactDetails || second.deleteDraft).toBe(true);
      }),
    );
  });

  it('deletes only drafts whole, and removes nothing of an open report before its Paris limits', () => {
    fc.assert(
      fc.property(subject, anySettings, instant, (s, r, now) => {
        const decision = retentionDue(s, r, now);
        if (s.status !== 'draft') expect(decision.deleteDraft).toBe(false);
        const dates = retentionDates(s, r);
        const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
        if (!decision.deleteDraft) {
          if (today < dates.evidenceFrom) expect(decision.removeEvidence).toBe(false);
          if (today < dates.detailsFrom) expect(decision.redactDetails).toBe(false);
          if (today < dates.witnessesFrom && s.closedAt === null) {
            expect(decision.eraseWitnesses).toBe(false);
          }
        }
      }),
    );
  });
});
