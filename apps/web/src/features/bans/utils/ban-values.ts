/**
 * A ban, its renewal and its challenge as their forms hold them (text as typed), checked with
 * messages in the person's language before the server checks them again, and turned into what the
 * server takes.
 */
import {
  isLocalDate,
  type BanAuthority,
  type BanChallenge,
  type BanChallengeOutcome,
  type BanDraft,
  type BanRenewal,
  type BanStanding,
} from '@opale/core';
import type { BanListed } from '@/lib/bans/use-bans';

export interface BanValues {
  authority: BanAuthority;
  reference: string;
  signedOn: string;
  commune: string;
  area: string;
  siteIds: string[];
  validFrom: string;
  validUntil: string;
  forbids: string;
}

/** Keys of `bans.problems` in the incidents namespace. */
export type BanProblem =
  | 'referenceRequired'
  | 'areaRequired'
  | 'communeRequired'
  | 'sitesRequired'
  | 'dateRequired'
  | 'untilBeforeFrom'
  | 'notLater'
  | 'courtRequired'
  | 'decidedBeforeFiled';

export function emptyBanValues(today: string): BanValues {
  return {
    authority: 'prefecture',
    reference: '',
    signedOn: today,
    commune: '',
    area: '',
    siteIds: [],
    validFrom: today,
    validUntil: '',
    forbids: '',
  };
}

export function banValuesOf(ban: BanListed): BanValues {
  return {
    authority: ban.authority,
    reference: ban.reference,
    signedOn: ban.signedOn,
    commune: ban.commune,
    area: ban.area,
    siteIds: [...ban.siteIds],
    validFrom: ban.validFrom,
    validUntil: ban.validUntil,
    forbids: ban.forbids ?? '',
  };
}

export function checkBanValues(values: BanValues): Partial<Record<keyof BanValues, BanProblem>> {
  const problems: Partial<Record<keyof BanValues, BanProblem>> = {};
  if (values.reference.trim().length < 3) problems.reference = 'referenceRequired';
  if (!isLocalDate(values.signedOn)) problems.signedOn = 'dateRequired';
  if (values.commune.trim().length < 2) problems.commune = 'communeRequired';
  if (values.area.trim().length < 3) problems.area = 'areaRequired';
  if (values.siteIds.length === 0) problems.siteIds = 'sitesRequired';
  if (!isLocalDate(values.validFrom)) problems.validFrom = 'dateRequired';
  if (!isLocalDate(values.validUntil)) problems.validUntil = 'dateRequired';
  else if (isLocalDate(values.validFrom) && values.validUntil < values.validFrom)
    problems.validUntil = 'untilBeforeFrom';
  return problems;
}

export function banDraftOf(values: BanValues): BanDraft {
  return {
    authority: values.authority,
    reference: values.reference.trim(),
    signedOn: values.signedOn,
    commune: values.commune.trim(),
    area: values.area.trim(),
    siteIds: values.siteIds,
    validFrom: values.validFrom,
    validUntil: values.validUntil,
    forbids: values.forbids.trim() === '' ? null : values.forbids.trim(),
  };
}

export type RenewalValues = BanRenewal;

export function checkRenewalValues(
  values: RenewalValues,
  renewedUntil: string,
): Partial<Record<keyof RenewalValues, BanProblem>> {
  const problems: Partial<Record<keyof RenewalValues, BanProblem>> = {};
  if (values.reference.trim().length < 3) problems.reference = 'referenceRequired';
  if (!isLocalDate(values.signedOn)) problems.signedOn = 'dateRequired';
  if (!isLocalDate(values.validUntil)) problems.validUntil = 'dateRequired';
  else if (values.validUntil <= renewedUntil) problems.validUntil = 'notLater';
  return problems;
}

export interface ChallengeValues {
  state: BanChallenge['state'];
  court: string;
  filedOn: string;
  reference: string;
  outcome: BanChallengeOutcome;
  decidedOn: string;
}

export function challengeValuesOf(challenge: BanChallenge, today: string): ChallengeValues {
  return {
    state: challenge.state,
    court: challenge.state === 'none' ? 'Tribunal administratif de Lille' : challenge.court,
    filedOn: challenge.state === 'none' ? today : challenge.filedOn,
    reference: challenge.state === 'none' ? '' : challenge.reference,
    outcome: challenge.state === 'decided' ? challenge.outcome : 'suspended',
    decidedOn: challenge.state === 'decided' ? challenge.decidedOn : today,
  };
}

export function checkChallengeValues(
  values: ChallengeValues,
): Partial<Record<keyof ChallengeValues, BanProblem>> {
  const problems: Partial<Record<keyof ChallengeValues, BanProblem>> = {};
  if (values.state === 'none') return problems;
  if (values.court.trim().length < 3) problems.court = 'courtRequired';
  if (!isLocalDate(values.filedOn)) problems.filedOn = 'dateRequired';
  if (values.state === 'decided') {
    if (!isLocalDate(values.decidedOn)) problems.decidedOn = 'dateRequired';
    else if (isLocalDate(values.filedOn) && values.decidedOn < values.filedOn)
      problems.decidedOn = 'decidedBeforeFiled';
  }
  return problems;
}

export function challengeOf(values: ChallengeValues): BanChallenge {
  const filed = {
    court: values.court.trim(),
    filedOn: values.filedOn,
    reference: values.reference.trim(),
  };
  if (values.state === 'none') return { state: 'none' };
  if (values.state === 'filed') return { state: 'filed', ...filed };
  return { state: 'decided', ...filed, outcome: values.outcome, decidedOn: values.decidedOn };
}

export type BanSection = 'in_force' | 'upcoming' | 'over';

const sectionOf: Record<BanStanding, BanSection> = {
  in_force: 'in_force',
  upcoming: 'upcoming',
  expired: 'over',
  lifted: 'over',
};

/**
 * The bans by where they stand on the device's today (the server's answer may be from before
 * midnight, or from the device's copy): in force, to come, over. Within each, latest first.
 */
export function banSections<B extends BanListed>(
  bans: readonly B[],
  standingOf: (ban: B) => BanStanding,
): { section: BanSection; bans: B[] }[] {
  const order: BanSection[] = ['in_force', 'upcoming', 'over'];
  return order
    .map((section) => ({
      section,
      bans: bans
        .filter((ban) => sectionOf[standingOf(ban)] === section)
        .sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0)),
    }))
    .filter((group) => group.bans.length > 0);
}
