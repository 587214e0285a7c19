/** A new action item as the form holds it, checked and turned into what the board stores. */
import { isLocalDate, type ActionItem } from '@opale/core';

export interface ActionDraft {
  text: string;
  owner: string;
  /** YYYY-MM-DD from a date input, or empty. */
  due: string;
}

export const actionLimits = { text: 500 } as const;

export type ActionDraftProblem = 'textMissing' | 'textTooLong' | 'ownerMissing' | 'dueInvalid';

export type ActionDraftCheck =
  | { ok: true; text: string; owner: string; due: string | null }
  | { ok: false; problems: Partial<Record<keyof ActionDraft, ActionDraftProblem>> };

export function checkActionDraft(draft: ActionDraft): ActionDraftCheck {
  const problems: Partial<Record<keyof ActionDraft, ActionDraftProblem>> = {};
  const text = draft.text.trim();
  if (text === '') problems.text = 'textMissing';
  else if (text.length > actionLimits.text) problems.text = 'textTooLong';
  if (draft.owner === '') problems.owner = 'ownerMissing';
  const due = draft.due.trim();
  if (due !== '' && !isLocalDate(due)) problems.due = 'dueInvalid';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, text, owner: draft.owner, due: due === '' ? null : due };
}

export interface ActionOrigin {
  itemId: string;
  /** The date of a recurring item's occurrence; null for a one-off item. */
  occurrenceDate: string | null;
  /** Who adds it, as the board keeps names. */
  createdBy: string;
}

export function newAction(
  checked: Extract<ActionDraftCheck, { ok: true }>,
  origin: ActionOrigin,
): ActionItem {
  return {
    ...origin,
    text: checked.text,
    owner: checked.owner,
    due: checked.due,
    done: false,
    doneBy: null,
    doneAt: null,
  };
}

/** The fields that tick or untick an action item: who did it and when, or nothing. */
export function doneFields(
  done: boolean,
  by: string,
  at: Date,
): Pick<ActionItem, 'done' | 'doneBy' | 'doneAt'> {
  return done
    ? { done: true, doneBy: by, doneAt: at.toISOString() }
    : { done: false, doneBy: null, doneAt: null };
}
