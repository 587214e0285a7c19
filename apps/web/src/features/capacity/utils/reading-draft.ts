/**
 * A reading as the card takes it: a status in one tap, and, when given, how many places are free
 * and a short note; checked and turned into what the board keeps.
 */
import type { CapacityReading, CapacityStatus } from '@opale/core';

/** The optional numbers and note, as typed ('' when left empty). */
export interface ReadingDraft {
  available: string;
  total: string;
  note: string;
}

export const readingLimits = { count: 100_000, note: 140 } as const;

export type ReadingProblem = 'badCount' | 'moreThanTotal' | 'tooLong';
export type ReadingProblems = Partial<Record<keyof ReadingDraft, ReadingProblem>>;

export function emptyReadingDraft(total: number | null): ReadingDraft {
  return { available: '', total: total === null ? '' : String(total), note: '' };
}

/** A whole number of places, null when left empty, 'bad' otherwise. */
export function parseCount(text: string): number | null | 'bad' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return 'bad';
  const value = Number(trimmed);
  return value <= readingLimits.count ? value : 'bad';
}

export function checkReadingDraft(draft: ReadingDraft): ReadingProblems {
  const problems: ReadingProblems = {};
  const available = parseCount(draft.available);
  const total = parseCount(draft.total);
  if (available === 'bad') problems.available = 'badCount';
  if (total === 'bad') problems.total = 'badCount';
  if (typeof available === 'number' && typeof total === 'number' && available > total) {
    problems.available = 'moreThanTotal';
  }
  if (draft.note.trim().length > readingLimits.note) problems.note = 'tooLong';
  return problems;
}

/**
 * The reading to record: the status tapped, the numbers and note when given (a count left empty
 * stays unknown, never 0), who confirmed it and when, on this device.
 */
export function readingOf(
  status: CapacityStatus,
  draft: ReadingDraft | null,
  serviceTotal: number | null,
  by: string,
  now: Date,
): CapacityReading {
  const count = (text: string | undefined) => {
    const value = parseCount(text ?? '');
    return value === 'bad' ? null : value;
  };
  const note = draft?.note.trim() ?? '';
  return {
    status,
    available: count(draft?.available),
    total: draft ? count(draft.total) : serviceTotal,
    note: note === '' ? null : note,
    by,
    at: now.toISOString(),
  };
}
