/**
 * The retention form's values as typed (text), checked against the same bounds the server holds
 * (core's `retentionLimits`), and the counts of an expiry run worth telling.
 */
import { retentionLimits, type RetentionCategory, type RetentionSettings } from '@opale/core';

/** In the order the form shows them, and the rules speak of them. */
export const retentionFields = [
  'witnessDays',
  'evidenceYears',
  'detailsYears',
  'draftDays',
] as const satisfies readonly RetentionCategory[];

export type RetentionDraft = Record<RetentionCategory, string>;

export type RetentionProblem =
  { problem: 'notWhole' } | { problem: 'outOfRange'; min: number; max: number };

export type RetentionProblems = Partial<Record<RetentionCategory, RetentionProblem>>;

export function retentionDraftOf(settings: RetentionSettings): RetentionDraft {
  return {
    witnessDays: String(settings.witnessDays),
    evidenceYears: String(settings.evidenceYears),
    detailsYears: String(settings.detailsYears),
    draftDays: String(settings.draftDays),
  };
}

/** The settings the draft says, or what is wrong with each field. */
export function checkRetentionDraft(
  draft: RetentionDraft,
): { settings: RetentionSettings; problems?: undefined } | { problems: RetentionProblems } {
  const problems: RetentionProblems = {};
  const settings = {} as RetentionSettings;
  for (const field of retentionFields) {
    const text = draft[field].trim();
    const { min, max } = retentionLimits[field];
    if (!/^\d+$/.test(text)) {
      problems[field] = { problem: 'notWhole' };
      continue;
    }
    const value = Number(text);
    if (value < min || value > max) {
      problems[field] = { problem: 'outOfRange', min, max };
      continue;
    }
    settings[field] = value;
  }
  return Object.keys(problems).length > 0 ? { problems } : { settings };
}

export const expiryCounts = [
  'draftsDeleted',
  'witnessesErased',
  'attachmentsRemoved',
  'reportsRedacted',
] as const;

export type ExpiryCount = (typeof expiryCounts)[number];

/** The counts of a run that are not zero, in the order they are told. */
export function expiryCountsToTell(
  result: Record<ExpiryCount, number>,
): { key: ExpiryCount; count: number }[] {
  return expiryCounts.map((key) => ({ key, count: result[key] })).filter(({ count }) => count > 0);
}
