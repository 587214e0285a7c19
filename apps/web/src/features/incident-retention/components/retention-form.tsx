import type { RetentionSettings } from '@opale/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ErrorMessage } from '@/components/ui/message';
import { fieldErrorsOf } from '@/lib/errors';
import { useDescribeError } from '@/lib/use-describe-error';
import type { IncidentRetention } from '../api/use-incident-retention';
import {
  checkRetentionDraft,
  retentionDraftOf,
  retentionFields,
  type RetentionDraft,
  type RetentionProblem,
  type RetentionProblems,
} from '../utils/retention-draft';

export interface RetentionFormProps {
  retention: IncidentRetention;
  pending: boolean;
  /** The server's refusal of the last attempt, if any. */
  error: unknown;
  onSubmit: (settings: RetentionSettings) => void;
}

export function RetentionForm({ retention, pending, error, onSubmit }: RetentionFormProps) {
  const { t } = useTranslation('incidents');
  const describeError = useDescribeError();
  const [draft, setDraft] = useState<RetentionDraft>(() => retentionDraftOf(retention.settings));
  const [problems, setProblems] = useState<RetentionProblems>({});
  const serverFields = fieldErrorsOf(error);

  const message = (problem: RetentionProblem | undefined): string | undefined => {
    if (!problem) return undefined;
    return problem.problem === 'outOfRange'
      ? t('retention.errors.outOfRange', { min: problem.min, max: problem.max })
      : t('retention.errors.notWhole');
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkRetentionDraft(draft);
    if (checked.problems) {
      setProblems(checked.problems);
      const first = retentionFields.find((field) => checked.problems[field]);
      if (first) event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setProblems({});
    onSubmit(checked.settings);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        {retentionFields.map((field) => (
          <TextField
            key={field}
            name={field}
            label={t(`retention.fields.${field}`)}
            hint={t('retention.range', {
              min: retention.limits[field].min,
              max: retention.limits[field].max,
              default: retention.defaults[field],
            })}
            inputMode="numeric"
            autoComplete="off"
            required
            value={draft[field]}
            error={message(problems[field]) ?? serverFields[field]}
            onChange={(e) => setDraft((current) => ({ ...current, [field]: e.target.value }))}
          />
        ))}
      </div>
      <ErrorMessage>{error ? describeError(error) : null}</ErrorMessage>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t('retention.saving') : t('retention.save')}
        </Button>
      </div>
    </form>
  );
}
