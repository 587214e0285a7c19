/**
 * How long each part of an incident report is kept, and what has expired at a given moment. Pure:
 * the expiry job (packages/api) applies the decision, the settings screen explains the same rules.
 *
 * - witnesses: erased when the case closes, and in any case `witnessDays` after the incident;
 * - evidence (attachments): kept `evidenceYears` after the incident, and while a follow-up
 *   (complaint, Défenseur des droits, court action) is still pending, whichever is later;
 * - details (narrative, exact place, site, follow-up notes): the same, with `detailsYears`; the
 *   report itself stays, with its type, date, commune, authority, counts and amounts, so the
 *   platform's figures still count it;
 * - drafts: a report never verified is deleted whole `draftDays` after its last change.
 *
 * Limits are Paris dates: an incident of 10 January (Paris) with 365 days for witnesses loses
 * them from 00:00 on 10 January of the next year (Paris), whatever the hour it happened.
 */
import { z } from 'zod';
import { addDays, isLocalDate, localDateOf } from '../schedule/local-time';
import type { FollowupOutcome, IncidentStatus } from './lists';

export const retentionLimits = {
  witnessDays: { min: 7, max: 3650 },
  evidenceYears: { min: 1, max: 30 },
  detailsYears: { min: 1, max: 30 },
  draftDays: { min: 7, max: 3650 },
} as const;

export type RetentionCategory = keyof typeof retentionLimits;

const whole = (what: string, unit: string, { min, max }: { min: number; max: number }) =>
  z
    .number({ message: `Give ${what} as a whole number of ${unit}.` })
    .int({ message: `Give ${what} as a whole number of ${unit}.` })
    .min(min, { message: `Keep ${what} at least ${min} ${unit}.` })
    .max(max, { message: `Keep ${what} at most ${max} ${unit}.` });

/** A platform's retention settings, as its admins set them. */
export const retentionSettings = z.object({
  witnessDays: whole('witness names', 'days', retentionLimits.witnessDays),
  evidenceYears: whole('evidence', 'years', retentionLimits.evidenceYears),
  detailsYears: whole('the details of a report', 'years', retentionLimits.detailsYears),
  draftDays: whole('unverified drafts', 'days', retentionLimits.draftDays),
});
export type RetentionSettings = z.infer<typeof retentionSettings>;

/** What a platform keeps until its admins decide otherwise. */
export const defaultRetentionSettings: RetentionSettings = {
  witnessDays: 365,
  evidenceYears: 6,
  detailsYears: 6,
  draftDays: 180,
};

/** What the rules need to know about one report. */
export interface RetentionSubject {
  /** When it happened (ISO 8601 instant). */
  occurredAt: string;
  /** Its last change (ISO 8601 instant): an abandoned draft is counted from here. */
  updatedAt: string;
  status: IncidentStatus;
  closedAt: string | null;
  redactedAt: string | null;
  /** The outcomes of its follow-ups; a `pending` one holds evidence and details. */
  followupOutcomes: readonly FollowupOutcome[];
}

/** The first Paris date on which each part is no longer kept (before any hold). */
export interface RetentionDates {
  witnessesFrom: string;
  evidenceFrom: string;
  detailsFrom: string;
  /** Only for a draft: the day it is deleted whole unless verified or changed before. */
  draftFrom: string | null;
}

export interface RetentionDecision {
  /** A draft never verified, past its limit: the whole report goes, with all it holds. */
  deleteDraft: boolean;
  eraseWitnesses: boolean;
  removeEvidence: boolean;
  /** Blank the narrative, place, site and follow-up notes, and mark the report redacted. */
  redactDetails: boolean;
  /** A pending follow-up keeps evidence and details that would otherwise have expired. */
  heldByFollowup: boolean;
}

/** The same calendar date `years` later; 29 February becomes 28 February in common years. */
export function addYears(date: string, years: number): string {
  if (!isLocalDate(date)) throw new RangeError(`"${date}" is not a date (YYYY-MM-DD).`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

function parisDateOf(instant: string, what: string): string {
  const time = new Date(instant);
  if (Number.isNaN(time.getTime())) {
    throw new RangeError(`The ${what} "${instant}" is not a date and time (ISO 8601).`);
  }
  return localDateOf(time);
}

export function retentionDates(
  subject: Pick<RetentionSubject, 'occurredAt' | 'updatedAt' | 'status'>,
  settings: RetentionSettings,
): RetentionDates {
  const occurred = parisDateOf(subject.occurredAt, 'incident time');
  return {
    witnessesFrom: addDays(occurred, settings.witnessDays),
    evidenceFrom: addYears(occurred, settings.evidenceYears),
    detailsFrom: addYears(occurred, settings.detailsYears),
    draftFrom:
      subject.status === 'draft'
        ? addDays(parisDateOf(subject.updatedAt, 'last change'), settings.draftDays)
        : null,
  };
}

/** What of this report has expired at `now`. Applying it twice changes nothing the second time. */
export function retentionDue(
  subject: RetentionSubject,
  settings: RetentionSettings,
  now: Date,
): RetentionDecision {
  const today = localDateOf(now);
  const dates = retentionDates(subject, settings);
  const pending = subject.followupOutcomes.includes('pending');
  const reached = (from: string) => today >= from;
  const draftDue = dates.draftFrom !== null && reached(dates.draftFrom);
  const deleteDraft = draftDue && !pending;
  const evidenceDue = reached(dates.evidenceFrom);
  const detailsDue = reached(dates.detailsFrom) && subject.redactedAt === null;
  return {
    deleteDraft,
    eraseWitnesses: deleteDraft || subject.closedAt !== null || reached(dates.witnessesFrom),
    removeEvidence: deleteDraft || (evidenceDue && !pending),
    redactDetails: !deleteDraft && detailsDue && !pending,
    heldByFollowup: pending && (evidenceDue || detailsDue || draftDue),
  };
}
