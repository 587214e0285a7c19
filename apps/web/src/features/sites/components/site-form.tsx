import { sitePublicLevels } from '@opale/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import {
  checkDraft,
  siteLimits,
  type SiteDraft,
  type SiteProblem,
  type SiteProblems,
} from '../utils/site-draft';

export interface SiteFormProps {
  initial: SiteDraft;
  submitLabel: string;
  onSubmit: (draft: SiteDraft) => void;
  onCancel: () => void;
}

export function SiteForm({ initial, submitLabel, onSubmit, onCancel }: SiteFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<SiteProblems>({});

  const message = (problem: SiteProblem | undefined) => {
    if (!problem) return undefined;
    return problem.problem === 'tooLong'
      ? t('sites.errors.tooLong', { max: problem.max })
      : t(`sites.errors.${problem.problem}`);
  };

  const field = (name: keyof SiteDraft) => ({
    name,
    value: draft[name],
    error: message(problems[name]),
    onChange: (event: { target: { value: string } }) =>
      setDraft((current) => ({ ...current, [name]: event.target.value })),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkDraft(draft);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSubmit(draft);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <TextField
        label={t('sites.fields.name')}
        hint={t('sites.fields.nameHint')}
        required
        maxLength={siteLimits.name}
        autoComplete="off"
        {...field('name')}
      />
      <TextField
        label={t('sites.fields.area')}
        labelSuffix={`(${t('common.optional')})`}
        hint={t('sites.fields.areaHint')}
        maxLength={siteLimits.area}
        autoComplete="off"
        {...field('area')}
      />
      <TextAreaField
        label={t('sites.fields.description')}
        labelSuffix={`(${t('common.optional')})`}
        hint={t('sites.fields.descriptionHint')}
        rows={3}
        maxLength={siteLimits.description}
        {...field('description')}
      />
      <TextField
        label={t('sites.fields.locationText')}
        labelSuffix={`(${t('common.optional')})`}
        hint={t('sites.fields.locationTextHint')}
        maxLength={siteLimits.locationText}
        autoComplete="off"
        {...field('locationText')}
      />
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <TextField
          label={t('sites.fields.activeFrom')}
          labelSuffix={`(${t('common.optional')})`}
          type="date"
          {...field('activeFrom')}
        />
        <TextField
          label={t('sites.fields.activeUntil')}
          labelSuffix={`(${t('common.optional')})`}
          hint={t('sites.fields.activeUntilHint')}
          type="date"
          min={draft.activeFrom || undefined}
          {...field('activeUntil')}
        />
      </div>
      <SelectField
        label={t('sites.fields.publicLevel')}
        hint={t('sites.fields.publicLevelHint')}
        {...field('publicLevel')}
      >
        {sitePublicLevels.map((level) => (
          <option key={level} value={level}>
            {t(`sites.fields.publicLevels.${level}`)}
          </option>
        ))}
      </SelectField>
      {draft.publicLevel === 'shown' ? (
        <TextAreaField
          label={t('sites.fields.publicDescription')}
          labelSuffix={`(${t('common.optional')})`}
          hint={t('sites.fields.publicDescriptionHint')}
          rows={2}
          maxLength={siteLimits.publicDescription}
          {...field('publicDescription')}
        />
      ) : null}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit">{submitLabel}</Button>
      </div>
    </form>
  );
}
