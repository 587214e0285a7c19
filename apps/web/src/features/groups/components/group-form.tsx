import { groupKinds, type GroupKind } from '@opale/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ErrorMessage } from '@/components/ui/message';
import { fieldErrorsOf } from '@/lib/errors';
import { useDescribeError } from '@/lib/use-describe-error';
import {
  checkGroupDraft,
  emptyGroupDraft,
  groupNameLimits,
  type GroupDraft,
  type GroupProblem,
  type GroupProblems,
} from '../utils/group-draft';

export interface GroupFormProps {
  pending: boolean;
  /** The server's refusal of the last attempt, if any. */
  error: unknown;
  onSubmit: (group: { name: string; kind: GroupKind }) => void;
  onCancel: () => void;
}

export function GroupForm({ pending, error, onSubmit, onCancel }: GroupFormProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [draft, setDraft] = useState<GroupDraft>(emptyGroupDraft);
  const [problems, setProblems] = useState<GroupProblems>({});
  const serverFields = fieldErrorsOf(error);

  const message = (problem: GroupProblem | undefined): string | undefined => {
    if (!problem) return undefined;
    switch (problem.problem) {
      case 'nameTooShort':
        return t('groups.errors.nameTooShort', { min: problem.min });
      case 'nameTooLong':
        return t('groups.errors.nameTooLong', { max: problem.max });
      default:
        return t(`groups.errors.${problem.problem}`);
    }
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkGroupDraft(draft);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    if (draft.kind === '') return;
    onSubmit({ name: draft.name.trim(), kind: draft.kind });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <TextField
        name="name"
        label={t('groups.fields.name')}
        hint={t('groups.fields.nameHint')}
        required
        maxLength={groupNameLimits.max}
        autoComplete="off"
        value={draft.name}
        error={message(problems.name) ?? serverFields.name}
        onChange={(e) => setDraft((current) => ({ ...current, name: e.target.value }))}
      />
      <SelectField
        name="kind"
        label={t('groups.fields.kind')}
        hint={draft.kind === '' ? undefined : t(`groups.kindHints.${draft.kind}`)}
        required
        value={draft.kind}
        error={message(problems.kind) ?? serverFields.kind}
        onChange={(e) =>
          setDraft((current) => ({ ...current, kind: e.target.value as GroupKind | '' }))
        }
      >
        <option value="" disabled>
          {t('groups.fields.chooseKind')}
        </option>
        {groupKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`groups.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <ErrorMessage>{error ? describeError(error) : null}</ErrorMessage>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t('groups.creating') : t('groups.createSubmit')}
        </Button>
      </div>
    </form>
  );
}
