import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationKinds, type OrganisationKind } from '@opale/core';
import { Button } from '@/components/ui/button';
import { CheckboxField, SelectField, TextField } from '@/components/ui/field';
import { ErrorMessage } from '@/components/ui/message';
import { fieldErrorsOf } from '@/lib/errors';
import { useDescribeError } from '@/lib/use-describe-error';
import type { Organisation } from '../api/use-organisations';

export interface OrganisationFormValues {
  name: string;
  shortName: string;
  kind: OrganisationKind;
  stateMandated: boolean;
  publiclyFunded: boolean;
  contactEmail: string;
  contactPhone: string;
  website: string;
}

function initialValues(organisation: Organisation | undefined): OrganisationFormValues {
  return {
    name: organisation?.name ?? '',
    shortName: organisation?.shortName ?? '',
    kind: (organisation?.kind as OrganisationKind | undefined) ?? 'association',
    stateMandated: organisation?.stateMandated ?? false,
    publiclyFunded: organisation?.publiclyFunded ?? false,
    contactEmail: organisation?.contactEmail ?? '',
    contactPhone: organisation?.contactPhone ?? '',
    website: organisation?.website ?? '',
  };
}

export interface OrganisationFormProps {
  organisation?: Organisation;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: OrganisationFormValues) => void;
  onCancel: () => void;
}

export function OrganisationForm({
  organisation,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: OrganisationFormProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [values, setValues] = useState(() => initialValues(organisation));
  const fieldErrors = fieldErrorsOf(error);

  function set<K extends keyof OrganisationFormValues>(key: K, value: OrganisationFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(values);
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      <TextField
        label={t('organisations.fields.name')}
        required
        maxLength={120}
        value={values.name}
        error={fieldErrors.name}
        onChange={(e) => set('name', e.target.value)}
      />
      <TextField
        label={t('organisations.fields.shortName')}
        hint={t('organisations.fields.shortNameHint')}
        required
        maxLength={24}
        value={values.shortName}
        error={fieldErrors.shortName}
        onChange={(e) => set('shortName', e.target.value)}
      />
      <SelectField
        label={t('organisations.fields.kind')}
        value={values.kind}
        error={fieldErrors.kind}
        onChange={(e) => set('kind', e.target.value as OrganisationKind)}
      >
        {organisationKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`organisationKinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <div className="space-y-3">
        <CheckboxField
          label={t('organisations.fields.stateMandated')}
          checked={values.stateMandated}
          onChange={(e) => set('stateMandated', e.target.checked)}
        />
        <CheckboxField
          label={t('organisations.fields.publiclyFunded')}
          checked={values.publiclyFunded}
          onChange={(e) => set('publiclyFunded', e.target.checked)}
        />
        <p className="text-sm text-slate-700">{t('organisations.fields.advocacyHint')}</p>
      </div>
      <TextField
        label={t('organisations.fields.contactEmail')}
        labelSuffix={`(${t('common.optional')})`}
        type="email"
        inputMode="email"
        autoComplete="off"
        value={values.contactEmail}
        error={fieldErrors.contactEmail}
        onChange={(e) => set('contactEmail', e.target.value)}
      />
      <TextField
        label={t('organisations.fields.contactPhone')}
        labelSuffix={`(${t('common.optional')})`}
        type="tel"
        maxLength={40}
        value={values.contactPhone}
        error={fieldErrors.contactPhone}
        onChange={(e) => set('contactPhone', e.target.value)}
      />
      <TextField
        label={t('organisations.fields.website')}
        labelSuffix={`(${t('common.optional')})`}
        hint={t('organisations.fields.websiteHint')}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={values.website}
        error={fieldErrors.website}
        onChange={(e) => set('website', e.target.value)}
      />
      <ErrorMessage>{error ? describeError(error) : null}</ErrorMessage>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? t('common.saving') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
