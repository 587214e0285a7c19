/**
 * An agenda item as its editor holds it: the usual rhythms picked rather than typed (weekly on
 * some days, every other week, the nth weekday of each month), a rule typed in full otherwise;
 * checked, and turned into the fields written to the board.
 */
import {
  addDays,
  checkRule,
  expandAgenda,
  idList,
  isAgendaKind,
  isLocalDate,
  isLocalTime,
  joinIds,
  onlinePlaceProblem,
  weekdayOf,
  type AgendaItem,
  type AgendaKind,
  type PlaceKind,
  type RuleProblem,
} from '@opale/core';
import { normaliseRule, ruleDays } from '@/lib/schedule/weekday-rules';

export const repeatChoices = ['none', 'weekly', 'fortnightly', 'monthly', 'custom'] as const;
export type Repeat = (typeof repeatChoices)[number];

/** Which weekday of the month: the first to the fourth, or the last (-1). */
export const monthWeeks = [1, 2, 3, 4, -1] as const;
export type MonthWeek = (typeof monthWeeks)[number];

/** What "Visible to" holds for the whole platform; any other value is a group id. */
export const platformVisibility = 'platform';

/** Form values: text as typed; days as indexes, Monday = 0. */
export interface AgendaDraft {
  kind: AgendaKind | '';
  title: string;
  /** The only day, or the first day of a repeating item. */
  date: string;
  startTime: string;
  endTime: string;
  repeat: Repeat;
  /** For `weekly` and `fortnightly`. */
  weekdays: number[];
  /** For `monthly`: e.g. 2 and 1 for "the second Tuesday". */
  monthWeek: MonthWeek;
  monthWeekday: number;
  /** For `custom`: an RRULE typed in full. */
  rule: string;
  /** Last day a repeating item may fall on; '' when open-ended. */
  until: string;
  placeKind: PlaceKind | '';
  /** Each kind of place keeps what was typed, so switching back and forth loses nothing. */
  siteId: string;
  address: string;
  link: string;
  organisers: string[];
  invited: string[];
  /** `platform` or the id of one of the member's groups; chosen when the item is created. */
  visibility: string;
}

export const agendaLimits = { title: 120, address: 200, link: 500, rule: 200 } as const;

export type AgendaProblem =
  | { problem: 'kindRequired' }
  | { problem: 'titleRequired' }
  | { problem: 'tooLong'; max: number }
  | { problem: 'dateRequired' }
  | { problem: 'badTime' }
  | { problem: 'sameTimes' }
  | { problem: 'daysRequired' }
  | { problem: 'rule'; rule: RuleProblem }
  | { problem: 'untilBeforeDate' }
  | { problem: 'siteRequired' }
  | { problem: 'addressRequired' }
  | { problem: 'badLink' }
  | { problem: 'organisersRequired' };

export type AgendaProblems = Partial<Record<keyof AgendaDraft, AgendaProblem>>;

/** Which weekday of its month a day is: the 10th of March 2026 is the second Tuesday. */
export function nthWeekdayOf(date: string): { monthWeek: MonthWeek; monthWeekday: number } {
  const week = Math.ceil(Number(date.slice(8, 10)) / 7);
  // A fifth weekday is not in every month: it is the last one.
  return {
    monthWeek: week >= 5 ? -1 : (week as MonthWeek),
    monthWeekday: weekdayOf(date),
  };
}

type Rhythm =
  | { repeat: 'none' }
  | { repeat: 'weekly' | 'fortnightly'; weekdays: number[] }
  | { repeat: 'monthly'; monthWeek: MonthWeek; monthWeekday: number }
  | { repeat: 'custom' };

/** The picked rhythm a stored rule stands for; `custom` for any rule the pickers cannot show. */
export function rhythmOfRule(rule: string | null): Rhythm {
  if (rule === null) return { repeat: 'none' };
  const parts = new Map<string, string>();
  for (const part of normaliseRule(rule).split(';')) {
    const at = part.indexOf('=');
    if (at === -1 || parts.has(part.slice(0, at))) return { repeat: 'custom' };
    parts.set(part.slice(0, at), part.slice(at + 1));
  }
  const names = [...parts.keys()].filter((name) => name !== 'FREQ' && name !== 'INTERVAL');
  const byDay = parts.get('BYDAY');
  if (names.length !== 1 || names[0] !== 'BYDAY' || byDay === undefined)
    return { repeat: 'custom' };
  const interval = parts.get('INTERVAL') ?? '1';
  if (parts.get('FREQ') === 'WEEKLY' && (interval === '1' || interval === '2')) {
    const days = byDay.split(',').map((d) => (ruleDays as readonly string[]).indexOf(d));
    if (days.includes(-1)) return { repeat: 'custom' };
    return {
      repeat: interval === '1' ? 'weekly' : 'fortnightly',
      weekdays: [...new Set(days)].sort((a, b) => a - b),
    };
  }
  const nth = /^(\+?([1-4])|-1)(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay);
  if (parts.get('FREQ') === 'MONTHLY' && interval === '1' && nth) {
    return {
      repeat: 'monthly',
      monthWeek: nth[1] === '-1' ? -1 : (Number(nth[2]) as MonthWeek),
      monthWeekday: (ruleDays as readonly string[]).indexOf(nth[3] ?? ''),
    };
  }
  return { repeat: 'custom' };
}

function daysPart(weekdays: readonly number[]): string {
  return [...new Set(weekdays)]
    .filter((d) => d >= 0 && d < 7)
    .sort((a, b) => a - b)
    .map((d) => ruleDays[d])
    .join(',');
}

/** The rule the draft's rhythm stands for; null for a single date. */
export function ruleOfDraft(
  draft: Pick<AgendaDraft, 'repeat' | 'weekdays' | 'monthWeek' | 'monthWeekday' | 'rule'>,
): string | null {
  switch (draft.repeat) {
    case 'none':
      return null;
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${daysPart(draft.weekdays)}`;
    case 'fortnightly':
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${daysPart(draft.weekdays)}`;
    case 'monthly': {
      const week = draft.monthWeek === -1 ? '-1' : `+${draft.monthWeek}`;
      return `FREQ=MONTHLY;BYDAY=${week}${ruleDays[draft.monthWeekday] ?? 'MO'}`;
    }
    case 'custom':
      return normaliseRule(draft.rule);
  }
}

/**
 * The draft with another rhythm, its pickers filled from the first day (a Tuesday repeats on
 * Tuesdays) and a typed rule started from what was picked, so switching never starts blank.
 */
export function withRepeat(draft: AgendaDraft, repeat: Repeat): AgendaDraft {
  const firstDay = isLocalDate(draft.date) ? draft.date : null;
  const next = { ...draft, repeat };
  if ((repeat === 'weekly' || repeat === 'fortnightly') && draft.weekdays.length === 0) {
    next.weekdays = firstDay ? [weekdayOf(firstDay)] : [];
  }
  if (repeat === 'monthly' && draft.repeat !== 'monthly' && firstDay) {
    Object.assign(next, nthWeekdayOf(firstDay));
  }
  if (repeat === 'custom' && draft.rule.trim() === '') {
    const picked = draft.repeat === 'none' || draft.repeat === 'custom' ? null : ruleOfDraft(draft);
    next.rule =
      picked ?? `FREQ=WEEKLY;BYDAY=${ruleDays[firstDay ? weekdayOf(firstDay) : 0] ?? 'MO'}`;
  }
  return next;
}

export function emptyDraft(options: {
  date: string;
  organisationId: string;
  visibility?: string;
}): AgendaDraft {
  return {
    kind: '',
    title: '',
    date: options.date,
    startTime: '10:00',
    endTime: '12:00',
    repeat: 'none',
    weekdays: [],
    ...nthWeekdayOf(options.date),
    rule: '',
    until: '',
    placeKind: '',
    siteId: '',
    address: '',
    link: '',
    organisers: [options.organisationId],
    invited: [],
    visibility: options.visibility ?? platformVisibility,
  };
}

export function draftOf(item: AgendaItem, visibility: string): AgendaDraft {
  const rhythm = rhythmOfRule(item.rrule);
  const place = item.place ?? '';
  return {
    kind: item.kind,
    title: item.title,
    date: item.date,
    startTime: item.startTime,
    endTime: item.endTime,
    repeat: rhythm.repeat,
    weekdays: 'weekdays' in rhythm ? rhythm.weekdays : [],
    ...('monthWeek' in rhythm
      ? { monthWeek: rhythm.monthWeek, monthWeekday: rhythm.monthWeekday }
      : nthWeekdayOf(isLocalDate(item.date) ? item.date : '2026-01-05')),
    rule: item.rrule ?? '',
    until: item.rrule === null ? '' : (item.until ?? ''),
    placeKind: item.placeKind ?? '',
    siteId: item.placeKind === 'site' ? place : '',
    address: item.placeKind === 'address' ? place : '',
    link: item.placeKind === 'online' ? place : '',
    organisers: idList(item.organisers),
    invited: idList(item.invited),
    visibility,
  };
}

export function checkDraft(draft: AgendaDraft): AgendaProblems {
  const problems: AgendaProblems = {};
  const tooLong = (field: 'title' | 'address' | 'link', max: number) => {
    if (draft[field].trim().length > max) problems[field] = { problem: 'tooLong', max };
  };
  if (!isAgendaKind(draft.kind)) problems.kind = { problem: 'kindRequired' };
  if (draft.title.trim() === '') problems.title = { problem: 'titleRequired' };
  else tooLong('title', agendaLimits.title);
  if (!isLocalDate(draft.date)) problems.date = { problem: 'dateRequired' };
  if (!isLocalTime(draft.startTime)) problems.startTime = { problem: 'badTime' };
  if (!isLocalTime(draft.endTime)) problems.endTime = { problem: 'badTime' };
  else if (draft.endTime === draft.startTime) problems.endTime = { problem: 'sameTimes' };

  if (
    (draft.repeat === 'weekly' || draft.repeat === 'fortnightly') &&
    daysPart(draft.weekdays) === ''
  ) {
    problems.weekdays = { problem: 'daysRequired' };
  }
  if (draft.repeat === 'custom') {
    const rule = normaliseRule(draft.rule);
    if (rule.length > agendaLimits.rule)
      problems.rule = { problem: 'tooLong', max: agendaLimits.rule };
    else {
      const check = checkRule(rule);
      if (!check.ok) problems.rule = { problem: 'rule', rule: check.problem };
    }
  }
  if (draft.repeat !== 'none' && draft.until !== '') {
    if (!isLocalDate(draft.until)) problems.until = { problem: 'dateRequired' };
    else if (isLocalDate(draft.date) && draft.until < draft.date) {
      problems.until = { problem: 'untilBeforeDate' };
    }
  }

  if (draft.placeKind === 'site' && draft.siteId === '')
    problems.siteId = { problem: 'siteRequired' };
  if (draft.placeKind === 'address') {
    if (draft.address.trim() === '') problems.address = { problem: 'addressRequired' };
    else tooLong('address', agendaLimits.address);
  }
  if (draft.placeKind === 'online') {
    if (onlinePlaceProblem(draft.link.trim()) !== null) problems.link = { problem: 'badLink' };
    else tooLong('link', agendaLimits.link);
  }
  if (draft.organisers.length === 0) problems.organisers = { problem: 'organisersRequired' };
  return problems;
}

/** What the editor writes: every field a person edits (not the skipped dates, nor cancelling). */
export type EditedFields = Omit<AgendaItem, 'skipped' | 'cancelled' | 'createdBy'>;

export function itemFieldsOf(draft: AgendaDraft): EditedFields {
  const rrule = ruleOfDraft(draft);
  const placeKind = draft.placeKind === '' ? null : draft.placeKind;
  const place =
    placeKind === 'site'
      ? draft.siteId
      : placeKind === 'address'
        ? draft.address.trim()
        : placeKind === 'online'
          ? draft.link.trim()
          : null;
  return {
    kind: isAgendaKind(draft.kind) ? draft.kind : 'other',
    title: draft.title.trim(),
    date: draft.date,
    startTime: draft.startTime,
    endTime: draft.endTime,
    rrule,
    until: rrule !== null && draft.until !== '' ? draft.until : null,
    placeKind,
    place,
    organisers: joinIds(draft.organisers),
    invited: joinIds(draft.invited),
  };
}

/** Every field, for a new item. `createdBy` is the organisation that adds it. */
export function newItemFields(draft: AgendaDraft, createdBy: string): AgendaItem {
  return { ...itemFieldsOf(draft), skipped: '', cancelled: false, createdBy };
}

/**
 * Only the fields the person changed since the editor opened: someone else may have changed
 * another field meanwhile (the place, say, while this person moved the time), and writing it
 * back from the editor would undo their change.
 */
export function changedItemFields(opened: AgendaDraft, draft: AgendaDraft): Partial<AgendaItem> {
  const before = itemFieldsOf(opened);
  const after = itemFieldsOf(draft);
  const changed: Partial<AgendaItem> = {};
  for (const field of Object.keys(after) as (keyof EditedFields)[]) {
    if (before[field] !== after[field]) Object.assign(changed, { [field]: after[field] });
  }
  return changed;
}

/** How far ahead the editor looks for the next dates of a rhythm: a monthly one included. */
const nextDatesHorizon = 400;

/**
 * The next dates a repeating draft gives, from today or its first day, to show the rhythm does
 * what was meant; null while the rhythm cannot be read or for a single date.
 */
export function nextDatesOfDraft(draft: AgendaDraft, today: string, count = 4): string[] | null {
  if (draft.repeat === 'none') return null;
  const problems = checkDraft(draft);
  if (problems.date || problems.weekdays || problems.rule || problems.until) return null;
  const from = draft.date > today ? draft.date : today;
  const fields = { ...newItemFields(draft, ''), startTime: '12:00', endTime: '13:00' };
  const entry = { root: 'items', key: 'item:draft', id: 'draft', fields };
  return expandAgenda([entry], from, addDays(from, nextDatesHorizon))
    .slice(0, count)
    .map((o) => o.date);
}
