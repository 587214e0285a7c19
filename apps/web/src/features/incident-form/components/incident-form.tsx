/**
 * The incident form, shared by recording (through the outbox) and editing (online). One column
 * at 360 px, every control at least 44 px tall, each error next to its field and tied to it.
 */
import {
  fineContestDeadline,
  incidentAuthorities,
  incidentTypes,
  isLocalDate,
  maxNarrativeLength,
  type IncidentType,
} from '@opale/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ErrorMessage } from '@/components/ui/message';
import { Section } from '@/components/ui/page';
import { cn } from '@/lib/cn';
import { formatDay } from '@/lib/format';
import type { FieldError, FormErrors, IncidentFormValues } from '../utils/form-draft';
import { CountStepper } from './count-stepper';
import { PersonalDataNotice } from './personal-data-notice';

export interface SiteChoice {
  id: string;
  name: string;
}

export interface IncidentFormProps {
  values: IncidentFormValues;
  onChange: (values: IncidentFormValues) => void;
  errors: FormErrors;
  sites: SiteChoice[];
  /** "Linked to: meal at Dunes, 26 November", when the report comes from a distribution. */
  linkText: string | null;
  onUnlink: () => void;
  /** Types offered first (from a disrupted distribution); the person still chooses. */
  suggestedTypes: readonly IncidentType[];
  /** The attachments block, when this form takes files (recording, not editing). */
  attachments: ReactNode;
  submitLabel: string;
  busy: boolean;
  formError: string | null;
  onSubmit: () => void;
}

const controlClasses =
  'block w-full min-h-11 rounded-lg border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700';

export function IncidentForm({
  values,
  onChange,
  errors,
  sites,
  linkText,
  onUnlink,
  suggestedTypes,
  attachments,
  submitLabel,
  busy,
  formError,
  onSubmit,
}: IncidentFormProps) {
  const { t, i18n } = useTranslation('incidents');
  const set = <K extends keyof IncidentFormValues>(key: K, value: IncidentFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const say = (error: FieldError | undefined) =>
    error ? t(`form.errors.${error.key}`, error.values ?? {}) : undefined;
  const describedBy = (...ids: (string | false | undefined)[]) =>
    ids.filter(Boolean).join(' ') || undefined;

  const contestBy = isLocalDate(values.fineNoticeDate)
    ? formatDay(fineContestDeadline(values.fineNoticeDate), i18n.language)
    : null;
  const placeRequired = values.siteId === '';
  const narrativeError = say(errors.narrative);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form noValidate onSubmit={submit} className="max-w-xl space-y-8">
      <Section title={t('form.sections.what')}>
        <div className="space-y-4">
          {linkText ? (
            <div className="flex flex-wrap items-center gap-2 rounded-lg border border-brand-200 bg-brand-50 px-3 py-2 text-brand-950">
              <p className="flex-1 font-medium">{linkText}</p>
              <Button variant="ghost" size="sm" onClick={onUnlink}>
                {t('form.unlink')}
              </Button>
            </div>
          ) : null}
          {suggestedTypes.length > 0 ? (
            <div>
              <p className="mb-1 text-sm text-slate-700">{t('form.fields.suggested')}</p>
              <div className="flex flex-wrap gap-2">
                {suggestedTypes.map((type) => (
                  <button
                    key={type}
                    type="button"
                    aria-pressed={values.type === type}
                    onClick={() => set('type', type)}
                    className={cn(
                      'min-h-11 rounded-full border px-4 py-2 text-left font-medium',
                      values.type === type
                        ? 'border-brand-700 bg-brand-700 text-white'
                        : 'border-slate-400 bg-white text-slate-900 hover:bg-slate-100',
                    )}
                  >
                    {t(`common.types.${type}`)}
                  </button>
                ))}
              </div>
            </div>
          ) : null}
          <SelectField
            id="incident-type"
            label={t('form.fields.type')}
            value={values.type}
            onChange={(event) => set('type', event.target.value as IncidentType | '')}
            error={say(errors.type)}
          >
            <option value="">{t('form.fields.choose')}</option>
            {incidentTypes.map((type) => (
              <option key={type} value={type}>
                {t(`common.types.${type}`)}
              </option>
            ))}
          </SelectField>
          <fieldset>
            <legend className="sr-only">
              {t('form.fields.date')} · {t('form.fields.time')}
            </legend>
            <div className="grid grid-cols-[3fr_2fr] gap-3">
              <TextField
                id="incident-date"
                type="date"
                label={t('form.fields.date')}
                value={values.date}
                onChange={(event) => set('date', event.target.value)}
                error={say(errors.dateTime)}
              />
              <TextField
                id="incident-time"
                type="time"
                label={t('form.fields.time')}
                hint={t('form.fields.timeHint')}
                value={values.time}
                onChange={(event) => set('time', event.target.value)}
              />
            </div>
          </fieldset>
        </div>
      </Section>

      <Section title={t('form.sections.where')}>
        <div className="space-y-4">
          <SelectField
            id="incident-site"
            label={t('form.fields.site')}
            hint={t('form.fields.siteHint')}
            value={values.siteId}
            onChange={(event) => set('siteId', event.target.value)}
            error={say(errors.siteId)}
          >
            <option value="">{t('form.fields.siteOther')}</option>
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </SelectField>
          <div>
            <label htmlFor="incident-place" className="mb-1 block font-medium text-slate-900">
              {t('form.fields.placeText')}
              {placeRequired ? null : (
                <span className="font-normal text-slate-700"> {t('form.optional')}</span>
              )}
            </label>
            <input
              id="incident-place"
              value={values.placeText}
              onChange={(event) => set('placeText', event.target.value)}
              maxLength={200}
              aria-invalid={errors.placeText ? true : undefined}
              aria-describedby={describedBy(
                errors.placeText && 'incident-place-error',
                'incident-place-hint',
                'incident-place-warnings',
              )}
              className={controlClasses}
            />
            <p id="incident-place-hint" className="mt-1 text-sm text-slate-700">
              {placeRequired
                ? t('form.fields.placeRequiredHint')
                : t('form.fields.placeOptionalHint')}
            </p>
            {errors.placeText ? (
              <p id="incident-place-error" className="mt-1 text-sm font-medium text-red-700">
                {say(errors.placeText)}
              </p>
            ) : null}
            <PersonalDataNotice id="incident-place-warnings" text={values.placeText} />
          </div>
          <TextField
            id="incident-commune"
            label={t('form.fields.commune')}
            hint={t('form.fields.communeHint')}
            value={values.commune}
            onChange={(event) => set('commune', event.target.value)}
            autoComplete="address-level2"
            maxLength={80}
            error={say(errors.commune)}
          />
        </div>
      </Section>

      <Section title={t('form.sections.who')}>
        <div className="space-y-4">
          <SelectField
            id="incident-authority"
            label={t('form.fields.authority')}
            value={values.authority}
            onChange={(event) =>
              set('authority', event.target.value as IncidentFormValues['authority'])
            }
            error={say(errors.authority)}
          >
            <option value="">{t('form.fields.choose')}</option>
            {incidentAuthorities.map((authority) => (
              <option key={authority} value={authority}>
                {t(`common.authorities.${authority}`)}
              </option>
            ))}
          </SelectField>
          <div className="flex flex-wrap gap-x-6 gap-y-4">
            <CountStepper
              id="incident-officers"
              label={t('form.fields.officers')}
              value={values.officers}
              onChange={(value) => set('officers', value)}
              error={say(errors.officers)}
              max={500}
            />
            <CountStepper
              id="incident-vehicles"
              label={t('form.fields.vehicles')}
              value={values.vehicles}
              onChange={(value) => set('vehicles', value)}
              error={say(errors.vehicles)}
              max={200}
            />
          </div>
        </div>
      </Section>

      <Section title={t('form.sections.consequences')}>
        <div className="space-y-4">
          <CountStepper
            id="incident-items-seized"
            label={t('form.fields.itemsSeized')}
            value={values.itemsSeized}
            onChange={(value) => set('itemsSeized', value)}
            error={say(errors.itemsSeized)}
            max={10_000}
          />
          <TextField
            id="incident-fine"
            label={t('form.fields.fineAmount')}
            labelSuffix={t('form.optional')}
            hint={t('form.fields.fineAmountHint')}
            inputMode="decimal"
            value={values.fineAmount}
            onChange={(event) => set('fineAmount', event.target.value)}
            error={say(errors.fineAmount)}
          />
          <div>
            <TextField
              id="incident-fine-notice"
              type="date"
              label={t('form.fields.fineNoticeDate')}
              labelSuffix={t('form.optional')}
              value={values.fineNoticeDate}
              onChange={(event) => set('fineNoticeDate', event.target.value)}
              error={say(errors.fineNoticeDate)}
            />
            <p aria-live="polite" className="mt-1 font-medium text-slate-900 empty:hidden">
              {contestBy ? t('form.fields.contestBy', { date: contestBy }) : null}
            </p>
          </div>
        </div>
      </Section>

      <Section title={t('form.sections.account')}>
        <label htmlFor="incident-narrative" className="mb-1 block font-medium text-slate-900">
          {t('form.fields.narrative')}
        </label>
        <textarea
          id="incident-narrative"
          rows={6}
          value={values.narrative}
          maxLength={maxNarrativeLength}
          onChange={(event) => set('narrative', event.target.value)}
          aria-invalid={narrativeError ? true : undefined}
          aria-describedby={describedBy(
            narrativeError && 'incident-narrative-error',
            'incident-narrative-hint',
            'incident-narrative-warnings',
          )}
          className={controlClasses}
        />
        <p id="incident-narrative-hint" className="mt-1 text-sm text-slate-700">
          {t('form.fields.narrativeHint')} {t('form.warnings.advice')}
        </p>
        {narrativeError ? (
          <p id="incident-narrative-error" className="mt-1 text-sm font-medium text-red-700">
            {narrativeError}
          </p>
        ) : null}
        <PersonalDataNotice id="incident-narrative-warnings" text={values.narrative} />
      </Section>

      {attachments ? <Section title={t('form.sections.attachments')}>{attachments}</Section> : null}

      <div className="space-y-3">
        <ErrorMessage>{formError}</ErrorMessage>
        <Button type="submit" disabled={busy} aria-busy={busy} className="w-full sm:w-auto">
          {busy ? t('form.saving') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
