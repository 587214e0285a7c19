/** What a field member records about one occurrence, checked and turned into the board's state. */
import type { OccurrenceState, OccurrenceStatus } from '@opale/core';

export const statusLimits = { note: 200, servedCount: 100_000 } as const;

/** A count as typed: empty is allowed (the count is optional), else a whole number. */
export function parseServedCount(text: string): number | null | 'bad' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return 'bad';
  const value = Number(trimmed);
  return value <= statusLimits.servedCount ? value : 'bad';
}

export interface StatusChoice {
  status: OccurrenceStatus;
  servedCount?: number | null;
  note?: string;
}

/**
 * The state written to the board. A count belongs to "done" and a note to "disrupted": changing
 * the status clears what no longer applies.
 */
export function occurrenceStateOf(choice: StatusChoice, by: string, at: Date): OccurrenceState {
  const note = choice.note?.trim() ?? '';
  return {
    status: choice.status,
    servedCount: choice.status === 'done' ? (choice.servedCount ?? null) : null,
    note: choice.status === 'disrupted' && note !== '' ? note.slice(0, statusLimits.note) : null,
    by,
    at: at.toISOString(),
  };
}
