/** The two forms of a follow-up: recording one, and changing its outcome once decided. */
import {
  followupKinds,
  followupOutcomes,
  personalDataWarnings,
  type FollowupKind,
  type FollowupOutcome,
  type PersonalDataWarning,
} from '@opale/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ErrorMessage, StatusMessage } from '@/components/ui/message';
import { formatDay, parisDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { fieldErrorsOf } from '@/lib/errors';
import { useDescribeError } from '@/lib/use-describe-error';
import { useAddFollowup } from '../api/use-add-followup';
import { useUpdateFollowup } from '../api/use-update-followup';
import type { IncidentFollowupView } from '../api/use-incident';
import { FollowupNotesField } from './followup-notes-field';

export function FollowupForm({
  platform,
  incidentId,
  redacted,
}: {
  platform: string;
  incidentId: string;
  redacted: boolean;
}) {
  const { t } = useTranslation('incidents');
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
  const add = useAddFollowup();
  const warningsId = useId();
  const [kind, setKind] = useState<FollowupKind>('complaint');
  const [filedOn, setFiledOn] = useState(() => parisDay(new Date()));
  const [outcome, setOutcome] = useState<FollowupOutcome>('pending');
  const [notes, setNotes] = useState('');
  const [said, setSaid] = useState('');
  const [savedWarnings, setSavedWarnings] = useState<PersonalDataWarning[]>([]);
  const [missingDate, setMissingDate] = useState(false);
  const warnings = notes ? personalDataWarnings(notes) : savedWarnings;
  const fieldErrors = fieldErrorsOf(add.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaid('');
    if (!filedOn) {
      setMissingDate(true);
      return;
    }
    setMissingDate(false);
    add.mutate(
      {
        platform,
        incidentId,
        followup: { kind, filedOn, outcome, notes: redacted ? '' : notes.trim() },
      },
      {
        onSuccess: (answer) => {
          setNotes('');
          setSavedWarnings(answer.warnings);
          setSaid(
            answer.warnings.length > 0
              ? t('list.page.followups.savedWithWarnings')
              : t('list.page.followups.saved'),
          );
        },
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="mt-4 space-y-3 rounded-xl border border-slate-300 bg-white p-3"
      aria-labelledby={`${warningsId}-title`}
    >
      <h3 id={`${warningsId}-title`} className="font-bold text-slate-950">
        {t('list.page.followups.add')}
      </h3>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          label={t('list.page.followups.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as FollowupKind)}
        >
          {followupKinds.map((code) => (
            <option key={code} value={code}>
              {t(`common.followupKinds.${code}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          type="date"
          label={t('list.page.followups.filedOnLabel')}
          value={filedOn}
          max={parisDay(new Date())}
          onChange={(event) => setFiledOn(event.target.value)}
          error={
            missingDate ? t('list.page.followups.filedOnMissing') : fieldErrors['followup.filedOn']
          }
          required
        />
        <SelectField
          label={t('list.page.followups.outcomeLabel')}
          value={outcome}
          onChange={(event) => setOutcome(event.target.value as FollowupOutcome)}
        >
          {followupOutcomes.map((code) => (
            <option key={code} value={code}>
              {t(`common.followupOutcomes.${code}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <FollowupNotesField
        redacted={redacted}
        notes={notes}
        onChange={setNotes}
        error={fieldErrors['followup.notes']}
        warnings={warnings}
        warningsId={warningsId}
      />
      <ErrorMessage>{add.isError ? describeError(add.error) : null}</ErrorMessage>
      <StatusMessage>{said}</StatusMessage>
      <Button type="submit" disabled={add.isPending} aria-busy={add.isPending}>
        {add.isPending ? tc('common.saving') : t('list.page.followups.submit')}
      </Button>
    </form>
  );
}

/**
 * A follow-up's new outcome, the date it was decided (when known) and its notes. Its kind and
 * filing date stay as filed. Saved notes that look like personal data keep the form open, with
 * the warnings, so they can be taken out at once.
 */
export function ChangeOutcomeForm({
  platform,
  incidentId,
  followup,
  redacted,
  onDone,
  onCancel,
}: {
  platform: string;
  incidentId: string;
  followup: IncidentFollowupView;
  redacted: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('incidents');
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
  const locale = currentLocale();
  const change = useUpdateFollowup();
  const formId = useId();
  const [outcome, setOutcome] = useState<FollowupOutcome>(followup.outcome as FollowupOutcome);
  const [decidedOn, setDecidedOn] = useState(followup.decidedOn ?? '');
  const [notes, setNotes] = useState(followup.notes);
  const [said, setSaid] = useState('');
  const warnings = redacted ? [] : personalDataWarnings(notes);
  const fieldErrors = fieldErrorsOf(change.error);
  const pending = outcome === 'pending';
  const title = t('list.page.followups.changeTitle', {
    kind: t(`common.followupKinds.${followup.kind as FollowupKind}`),
    date: formatDay(followup.filedOn, locale),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaid('');
    change.mutate(
      {
        platform,
        incidentId,
        followupId: followup.id,
        outcome,
        notes: redacted ? '' : notes.trim(),
        decidedOn: pending || decidedOn === '' ? null : decidedOn,
      },
      {
        onSuccess: (answer) => {
          if (answer.warnings.length > 0) {
            setSaid(t('list.page.followups.changedWithWarnings'));
            return;
          }
          onDone(
            answer.changed ? t('list.page.followups.changed') : t('list.page.followups.unchanged'),
          );
        },
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="mt-3 space-y-3 border-t border-slate-200 pt-3"
      aria-labelledby={`${formId}-title`}
    >
      <h3 id={`${formId}-title`} className="font-bold text-slate-950">
        {title}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t('list.page.followups.outcomeLabel')}
          value={outcome}
          onChange={(event) => setOutcome(event.target.value as FollowupOutcome)}
          error={fieldErrors.outcome}
        >
          {followupOutcomes.map((code) => (
            <option key={code} value={code}>
              {t(`common.followupOutcomes.${code}`)}
            </option>
          ))}
        </SelectField>
        {pending ? null : (
          <TextField
            type="date"
            label={t('list.page.followups.decidedOnLabel')}
            labelSuffix={`(${tc('common.optional')})`}
            hint={t('list.page.followups.decidedOnHint')}
            value={decidedOn}
            min={followup.filedOn}
            max={parisDay(new Date())}
            onChange={(event) => setDecidedOn(event.target.value)}
            error={fieldErrors.decidedOn}
          />
        )}
      </div>
      <FollowupNotesField
        redacted={redacted}
        notes={notes}
        onChange={setNotes}
        error={fieldErrors.notes}
        warnings={warnings}
        warningsId={`${formId}-warnings`}
      />
      <ErrorMessage>{change.isError ? describeError(change.error) : null}</ErrorMessage>
      <StatusMessage>{said}</StatusMessage>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={change.isPending} aria-busy={change.isPending}>
          {change.isPending ? tc('common.saving') : t('list.page.followups.changeSubmit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('list.page.followups.changeCancel')}
        </Button>
      </div>
    </form>
  );
}
