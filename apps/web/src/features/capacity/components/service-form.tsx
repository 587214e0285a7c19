/**
 * The editor of a service: what it is, where, when it opens, for whom, what it counts, who sees
 * it, and after how long without a confirmation its status stops being trusted.
 */
import {
  capacityUnits,
  defaultStaleAfterMinutes,
  serviceTypes,
  siteStatusOn,
  type Entry,
  type Site,
} from '@opale/core';
import type { TFunction } from 'i18next';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { CheckboxField, SelectField, TextField } from '@/components/ui/field';
import { currentLocale } from '@/lib/i18n';
import type { OrganisationName } from '@/lib/schedule/organisation-names';
import { hoursAndMinutes } from '../utils/freshness-wording';
import { dailyHoursOf } from '../utils/opening-hours';
import {
  audienceCategories,
  checkDraft,
  serviceLimits,
  type OpeningDaysChoice,
  type Place,
  type ServiceDraft,
  type ServiceProblem,
} from '../utils/service-draft';
import { WeekdayToggles } from '@/components/weekday-toggles';

export function serviceProblemText(
  problem: ServiceProblem | undefined,
  t: TFunction<'capacity'>,
): string | undefined {
  if (!problem) return undefined;
  switch (problem.problem) {
    case 'rule': {
      const rule = problem.rule;
      if (rule.kind === 'badValue' && rule.value === '') {
        return t('ruleProblems.missingValue', { part: rule.part });
      }
      return t(`ruleProblems.${rule.kind}`, {
        value: 'value' in rule ? rule.value : '',
        part: 'part' in rule ? rule.part : '',
      });
    }
    case 'tooLong':
      return t('editor.errors.tooLong', { max: problem.max });
    default:
      return t(`editor.errors.${problem.problem}`);
  }
}

/** "3 hours", "1 hour and 30 minutes". */
export function durationText(minutes: number, t: TFunction<'capacity'>): string {
  const parts = hoursAndMinutes(minutes);
  const hours = t('duration.hours', { count: parts.hours });
  const mins = t('duration.minutes', { count: parts.minutes });
  if (parts.minutes === 0) return hours;
  if (parts.hours === 0) return mins;
  return t('duration.both', { hours, minutes: mins });
}

/** Radio buttons with a title and an optional hint each. */
function Choice<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  children,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string; hint?: string }[];
  onChange: (value: T) => void;
  children?: ReactNode;
}) {
  return (
    <fieldset>
      <legend className="mb-1 font-medium text-slate-900">{legend}</legend>
      <div className="space-y-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-3">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="mt-0.5 size-6 shrink-0 accent-brand-700"
            />
            <span>
              <span className="block font-medium text-slate-900">{option.label}</span>
              {option.hint ? (
                <span className="block text-sm text-slate-700">{option.hint}</span>
              ) : null}
            </span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

export interface ServiceFormProps {
  initial: ServiceDraft;
  /** Organisations this person may add a service for; a choice is offered when there are several. */
  organisations: readonly OrganisationName[];
  sites: readonly Entry<Site>[];
  today: string;
  submitLabel: string;
  onSubmit: (draft: ServiceDraft) => void;
  onCancel: () => void;
}

export function ServiceForm({
  initial,
  organisations,
  sites,
  today,
  submitLabel,
  onSubmit,
  onCancel,
}: ServiceFormProps) {
  const { t } = useTranslation('capacity');
  const { t: tc } = useTranslation();
  const locale = currentLocale();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const formId = useId();

  const allProblems = checkDraft(draft);
  const problems = tried ? allProblems : {};
  const message = (field: keyof ServiceDraft) => serviceProblemText(problems[field], t);
  const set = <K extends keyof ServiceDraft>(field: K, value: ServiceDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));

  const siteOptions = sites
    .filter((site) => siteStatusOn(site.fields, today) === 'active' || site.id === draft.siteId)
    .sort((a, b) => a.fields.name.localeCompare(b.fields.name));
  const hours = dailyHoursOf(draft);
  const typeDefault = draft.serviceType ? defaultStaleAfterMinutes(draft.serviceType) : null;

  function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
    return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTried(true);
    const first = Object.keys(allProblems)[0];
    if (first) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSubmit(draft);
  }

  const fieldError = (field: keyof ServiceDraft) => {
    const text = message(field);
    return text ? (
      <p id={`${formId}-${field}-error`} className="mt-1 text-sm font-medium text-red-700">
        {text}
      </p>
    ) : null;
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      {organisations.length > 1 ? (
        <SelectField
          label={t('editor.organisation')}
          name="organisationId"
          value={draft.organisationId}
          error={message('organisationId')}
          onChange={(event) => set('organisationId', event.target.value)}
        >
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField
        label={t('editor.name')}
        hint={t('editor.nameHint')}
        name="name"
        required
        maxLength={serviceLimits.name + 20}
        autoComplete="off"
        value={draft.name}
        error={message('name')}
        onChange={(event) => set('name', event.target.value)}
      />
      <SelectField
        label={t('editor.serviceType')}
        name="serviceType"
        value={draft.serviceType}
        error={message('serviceType')}
        onChange={(event) => set('serviceType', event.target.value)}
      >
        <option value="">{t('editor.chooseServiceType')}</option>
        {serviceTypes.map((type) => (
          <option key={type.code} value={type.code}>
            {`${type.icon} ${type.name[locale]}`}
          </option>
        ))}
      </SelectField>

      <Choice<Place>
        legend={t('editor.place')}
        name={`${formId}-place`}
        value={draft.place}
        options={[
          { value: 'site', label: t('editor.placeSite') },
          { value: 'address', label: t('editor.placeAddress') },
          { value: 'none', label: t('editor.placeNone'), hint: t('editor.placeNoneHint') },
        ]}
        onChange={(value) => set('place', value)}
      >
        {draft.place === 'site' ? (
          <SelectField
            className="mt-3"
            label={t('editor.site')}
            name="siteId"
            value={draft.siteId}
            error={message('siteId')}
            hint={siteOptions.length === 0 ? t('editor.noSites') : undefined}
            onChange={(event) => set('siteId', event.target.value)}
          >
            <option value="">{t('editor.chooseSite')}</option>
            {siteOptions.map((site) => (
              <option key={site.id} value={site.id}>
                {siteStatusOn(site.fields, today) === 'active'
                  ? site.fields.name
                  : t('editor.siteClosed', { name: site.fields.name })}
              </option>
            ))}
          </SelectField>
        ) : draft.place === 'address' ? (
          <TextField
            className="mt-3"
            label={t('editor.address')}
            hint={t('editor.addressHint')}
            name="address"
            maxLength={serviceLimits.address + 20}
            autoComplete="off"
            value={draft.address}
            error={message('address')}
            onChange={(event) => set('address', event.target.value)}
          />
        ) : null}
      </Choice>

      <Choice<OpeningDaysChoice>
        legend={t('editor.days')}
        name={`${formId}-days`}
        value={draft.days}
        options={[
          { value: 'everyDay', label: t('editor.everyDay') },
          { value: 'weekdays', label: t('editor.someDays') },
          ...(initial.days === 'rule'
            ? [{ value: 'rule' as const, label: t('editor.keepRule'), hint: initial.rule }]
            : []),
        ]}
        onChange={(value) => set('days', value)}
      >
        {draft.days === 'weekdays' ? (
          <div
            className="mt-3"
            role="group"
            aria-label={t('editor.weekdays')}
            aria-describedby={problems.weekdays ? `${formId}-weekdays-error` : undefined}
          >
            <WeekdayToggles
              locale={locale}
              selected={draft.weekdays}
              onChange={(days) => set('weekdays', days)}
            />
            {fieldError('weekdays')}
          </div>
        ) : draft.days === 'rule' ? (
          <TextField
            className="mt-3"
            label={t('editor.rule')}
            name="rule"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={draft.rule}
            error={message('rule')}
            onChange={(event) => set('rule', event.target.value)}
          />
        ) : null}
      </Choice>

      <fieldset>
        <legend className="mb-1 font-medium text-slate-900">{t('editor.hours')}</legend>
        <CheckboxField
          label={t('editor.aroundTheClock')}
          checked={draft.aroundTheClock}
          onChange={(event) => set('aroundTheClock', event.target.checked)}
        />
        {draft.aroundTheClock ? null : (
          <>
            <div className="mt-3 grid grid-cols-2 items-start gap-3">
              <TextField
                label={t('editor.opensAt')}
                type="time"
                name="opensAt"
                value={draft.opensAt}
                error={message('opensAt')}
                onChange={(event) => set('opensAt', event.target.value)}
              />
              <TextField
                label={t('editor.closesAt')}
                type="time"
                name="closesAt"
                value={draft.closesAt}
                error={message('closesAt')}
                onChange={(event) => set('closesAt', event.target.value)}
              />
            </div>
            <p className="mt-1 text-sm text-slate-700">
              {t('editor.timeHint')}{' '}
              {hours?.pastMidnight ? t('editor.closesNextDay', { time: hours.closesAt }) : null}
            </p>
          </>
        )}
      </fieldset>

      <Choice<'everyone' | 'some'>
        legend={t('editor.audience')}
        name={`${formId}-audience`}
        value={draft.forEveryone ? 'everyone' : 'some'}
        options={[
          { value: 'everyone', label: t('audiences.everyone') },
          { value: 'some', label: t('editor.forSome') },
        ]}
        onChange={(value) => set('forEveryone', value === 'everyone')}
      >
        {draft.forEveryone ? null : (
          <div
            className="mt-3 space-y-2 pl-9"
            role="group"
            aria-label={t('editor.forSome')}
            aria-describedby={problems.audiences ? `${formId}-audiences-error` : undefined}
          >
            {audienceCategories.map((audience, index) => (
              <label key={audience} className="flex items-center gap-3">
                <input
                  type="checkbox"
                  name={index === 0 ? 'audiences' : undefined}
                  checked={draft.audiences.includes(audience)}
                  onChange={(event) =>
                    set('audiences', toggle(draft.audiences, audience, event.target.checked))
                  }
                  className="size-6 shrink-0 accent-brand-700"
                />
                <span className="font-medium text-slate-900">{t(`audiences.${audience}`)}</span>
              </label>
            ))}
            {fieldError('audiences')}
          </div>
        )}
        <p className="mt-2 text-sm text-slate-700">{t('editor.audienceHint')}</p>
      </Choice>

      <div className="grid grid-cols-2 items-start gap-3">
        <SelectField
          label={t('editor.unit')}
          name="unit"
          value={draft.unit}
          error={message('unit')}
          onChange={(event) =>
            set('unit', capacityUnits.find((unit) => unit === event.target.value) ?? '')
          }
        >
          <option value="">{t('editor.noUnit')}</option>
          {capacityUnits.map((unit) => (
            <option key={unit} value={unit}>
              {t(`units.names.${unit}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('editor.total')}
          labelSuffix={`(${tc('common.optional')})`}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          name="total"
          value={draft.total}
          error={message('total')}
          onChange={(event) => set('total', event.target.value)}
        />
      </div>
      <p className="-mt-3 text-sm text-slate-700">{t('editor.totalHint')}</p>

      <Choice<'public' | 'internal'>
        legend={t('editor.visibility')}
        name={`${formId}-visibility`}
        value={draft.visibility}
        options={[
          { value: 'internal', label: t('editor.internal'), hint: t('editor.internalHint') },
          { value: 'public', label: t('editor.public'), hint: t('editor.publicHint') },
        ]}
        onChange={(value) => set('visibility', value)}
      />

      <Choice<'default' | 'own'>
        legend={t('editor.threshold')}
        name={`${formId}-threshold`}
        value={draft.ownThreshold ? 'own' : 'default'}
        options={[
          {
            value: 'default',
            label:
              typeDefault === null
                ? t('editor.thresholdDefaultNoType')
                : t('editor.thresholdDefault', { duration: durationText(typeDefault, t) }),
          },
          { value: 'own', label: t('editor.thresholdOwn') },
        ]}
        onChange={(value) => set('ownThreshold', value === 'own')}
      >
        {draft.ownThreshold ? (
          <div className="mt-3 pl-9">
            <div className="grid max-w-72 grid-cols-2 items-start gap-3">
              <TextField
                label={t('editor.thresholdHours')}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                name="thresholdHours"
                value={draft.thresholdHours}
                aria-invalid={problems.thresholdHours ? true : undefined}
                aria-describedby={
                  problems.thresholdHours ? `${formId}-thresholdHours-error` : undefined
                }
                onChange={(event) => set('thresholdHours', event.target.value)}
              />
              <TextField
                label={t('editor.thresholdMinutes')}
                type="number"
                inputMode="numeric"
                min={0}
                max={59}
                step={1}
                name="thresholdMinutes"
                value={draft.thresholdMinutes}
                onChange={(event) => set('thresholdMinutes', event.target.value)}
              />
            </div>
            {fieldError('thresholdHours')}
          </div>
        ) : null}
        <p className="mt-2 text-sm text-slate-700">{t('editor.thresholdHint')}</p>
      </Choice>

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {tc('common.cancel')}
        </Button>
        <Button type="submit">{submitLabel}</Button>
      </div>
    </form>
  );
}
