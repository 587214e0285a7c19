/**
 * A service as its editor holds it; checked, and turned into the fields written to the capacity
 * board (every field for a new service, only the changed ones for an edit).
 */
import {
  audiences,
  capacityUnits,
  checkRule,
  isLocalTime,
  isServiceTypeCode,
  type Audience,
  type CapacityService,
  type CapacityUnit,
  type RuleProblem,
} from '@opale/core';
import { audiencesOf } from './capacity-list';
import { openingDaysOf } from './opening-hours';
import { normaliseRule, weekdaysRule } from '@/lib/schedule/weekday-rules';

export type Place = 'site' | 'address' | 'none';
export type OpeningDaysChoice = 'everyDay' | 'weekdays' | 'rule';
export type Visibility = 'public' | 'internal';

/** The categories a service can be kept for; "everyone" is the other choice, not a category. */
export const audienceCategories = audiences.filter(
  (a): a is Exclude<Audience, 'everyone'> => a !== 'everyone',
);

/** Form values: text as typed ('' when empty); days as indexes, Monday = 0. */
export interface ServiceDraft {
  organisationId: string;
  name: string;
  serviceType: string;
  place: Place;
  siteId: string;
  address: string;
  days: OpeningDaysChoice;
  weekdays: number[];
  /** A rhythm the ticked days cannot say, kept as it came (set outside this editor). */
  rule: string;
  aroundTheClock: boolean;
  opensAt: string;
  closesAt: string;
  forEveryone: boolean;
  audiences: Audience[];
  unit: CapacityUnit | '';
  total: string;
  visibility: Visibility;
  /** The type's default threshold, or the service's own in hours and minutes. */
  ownThreshold: boolean;
  thresholdHours: string;
  thresholdMinutes: string;
}

export const serviceLimits = {
  name: 80,
  address: 200,
  rule: 200,
  total: 100_000,
  /** A threshold between 5 minutes and a week. */
  minThresholdMinutes: 5,
  maxThresholdMinutes: 7 * 24 * 60,
} as const;

export type ServiceProblem =
  | { problem: 'organisationRequired' }
  | { problem: 'nameRequired' }
  | { problem: 'tooLong'; max: number }
  | { problem: 'serviceTypeRequired' }
  | { problem: 'siteRequired' }
  | { problem: 'addressRequired' }
  | { problem: 'daysRequired' }
  | { problem: 'rule'; rule: RuleProblem }
  | { problem: 'badTime' }
  | { problem: 'sameTimes' }
  | { problem: 'audienceRequired' }
  | { problem: 'badTotal' }
  | { problem: 'unitRequired' }
  | { problem: 'badThreshold' };

export type ServiceProblems = Partial<Record<keyof ServiceDraft, ServiceProblem>>;

export function emptyDraft(organisationId: string): ServiceDraft {
  return {
    organisationId,
    name: '',
    serviceType: '',
    place: 'site',
    siteId: '',
    address: '',
    days: 'everyDay',
    weekdays: [],
    rule: '',
    aroundTheClock: false,
    opensAt: '09:00',
    closesAt: '17:00',
    forEveryone: true,
    audiences: [],
    unit: '',
    total: '',
    visibility: 'internal',
    ownThreshold: false,
    thresholdHours: '',
    thresholdMinutes: '',
  };
}

export function draftOf(service: CapacityService, organisationId: string): ServiceDraft {
  const days = openingDaysOf(service.rrule);
  const categories = audiencesOf(service);
  const threshold = service.staleAfterMinutes;
  const ownThreshold = typeof threshold === 'number' && threshold > 0;
  return {
    organisationId,
    name: service.name,
    serviceType: service.serviceType,
    place: service.siteId ? 'site' : service.address ? 'address' : 'none',
    siteId: service.siteId ?? '',
    address: service.address ?? '',
    days: days.kind,
    weekdays: days.kind === 'weekdays' ? days.weekdays : [],
    rule: days.kind === 'rule' ? days.rule : '',
    aroundTheClock: service.opensAt === null || service.closesAt === null,
    opensAt: service.opensAt ?? '09:00',
    closesAt: service.closesAt ?? '17:00',
    forEveryone: categories.length === 0,
    audiences: categories,
    unit: service.unit ?? '',
    total: service.total === null ? '' : String(service.total),
    visibility: service.public ? 'public' : 'internal',
    ownThreshold,
    thresholdHours: ownThreshold ? String(Math.floor(threshold / 60)) : '',
    thresholdMinutes: ownThreshold ? String(threshold % 60) : '',
  };
}

function wholeNumber(text: string, max: number): number | null | 'bad' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return 'bad';
  const value = Number(trimmed);
  return value <= max ? value : 'bad';
}

/** The draft's own threshold in minutes; null when it keeps the type's default; 'bad' if unreadable. */
export function thresholdOf(
  draft: Pick<ServiceDraft, 'ownThreshold' | 'thresholdHours' | 'thresholdMinutes'>,
): number | null | 'bad' {
  if (!draft.ownThreshold) return null;
  const hours = wholeNumber(draft.thresholdHours, serviceLimits.maxThresholdMinutes);
  const minutes = wholeNumber(draft.thresholdMinutes, 59);
  if (hours === 'bad' || minutes === 'bad') return 'bad';
  const total = (hours ?? 0) * 60 + (minutes ?? 0);
  return total >= serviceLimits.minThresholdMinutes && total <= serviceLimits.maxThresholdMinutes
    ? total
    : 'bad';
}

export function checkDraft(draft: ServiceDraft): ServiceProblems {
  const problems: ServiceProblems = {};
  if (draft.organisationId === '') problems.organisationId = { problem: 'organisationRequired' };
  if (draft.name.trim() === '') problems.name = { problem: 'nameRequired' };
  else if (draft.name.trim().length > serviceLimits.name) {
    problems.name = { problem: 'tooLong', max: serviceLimits.name };
  }
  if (!isServiceTypeCode(draft.serviceType)) {
    problems.serviceType = { problem: 'serviceTypeRequired' };
  }
  if (draft.place === 'site' && draft.siteId === '') problems.siteId = { problem: 'siteRequired' };
  if (draft.place === 'address') {
    if (draft.address.trim() === '') problems.address = { problem: 'addressRequired' };
    else if (draft.address.trim().length > serviceLimits.address) {
      problems.address = { problem: 'tooLong', max: serviceLimits.address };
    }
  }
  if (draft.days === 'weekdays' && draft.weekdays.length === 0) {
    problems.weekdays = { problem: 'daysRequired' };
  }
  if (draft.days === 'rule') {
    const rule = normaliseRule(draft.rule);
    const check = checkRule(rule);
    if (rule.length > serviceLimits.rule) {
      problems.rule = { problem: 'tooLong', max: serviceLimits.rule };
    } else if (!check.ok) problems.rule = { problem: 'rule', rule: check.problem };
  }
  if (!draft.aroundTheClock) {
    if (!isLocalTime(draft.opensAt)) problems.opensAt = { problem: 'badTime' };
    if (!isLocalTime(draft.closesAt)) problems.closesAt = { problem: 'badTime' };
    else if (draft.closesAt === draft.opensAt) problems.closesAt = { problem: 'sameTimes' };
  }
  if (!draft.forEveryone && draft.audiences.length === 0) {
    problems.audiences = { problem: 'audienceRequired' };
  }
  const total = wholeNumber(draft.total, serviceLimits.total);
  if (total === 'bad') problems.total = { problem: 'badTotal' };
  else if (total !== null && draft.unit === '') problems.unit = { problem: 'unitRequired' };
  if (thresholdOf(draft) === 'bad') problems.thresholdHours = { problem: 'badThreshold' };
  return problems;
}

function rruleOf(draft: ServiceDraft): string | null {
  if (draft.days === 'everyDay') return null;
  if (draft.days === 'weekdays') {
    return draft.weekdays.length === 7 ? null : weekdaysRule(draft.weekdays);
  }
  return normaliseRule(draft.rule);
}

/** Every field but `archived`, which the editor sets apart. */
function serviceOf(draft: ServiceDraft): Omit<CapacityService, 'archived'> {
  const total = wholeNumber(draft.total, serviceLimits.total);
  const threshold = thresholdOf(draft);
  const address = draft.address.trim();
  const chosen = new Set(draft.audiences);
  return {
    name: draft.name.trim(),
    serviceType: draft.serviceType,
    siteId: draft.place === 'site' && draft.siteId !== '' ? draft.siteId : null,
    address: draft.place === 'address' && address !== '' ? address : null,
    rrule: rruleOf(draft),
    opensAt: draft.aroundTheClock ? null : draft.opensAt,
    closesAt: draft.aroundTheClock ? null : draft.closesAt,
    audience: draft.forEveryone ? '' : audienceCategories.filter((a) => chosen.has(a)).join(' '),
    unit:
      draft.unit === '' || !(capacityUnits as readonly string[]).includes(draft.unit)
        ? null
        : draft.unit,
    total: total === 'bad' ? null : total,
    public: draft.visibility === 'public',
    staleAfterMinutes: threshold === 'bad' ? null : threshold,
  };
}

/** Every field, for a new service (on the board, not archived). */
export function newServiceFields(draft: ServiceDraft): CapacityService {
  return { ...serviceOf(draft), archived: false };
}

/**
 * Only the fields the person changed since the editor opened: someone else may have changed
 * another field meanwhile (the total, say, while this person moved the hours), and writing it
 * back from the form would undo their change.
 */
export function changedServiceFields(
  opened: ServiceDraft,
  draft: ServiceDraft,
): Partial<CapacityService> {
  const before = serviceOf(opened);
  const after = serviceOf(draft);
  const changed: Partial<CapacityService> = {};
  for (const field of Object.keys(after) as (keyof typeof after)[]) {
    if (before[field] !== after[field]) Object.assign(changed, { [field]: after[field] });
  }
  return changed;
}
