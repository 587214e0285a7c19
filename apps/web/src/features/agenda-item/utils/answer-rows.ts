/** The answers to one date of an agenda item, one row per organisation concerned. */
import { answers as answerKinds, type AgendaAnswer, type Answer } from '@opale/core';

export interface AnswerRow {
  organisationId: string;
  /** On the invitation list; an organisation that was not may still say it comes. */
  invited: boolean;
  answer: AgendaAnswer | null;
}

/**
 * Every invited organisation (answered or not), then those that answered without being invited,
 * each part by name.
 */
export function answerRows(
  invited: readonly string[],
  answers: ReadonlyMap<string, AgendaAnswer> | undefined,
  nameOf: (organisationId: string) => string,
): AnswerRow[] {
  const byName = (a: AnswerRow, b: AnswerRow) =>
    nameOf(a.organisationId).localeCompare(nameOf(b.organisationId)) ||
    (a.organisationId < b.organisationId ? -1 : 1);
  const invitedSet = new Set(invited);
  const invitedRows = [...invitedSet].map((organisationId) => ({
    organisationId,
    invited: true,
    answer: answers?.get(organisationId) ?? null,
  }));
  const others = [...(answers ?? new Map<string, AgendaAnswer>())]
    .filter(([organisationId]) => !invitedSet.has(organisationId))
    .map(([organisationId, answer]) => ({ organisationId, invited: false, answer }));
  return [...invitedRows.sort(byName), ...others.sort(byName)];
}

export type AnswerCounts = Record<Answer | 'none', number>;

export function answerCounts(rows: readonly AnswerRow[]): AnswerCounts {
  const counts: AnswerCounts = { going: 0, maybe: 0, not_going: 0, none: 0 };
  for (const row of rows) {
    const said = row.answer?.answer;
    counts[said !== undefined && answerKinds.includes(said) ? said : 'none'] += 1;
  }
  return counts;
}
