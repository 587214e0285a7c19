/** What a member writes about an incident, checked the same way on the phone and on the server. */
import { z } from 'zod';
import { isLocalDate } from '../schedule/local-time';
import { followupKind, followupOutcome, incidentAuthority, incidentType } from './lists';

export const maxNarrativeLength = 5000;
export const maxFollowupNotesLength = 2000;

const count = (what: string, max: number) =>
  z
    .number({ message: `Give the number of ${what} as a whole number, or leave it empty.` })
    .int({ message: `Give the number of ${what} as a whole number.` })
    .min(0, { message: `The number of ${what} cannot be negative.` })
    .max(max, { message: `The number of ${what} looks too high (over ${max}); check it.` })
    .nullable();

const localDate = (what: string) =>
  z.string().refine(isLocalDate, { message: `Write ${what} as a date: YYYY-MM-DD.` });

/** One dated instance of a distribution series: what an incident can say it disrupted. */
export const incidentOccurrence = z.object({
  seriesId: z
    .string({ message: 'Choose the distribution the incident disrupted, or leave it empty.' })
    .trim()
    .min(1, { message: 'Choose the distribution the incident disrupted, or leave it empty.' })
    .max(100, {
      message: 'That distribution id is too long (over 100 characters); choose it again.',
    }),
  date: localDate('the date of the disrupted distribution'),
});
export type IncidentOccurrence = z.infer<typeof incidentOccurrence>;

/**
 * An incident report as its author writes it. Money is in euro cents, as whole numbers
 * (a €135 fine is 13500), so sums never pick up floating-point pennies. No field holds anything
 * about the people being helped: counts and amounts only.
 */
export const incidentDraft = z
  .object({
    type: incidentType,
    occurredAt: z.iso.datetime({
      offset: true,
      message: 'Give the date and time of the incident (ISO 8601, e.g. 2026-11-26T07:30:00Z).',
    }),
    /** A site of the platform's schedule board, or else a place described in words. */
    siteId: z.string().trim().min(1).max(100).nullable(),
    placeText: z
      .string()
      .trim()
      .max(200, { message: 'Keep the place under 200 characters; no exact camp location.' })
      .nullable(),
    commune: z
      .string()
      .trim()
      .min(2, { message: 'Give the commune where it happened (e.g. Calais, Grande-Synthe).' })
      .max(80, { message: 'Keep the commune under 80 characters.' }),
    authority: incidentAuthority,
    officers: count('officers', 500),
    vehicles: count('vehicles', 200),
    itemsSeized: count('items seized', 10_000),
    fineAmountCents: z
      .number({ message: 'Give the fine in euro cents as a whole number (€135 is 13500).' })
      .int({ message: 'Give the fine in euro cents as a whole number (€135 is 13500).' })
      .min(0, { message: 'A fine cannot be negative.' })
      .max(10_000_000, { message: 'That fine looks too high (over €100,000); check it.' })
      .nullable(),
    fineNoticeDate: localDate('the date of the fine notice').nullable(),
    narrative: z.string().max(maxNarrativeLength, {
      message: `Keep the account under ${maxNarrativeLength} characters.`,
    }),
    /**
     * The distribution occurrence the incident disrupted (a series of the platform's schedule
     * board and one of its dates), if any; null for none. Optional rather than defaulted, so
     * that a draft from an older client (or a form that never offered the link) stays valid:
     * absent means no link in a new report, and "keep the link it has" when a report is
     * rewritten, so such a client never drops a link it did not show.
     */
    occurrence: incidentOccurrence.nullable().optional(),
  })
  .refine((draft) => Boolean(draft.siteId) || Boolean(draft.placeText), {
    message: 'Say where it happened: choose a site, or describe the place in a few words.',
    path: ['placeText'],
  });
export type IncidentDraft = z.infer<typeof incidentDraft>;

/** The key the device makes once per report, so that sending it again never makes a second one. */
export const idempotencyKey = z.uuid({
  message: 'The report has no valid idempotency key (a UUID made by the device); reload the form.',
});

export const incidentFollowup = z.object({
  kind: followupKind,
  filedOn: localDate('the date it was filed'),
  outcome: followupOutcome,
  notes: z.string().max(maxFollowupNotesLength, {
    message: `Keep the notes under ${maxFollowupNotesLength} characters.`,
  }),
});
export type IncidentFollowup = z.infer<typeof incidentFollowup>;

/**
 * How a follow-up went since it was filed: its outcome, the notes, and the date the outcome was
 * decided when known (empty or left out: not known). Its kind and filing date stay as filed.
 */
export const incidentFollowupChange = z.object({
  outcome: followupOutcome,
  notes: incidentFollowup.shape.notes,
  decidedOn: localDate('the date it was decided').nullable().optional(),
});
export type IncidentFollowupChange = z.infer<typeof incidentFollowupChange>;

/** A volunteer who saw what happened, never a person being helped. */
export const incidentWitness = z.object({
  name: z
    .string()
    .trim()
    .min(2, { message: 'Give the volunteer’s name (at least 2 characters).' })
    .max(100, { message: 'Keep the name under 100 characters.' }),
  contact: z.string().trim().max(200, { message: 'Keep the contact under 200 characters.' }),
});
export type IncidentWitness = z.infer<typeof incidentWitness>;
