/**
 * One date of a series changed: cancelled, moved (other times or site) or added once. Checked
 * against the series' rhythm, so that a cancellation falls on a real date and an addition does not.
 */
import {
  isLocalDate,
  isLocalTime,
  recurrenceDates,
  type ExceptionKind,
  type ScheduleSource,
  type Series,
  type SeriesException,
} from '@opale/core';

export interface ExceptionDraft {
  date: string;
  kind: ExceptionKind;
  startTime: string;
  endTime: string;
  siteId: string;
  note: string;
}

export const exceptionLimits = { note: 200 } as const;

export type ExceptionProblem =
  | { problem: 'dateRequired' }
  | { problem: 'notOnRule' }
  | { problem: 'alreadyOnRule' }
  | { problem: 'nothingMoved' }
  | { problem: 'badTime' }
  | { problem: 'sameTimes' }
  | { problem: 'siteRequired' }
  | { problem: 'tooLong'; max: number };

export type ExceptionProblems = Partial<Record<keyof ExceptionDraft, ExceptionProblem>>;

export function emptyExceptionDraft(series: Series, date: string): ExceptionDraft {
  return {
    date,
    kind: 'cancel',
    startTime: series.startTime,
    endTime: series.endTime,
    siteId: series.siteId,
    note: '',
  };
}

/** Does the series' own rhythm (not its changes) fall on this date? */
export function fallsOn(series: Series, date: string): boolean {
  return recurrenceDates(series.rrule, series.validFrom, series.validUntil, date, date).length > 0;
}

export function checkException(draft: ExceptionDraft, series: Series): ExceptionProblems {
  const problems: ExceptionProblems = {};
  if (!isLocalDate(draft.date)) {
    problems.date = { problem: 'dateRequired' };
  } else if (draft.kind === 'add') {
    if (fallsOn(series, draft.date)) problems.date = { problem: 'alreadyOnRule' };
  } else if (!fallsOn(series, draft.date)) {
    problems.date = { problem: 'notOnRule' };
  }
  if (draft.kind !== 'cancel') {
    if (!isLocalTime(draft.startTime)) problems.startTime = { problem: 'badTime' };
    if (!isLocalTime(draft.endTime)) problems.endTime = { problem: 'badTime' };
    else if (draft.endTime === draft.startTime) problems.endTime = { problem: 'sameTimes' };
    if (draft.siteId === '') problems.siteId = { problem: 'siteRequired' };
  }
  if (
    draft.kind === 'move' &&
    !problems.startTime &&
    !problems.endTime &&
    draft.startTime === series.startTime &&
    draft.endTime === series.endTime &&
    draft.siteId === series.siteId
  ) {
    problems.startTime = { problem: 'nothingMoved' };
  }
  if (draft.note.trim().length > exceptionLimits.note) {
    problems.note = { problem: 'tooLong', max: exceptionLimits.note };
  }
  return problems;
}

/**
 * The change as the board stores it. Times and site are kept only where they differ from the
 * series, so that a date moved to another site still follows a later change of the series' times.
 */
export function exceptionOf(draft: ExceptionDraft, series: Series): SeriesException {
  const note = draft.note.trim() === '' ? null : draft.note.trim();
  if (draft.kind === 'cancel') {
    return { kind: 'cancel', startTime: null, endTime: null, siteId: null, note };
  }
  const differs = (value: string, usual: string) => (value === usual ? null : value);
  const timesDiffer = draft.startTime !== series.startTime || draft.endTime !== series.endTime;
  return {
    kind: draft.kind,
    // The two times go together: a window is only meaningful whole.
    startTime: timesDiffer ? draft.startTime : null,
    endTime: timesDiffer ? draft.endTime : null,
    siteId: differs(draft.siteId, series.siteId),
    note,
  };
}

export interface ChangedDate {
  date: string;
  exception: SeriesException;
}

/** A series' changed dates from `from` on, in date order. */
export function changedDatesOf(
  source: ScheduleSource,
  seriesId: string,
  from: string,
): ChangedDate[] {
  const found: ChangedDate[] = [];
  for (const [key, exception] of source.exceptions) {
    const at = key.lastIndexOf(':');
    if (key.slice(0, at) !== seriesId) continue;
    const date = key.slice(at + 1);
    if (date >= from) found.push({ date, exception });
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
