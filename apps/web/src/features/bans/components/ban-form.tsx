import {
  banAuthorities,
  banLimits,
  siteStatusOn,
  type BanAuthority,
  type BanDraft,
  type Entry,
  type Site,
} from '@opale/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { fieldErrorsOf } from '@/lib/errors';
import { banDraftOf, checkBanValues, type BanProblem, type BanValues } from '../utils/ban-values';
import { FormFooter } from './form-footer';

export interface BanFormProps {
  initial: BanValues;
  sites: readonly Entry<Site>[];
  today: string;
  submitLabel: string;
  pending: boolean;
  /** The server's refusal of the last attempt, if any. */
  error: unknown;
  onSubmit: (ban: BanDraft) => void;
  onCancel: () => void;
}

export function BanForm({
  initial,
  sites,
  today,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: BanFormProps) {
  const { t } = useTranslation('incidents');
  const sitesId = useId();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<keyof BanValues, BanProblem>>>({});
  const serverFields = fieldErrorsOf(error);
  const message = (field: keyof BanValues) => {
    const problem = problems[field];
    return problem ? t(`bans.problems.${problem}`, { date: '' }) : serverFields[`ban.${field}`];
  };
  const set = <K extends keyof BanValues>(field: K, value: BanValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const text = (name: 'reference' | 'signedOn' | 'commune' | 'validFrom' | 'validUntil') => ({
    name,
    value: values[name],
    error: message(name),
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
  });

  // Sites in use now, and any the order already names (a site closed since stays listed).
  const siteOptions = sites
    .filter(
      (site) => siteStatusOn(site.fields, today) !== 'closed' || values.siteIds.includes(site.id),
    )
    .sort((a, b) => a.fields.name.localeCompare(b.fields.name));

  function toggleSite(id: string, on: boolean) {
    set('siteIds', on ? [...values.siteIds, id] : values.siteIds.filter((siteId) => siteId !== id));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkBanValues(values);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSubmit(banDraftOf(values));
  }

  const sitesError = message('siteIds');
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <div className="grid items-start gap-3 sm:grid-cols-2">
        <SelectField
          label={t('bans.form.authority')}
          name="authority"
          value={values.authority}
          onChange={(event) => set('authority', event.target.value as BanAuthority)}
        >
          {banAuthorities.map((authority) => (
            <option key={authority} value={authority}>
              {t(`bans.authorities.${authority}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('bans.form.signedOn')} type="date" required {...text('signedOn')} />
      </div>
      <TextField
        label={t('bans.form.reference')}
        hint={t('bans.form.referenceHint')}
        required
        autoComplete="off"
        maxLength={banLimits.reference}
        {...text('reference')}
      />
      <TextField
        label={t('bans.form.commune')}
        required
        autoComplete="off"
        maxLength={banLimits.commune}
        {...text('commune')}
      />
      <TextAreaField
        label={t('bans.form.area')}
        hint={t('bans.form.areaHint')}
        name="area"
        rows={3}
        required
        maxLength={banLimits.area}
        value={values.area}
        error={message('area')}
        onChange={(event) => set('area', event.target.value)}
      />
      <fieldset aria-describedby={`${sitesId}-hint${sitesError ? ` ${sitesId}-error` : ''}`}>
        <legend className="mb-1 font-medium text-slate-900">{t('bans.form.sites')}</legend>
        <p id={`${sitesId}-hint`} className="mb-2 text-sm text-slate-700">
          {siteOptions.length === 0 ? t('bans.form.noSites') : t('bans.form.sitesHint')}
        </p>
        <div className="grid gap-2 sm:grid-cols-2">
          {siteOptions.map((site, index) => (
            <label key={site.id} className="flex min-h-11 items-center gap-3">
              <input
                type="checkbox"
                // The first box takes the focus when no site is chosen.
                name={index === 0 ? 'siteIds' : undefined}
                checked={values.siteIds.includes(site.id)}
                onChange={(event) => toggleSite(site.id, event.target.checked)}
                className="size-6 shrink-0 accent-brand-700"
              />
              <span>{site.fields.name}</span>
            </label>
          ))}
        </div>
        {sitesError ? (
          <p id={`${sitesId}-error`} className="mt-1 text-sm font-medium text-red-700">
            {sitesError}
          </p>
        ) : null}
      </fieldset>
      <div className="grid items-start gap-3 sm:grid-cols-2">
        <TextField label={t('bans.form.validFrom')} type="date" required {...text('validFrom')} />
        <TextField
          label={t('bans.form.validUntil')}
          type="date"
          required
          min={values.validFrom || undefined}
          {...text('validUntil')}
        />
      </div>
      <TextAreaField
        label={t('bans.form.forbids')}
        labelSuffix={`(${t('bans.form.optional')})`}
        hint={t('bans.form.forbidsHint')}
        name="forbids"
        rows={2}
        maxLength={banLimits.forbids}
        value={values.forbids}
        error={message('forbids')}
        onChange={(event) => set('forbids', event.target.value)}
      />
      <FormFooter submitLabel={submitLabel} pending={pending} error={error} onCancel={onCancel} />
    </form>
  );
}
