/**
 * Distribution bans: the prefectoral or municipal orders (arrêtés) that forbid distributions in
 * parts of a town for a while, their renewals and the court challenge against them; and which of
 * them a distribution series falls inside. Orders are public legal acts: every member reads them.
 */
import { z } from 'zod';
import type { Entry } from '../boards/entries';
import type { Series } from '../boards/board-model';
import { addDays, isLocalDate } from '../schedule/local-time';
import { expandSchedule, type SeriesException } from '../schedule/recurrence';

export const banAuthorities = ['prefecture', 'municipality', 'other'] as const;
export type BanAuthority = (typeof banAuthorities)[number];

/**
 * How a challenge ended. `withdrawn` is the challenge withdrawn by those who filed it
 * (désistement): like `rejected`, the order stays in force.
 */
export const banChallengeOutcomes = ['suspended', 'annulled', 'rejected', 'withdrawn'] as const;
export type BanChallengeOutcome = (typeof banChallengeOutcomes)[number];

/** Outcomes after which the order is no longer in force, from the day of the decision. */
export const outcomesEndingBan: readonly BanChallengeOutcome[] = ['suspended', 'annulled'];

export const banLimits = {
  reference: 100,
  area: 1000,
  commune: 80,
  forbids: 1000,
  court: 150,
  sites: 50,
} as const;

const localDate = (what: string) =>
  z.string().refine(isLocalDate, { message: `Write ${what} as a date: YYYY-MM-DD.` });

const reference = z
  .string()
  .trim()
  .min(3, { message: 'Give the order’s reference as printed on it (e.g. Arrêté n° 2026-11-045).' })
  .max(banLimits.reference, {
    message: `Keep the reference under ${banLimits.reference} characters.`,
  });

export const banAuthority = z.enum(banAuthorities, {
  message: 'Choose who issued the order: the prefecture, the municipality or another authority.',
});

export const banChallengeOutcome = z.enum(banChallengeOutcomes, {
  message: 'Choose how the challenge ended: suspended, annulled, rejected or withdrawn.',
});

/** An order as the person who records it writes it; renewals and the challenge come later. */
export const banDraft = z
  .object({
    authority: banAuthority,
    reference,
    signedOn: localDate('the day the order was signed'),
    area: z
      .string()
      .trim()
      .min(3, { message: 'Describe the area: the streets or places the order names.' })
      .max(banLimits.area, { message: `Keep the area under ${banLimits.area} characters.` }),
    commune: z
      .string()
      .trim()
      .min(2, { message: 'Give the commune the order applies to (e.g. Calais).' })
      .max(banLimits.commune, {
        message: `Keep the commune under ${banLimits.commune} characters.`,
      }),
    /** Sites of the platform's schedule board inside the area: what the schedule warns about. */
    siteIds: z
      .array(z.string().trim().min(1).max(100))
      .min(1, {
        message: 'Choose at least one site the order covers, so that the schedule can warn.',
      })
      .max(banLimits.sites, { message: `Choose at most ${banLimits.sites} sites.` })
      .transform((ids) => [...new Set(ids)]),
    validFrom: localDate('the first day the order applies'),
    validUntil: localDate('the last day the order applies'),
    /** What it forbids, in the order's words (food distributions, gatherings …). */
    forbids: z
      .string()
      .trim()
      .max(banLimits.forbids, { message: `Keep this under ${banLimits.forbids} characters.` })
      .nullable()
      .transform((text) => (text ? text : null)),
  })
  .refine((ban) => !isLocalDate(ban.validFrom) || ban.validUntil >= ban.validFrom, {
    message: 'The last day of the order comes before its first day; check both dates.',
    path: ['validUntil'],
  });
export type BanDraft = z.infer<typeof banDraft>;

/** A new order that extends the ban to a later last day. */
export const banRenewal = z.object({
  reference,
  signedOn: localDate('the day the renewal was signed'),
  validUntil: localDate('the new last day of the order'),
});
export type BanRenewal = z.infer<typeof banRenewal>;

const court = z
  .string()
  .trim()
  .min(3, { message: 'Name the court (e.g. Tribunal administratif de Lille).' })
  .max(banLimits.court, { message: `Keep the court under ${banLimits.court} characters.` });

/** The challenge before the administrative court: none yet, filed, or decided. */
export const banChallenge = z
  .discriminatedUnion(
    'state',
    [
      z.object({ state: z.literal('none') }),
      z.object({
        state: z.literal('filed'),
        court,
        filedOn: localDate('the day the challenge was filed'),
        reference: z
          .string()
          .trim()
          .max(banLimits.reference, {
            message: `Keep the case number under ${banLimits.reference} characters.`,
          }),
      }),
      z.object({
        state: z.literal('decided'),
        court,
        filedOn: localDate('the day the challenge was filed'),
        reference: z
          .string()
          .trim()
          .max(banLimits.reference, {
            message: `Keep the case number under ${banLimits.reference} characters.`,
          }),
        outcome: banChallengeOutcome,
        decidedOn: localDate('the day of the decision'),
      }),
    ],
    { message: 'Say whether the order is challenged: none, filed or decided.' },
  )
  .refine(
    (challenge) =>
      challenge.state !== 'decided' ||
      !isLocalDate(challenge.filedOn) ||
      challenge.decidedOn >= challenge.filedOn,
    { message: 'The decision comes before the challenge was filed; check both dates.' },
  );
export type BanChallenge = z.infer<typeof banChallenge>;

/** A ban as it is read: the order, its renewals (in the order signed) and its challenge. */
export interface DistributionBan extends BanDraft {
  id: string;
  renewals: BanRenewal[];
  challenge: BanChallenge;
}

type BanTerms = Pick<DistributionBan, 'validFrom' | 'validUntil' | 'renewals' | 'challenge'>;

/** Days (inclusive, Paris dates) on which a ban is in force. */
export interface BanPeriod {
  from: string;
  until: string;
}

/** The day the court lifted the ban (suspended or annulled it), if it did. */
export function banLiftedOn(ban: Pick<DistributionBan, 'challenge'>): string | null {
  const { challenge } = ban;
  return challenge.state === 'decided' && outcomesEndingBan.includes(challenge.outcome)
    ? challenge.decidedOn
    : null;
}

/**
 * The periods a ban is in force: the order's own, then each renewal from the day after the
 * previous period ends (or from the day it was signed, when that came after a lapse), all cut
 * short the day before a decision that suspended or annulled it.
 */
export function banPeriods(ban: BanTerms): BanPeriod[] {
  const periods: BanPeriod[] = [{ from: ban.validFrom, until: ban.validUntil }];
  const renewals = [...ban.renewals].sort((a, b) => (a.signedOn < b.signedOn ? -1 : 1));
  for (const renewal of renewals) {
    const last = periods[periods.length - 1] as BanPeriod;
    if (renewal.validUntil <= last.until) continue;
    const dayAfter = addDays(last.until, 1);
    if (renewal.signedOn <= dayAfter) last.until = renewal.validUntil;
    else periods.push({ from: renewal.signedOn, until: renewal.validUntil });
  }
  const lifted = banLiftedOn(ban);
  if (lifted === null) return periods;
  const lastDay = addDays(lifted, -1);
  return periods
    .filter((period) => period.from <= lastDay)
    .map((period) => ({
      from: period.from,
      until: period.until < lastDay ? period.until : lastDay,
    }));
}

export function banInForceOn(ban: BanTerms, date: string): boolean {
  return banPeriods(ban).some((period) => period.from <= date && date <= period.until);
}

/** The last day the renewals take the order to, whatever a court decided since. */
export function banRenewedUntil(ban: Pick<DistributionBan, 'validUntil' | 'renewals'>): string {
  return ban.renewals.reduce(
    (latest, renewal) => (renewal.validUntil > latest ? renewal.validUntil : latest),
    ban.validUntil,
  );
}

/**
 * Where a ban stands on a day: in force, not yet, over because its last day passed, or lifted by
 * a court (suspended or annulled).
 */
export type BanStanding = 'in_force' | 'upcoming' | 'expired' | 'lifted';

export function banStandingOn(ban: BanTerms, today: string): BanStanding {
  const periods = banPeriods(ban);
  if (periods.some((period) => period.from <= today && today <= period.until)) return 'in_force';
  if (periods.some((period) => period.from > today)) return 'upcoming';
  const lifted = banLiftedOn(ban);
  return lifted !== null && lifted <= today ? 'lifted' : 'expired';
}

/** Why a renewal cannot be added to a ban, in words the person can act on; null when it can. */
export function renewalProblem(ban: BanTerms, renewal: BanRenewal): string | null {
  const lifted = banLiftedOn(ban);
  if (lifted !== null) {
    return `This order was ${ban.challenge.state === 'decided' ? ban.challenge.outcome : 'lifted'} by the court on ${lifted}; record the new order as a new ban.`;
  }
  const until = banRenewedUntil(ban);
  if (renewal.validUntil <= until) {
    return `The order already runs until ${until}; a renewal must end later.`;
  }
  if (renewal.signedOn < ban.validFrom) {
    return `The renewal is signed before the order applies (${ban.validFrom}); check its date.`;
  }
  return null;
}

/** A ban a series falls inside, and the series' dates it covers (Paris dates, in order). */
export interface BanHit<B extends DistributionBan = DistributionBan> {
  ban: B;
  dates: string[];
  /** The covered sites the series is at on those dates. */
  siteIds: string[];
}

export interface BansAffectingOptions {
  /** The first day that matters (usually today): bans over before it warn of nothing. */
  from: string;
  /** The series' changed dates (`<seriesId>:<date>`): a cancelled date is no distribution. */
  exceptions?: ReadonlyMap<string, SeriesException>;
}

/**
 * The bans in force on at least one date of a series at the site it is held at that day, from
 * `opts.from` on. Dates come from the schedule's own expansion (the series' rule, validity and
 * changed dates), so the warning speaks of the days people will actually be there.
 */
export function bansAffecting<B extends DistributionBan>(
  series: Series | Entry<Series>,
  bans: readonly B[],
  opts: BansAffectingOptions,
): BanHit<B>[] {
  const entry: Entry<Series> =
    'fields' in series
      ? series
      : { root: 'org:draft', key: 'series:draft', id: 'draft', fields: series };
  const periodsOf = new Map<B, BanPeriod[]>();
  let until: string | null = null;
  for (const ban of bans) {
    const periods = banPeriods(ban).filter((period) => period.until >= opts.from);
    if (periods.length === 0) continue;
    periodsOf.set(ban, periods);
    const last = (periods[periods.length - 1] as BanPeriod).until;
    if (until === null || last > until) until = last;
  }
  if (until === null) return [];

  const exceptions = new Map<string, SeriesException>();
  for (const [key, exception] of opts.exceptions ?? []) {
    if (key.startsWith(`${entry.id}:`)) exceptions.set(key, exception);
  }
  const occurrences = expandSchedule(
    { series: [entry], exceptions, states: new Map() },
    opts.from,
    until,
  ).filter((occurrence) => occurrence.change !== 'cancelled');

  const hits: BanHit<B>[] = [];
  for (const [ban, periods] of periodsOf) {
    const covered = new Set(ban.siteIds);
    const dates = new Set<string>();
    const siteIds = new Set<string>();
    for (const occurrence of occurrences) {
      if (!covered.has(occurrence.siteId)) continue;
      if (!periods.some((p) => p.from <= occurrence.date && occurrence.date <= p.until)) continue;
      dates.add(occurrence.date);
      siteIds.add(occurrence.siteId);
    }
    if (dates.size > 0) hits.push({ ban, dates: [...dates].sort(), siteIds: [...siteIds] });
  }
  return hits.sort((a, b) => ((a.dates[0] ?? '') < (b.dates[0] ?? '') ? -1 : 1));
}
