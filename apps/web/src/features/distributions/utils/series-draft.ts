/**
 * A distribution series as its form holds it; checked, turned into the fields written to the
 * board, and expanded into its coming dates to find clashes before it is saved.
 */
import {
  addDays,
  checkRule,
  expandSchedule,
  isLocalDate,
  isLocalTime,
  isServiceTypeCode,
  overlapsBetween,
  type Entry,
  type Occurrence,
  type Overlap,
  type RuleProblem,
  type ScheduleSource,
  type Series,
} from '@opale/core';
import { normaliseRule, weekdaysOfRule, weekdaysRule } from '@/lib/schedule/weekday-rules';

export type Visibility = 'public' | 'internal';

/** Form values: text as typed; days as indexes, Monday = 0. */
export interface SeriesDraft {
  organisationId: string;
  siteId: string;
  serviceType: string;
  /** Ticked days (the usual case), or a rule typed in full. */
  recurrence: 'weekdays' | 'rule';
  weekdays: number[];
  rule: string;
  startTime: string;
  endTime: string;
  validFrom: string;
  validUntil: string;
  expectedQuantity: string;
  notes: string;
  visibility: Visibility;
}

export const seriesLimits = { notes: 500, rule: 200, expectedQuantity: 1_000_000 } as const;

export type SeriesProblem =
  | { problem: 'organisationRequired' }
  | { problem: 'siteRequired' }
  | { problem: 'serviceTypeRequired' }
  | { problem: 'daysRequired' }
  | { problem: 'rule'; rule: RuleProblem }
  | { problem: 'badTime' }
  | { problem: 'sameTimes' }
  | { problem: 'dateRequired' }
  | { problem: 'untilBeforeFrom' }
  | { problem: 'badQuantity' }
  | { problem: 'tooLong'; max: number };

export type SeriesProblems = Partial<Record<keyof SeriesDraft, SeriesProblem>>;

export function ruleOfDraft(draft: Pick<SeriesDraft, 'recurrence' | 'weekdays' | 'rule'>): string {
  return draft.recurrence === 'weekdays' ? weekdaysRule(draft.weekdays) : normaliseRule(draft.rule);
}

export function emptyDraft(organisationId: string, today: string): SeriesDraft {
  return {
    organisationId,
    siteId: '',
    serviceType: '',
    recurrence: 'weekdays',
    weekdays: [],
    rule: '',
    startTime: '12:00',
    endTime: '14:00',
    validFrom: today,
    validUntil: '',
    expectedQuantity: '',
    notes: '',
    visibility: 'public',
  };
}

export function draftOf(series: Series, organisationId: string): SeriesDraft {
  const weekdays = weekdaysOfRule(series.rrule);
  return {
    organisationId,
    siteId: series.siteId,
    serviceType: series.serviceType,
    recurrence: weekdays ? 'weekdays' : 'rule',
    weekdays: weekdays ?? [],
    rule: series.rrule,
    startTime: series.startTime,
    endTime: series.endTime,
    validFrom: series.validFrom,
    validUntil: series.validUntil ?? '',
    expectedQuantity: series.expectedQuantity === null ? '' : String(series.expectedQuantity),
    notes: series.notes ?? '',
    visibility: series.public ? 'public' : 'internal',
  };
}

function quantityOf(text: string): number | null | 'bad' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return 'bad';
  const value = Number(trimmed);
  return value <= seriesLimits.expectedQuantity ? value : 'bad';
}

export function checkDraft(draft: SeriesDraft): SeriesProblems {
  const problems: SeriesProblems = {};
  if (draft.organisationId === '') problems.organisationId = { problem: 'organisationRequired' };
  if (draft.siteId === '') problems.siteId = { problem: 'siteRequired' };
  if (!isServiceTypeCode(draft.serviceType)) {
    problems.serviceType = { problem: 'serviceTypeRequired' };
  }
  if (draft.recurrence === 'weekdays') {
    if (draft.weekdays.length === 0) problems.weekdays = { problem: 'daysRequired' };
  } else if (normaliseRule(draft.rule).length > seriesLimits.rule) {
    problems.rule = { problem: 'tooLong', max: seriesLimits.rule };
  } else {
    const check = checkRule(normaliseRule(draft.rule));
    if (!check.ok) problems.rule = { problem: 'rule', rule: check.problem };
  }
  if (!isLocalTime(draft.startTime)) problems.startTime = { problem: 'badTime' };
  if (!isLocalTime(draft.endTime)) problems.endTime = { problem: 'badTime' };
  else if (draft.endTime === draft.startTime) problems.endTime = { problem: 'sameTimes' };
  if (!isLocalDate(draft.validFrom)) problems.validFrom = { problem: 'dateRequired' };
  if (draft.validUntil !== '') {
    if (!isLocalDate(draft.validUntil)) problems.validUntil = { problem: 'dateRequired' };
    else if (draft.validUntil < draft.validFrom)
      problems.validUntil = { problem: 'untilBeforeFrom' };
  }
  if (quantityOf(draft.expectedQuantity) === 'bad') {
    problems.expectedQuantity = { problem: 'badQuantity' };
  }
  if (draft.notes.trim().length > seriesLimits.notes) {
    problems.notes = { problem: 'tooLong', max: seriesLimits.notes };
  }
  return problems;
}

function seriesOf(draft: SeriesDraft): Series {
  const quantity = quantityOf(draft.expectedQuantity);
  return {
    siteId: draft.siteId,
    serviceType: draft.serviceType,
    rrule: ruleOfDraft(draft),
    startTime: draft.startTime,
    endTime: draft.endTime,
    validFrom: draft.validFrom,
    validUntil: draft.validUntil === '' ? null : draft.validUntil,
    expectedQuantity: quantity === 'bad' ? null : quantity,
    notes: draft.notes.trim() === '' ? null : draft.notes.trim(),
    public: draft.visibility === 'public',
  };
}

/** Every field, for a new series. */
export function newSeriesFields(draft: SeriesDraft): Series {
  return seriesOf(draft);
}

/**
 * Only the fields the person changed since the form opened: someone else may have changed
 * another field meanwhile (the quantity, say, while this person moved the time), and writing it
 * back from the form would undo their change.
 */
export function changedSeriesFields(opened: SeriesDraft, draft: SeriesDraft): Partial<Series> {
  const before = seriesOf(opened);
  const after = seriesOf(draft);
  const changed: Partial<Series> = {};
  for (const field of Object.keys(after) as (keyof Series)[]) {
    if (before[field] !== after[field]) Object.assign(changed, { [field]: after[field] });
  }
  return changed;
}

/** How far ahead a draft is compared with the other organisations' distributions. */
export const clashWindowDays = 28;

/**
 * The draft's dates in the next four weeks that overlap another organisation's distribution at
 * the same site, for the same service. `source` is the board as it is: the series being edited
 * is replaced by the draft (its date changes kept), everything else is compared against.
 */
export function clashesOfDraft(
  draft: SeriesDraft,
  seriesId: string,
  source: ScheduleSource,
  today: string,
): Overlap[] {
  if (Object.keys(checkDraft(draft)).length > 0) return [];
  const from = draft.validFrom > today ? draft.validFrom : today;
  const to = addDays(from, clashWindowDays - 1);
  const entry: Entry<Series> = {
    root: `org:${draft.organisationId}`,
    key: `series:${seriesId}`,
    id: seriesId,
    fields: seriesOf(draft),
  };
  const mine = expandSchedule({ ...source, series: [entry] }, from, to);
  const others = expandSchedule(
    { ...source, series: source.series.filter((s) => s.id !== seriesId) },
    from,
    to,
  );
  return overlapsBetween(mine, others);
}

/** The draft's dates in the next four weeks, to show a typed rule does what was meant. */
export function nextDatesOfDraft(draft: SeriesDraft, today: string, count = 4): string[] | null {
  const problems = checkDraft(draft);
  if (problems.rule || problems.weekdays || problems.validFrom || problems.validUntil) return null;
  const from = draft.validFrom > today ? draft.validFrom : today;
  const entry: Entry<Series> = {
    root: 'org:draft',
    key: 'series:draft',
    id: 'draft',
    fields: { ...seriesOf(draft), startTime: '12:00', endTime: '13:00' },
  };
  const occurrences: Occurrence[] = expandSchedule(
    { series: [entry], exceptions: new Map(), states: new Map() },
    from,
    addDays(from, clashWindowDays - 1),
  );
  return occurrences.slice(0, count).map((o) => o.date);
}

/** How a series' rhythm reads on its card. */
export type RecurrenceWording =
  { kind: 'everyDay' } | { kind: 'weekdays'; weekdays: number[] } | { kind: 'rule'; rule: string };

export function recurrenceWording(rule: string): RecurrenceWording {
  const weekdays = weekdaysOfRule(rule);
  if (weekdays === null) return { kind: 'rule', rule: normaliseRule(rule) };
  return weekdays.length === 7 ? { kind: 'everyDay' } : { kind: 'weekdays', weekdays };
}

/** Which sentence describes a series' validity; the screen fills in the formatted days. */
export type ValidityWording = 'validSince' | 'validFrom' | 'validFromUntil' | 'ended';

export function validityWording(
  series: Pick<Series, 'validFrom' | 'validUntil'>,
  today: string,
): ValidityWording {
  if (series.validUntil !== null && series.validUntil < today) return 'ended';
  if (series.validUntil !== null) return 'validFromUntil';
  return series.validFrom > today ? 'validFrom' : 'validSince';
}
