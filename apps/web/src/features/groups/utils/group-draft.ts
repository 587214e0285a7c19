/** The new-group form, checked before it is sent so each field says what is wrong in the reader's language. */
import type { GroupKind } from '@opale/core';

/** The same bounds as core's `groupName` (a test keeps them together). */
export const groupNameLimits = { min: 2, max: 80 } as const;

export interface GroupDraft {
  name: string;
  /** '' until the admin chooses: whether a group is advocacy matters too much for a default. */
  kind: GroupKind | '';
}

export type GroupProblem =
  | { problem: 'nameRequired' }
  | { problem: 'nameTooShort'; min: number }
  | { problem: 'nameTooLong'; max: number }
  | { problem: 'kindRequired' };

export type GroupProblems = Partial<Record<keyof GroupDraft, GroupProblem>>;

export const emptyGroupDraft: GroupDraft = { name: '', kind: '' };

export function checkGroupDraft(draft: GroupDraft): GroupProblems {
  const problems: GroupProblems = {};
  const name = draft.name.trim();
  if (name === '') problems.name = { problem: 'nameRequired' };
  else if (name.length < groupNameLimits.min) {
    problems.name = { problem: 'nameTooShort', min: groupNameLimits.min };
  } else if (name.length > groupNameLimits.max) {
    problems.name = { problem: 'nameTooLong', max: groupNameLimits.max };
  }
  if (draft.kind === '') problems.kind = { problem: 'kindRequired' };
  return problems;
}
