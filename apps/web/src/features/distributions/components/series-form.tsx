import {
  serviceTypes,
  siteStatusOn,
  type Entry,
  type Overlap,
  type ScheduleSource,
  type Site,
} from '@opale/core';
import type { TFunction } from 'i18next';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BanWarning } from '@/components/ban-warning';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { WarningIcon } from '@/components/ui/icons';
import type { BanListed } from '@/lib/bans/use-bans';
import { formatList, formatWeekdayDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { OrganisationName } from '@/lib/schedule/organisation-names';
import { timeWindow } from '@/lib/schedule/time-window';
import {
  checkDraft,
  clashesOfDraft,
  nextDatesOfDraft,
  ruleOfDraft,
  seriesLimits,
  type SeriesDraft,
  type SeriesProblem,
} from '../utils/series-draft';
import { bansOfDraft } from '../utils/ban-draft';
import { weekdaysOfRule } from '@/lib/schedule/weekday-rules';
import { WeekdayToggles } from '@/components/weekday-toggles';

export function seriesProblemText(
  problem: SeriesProblem | undefined,
  t: TFunction<'schedule'>,
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
      return t('distributions.errors.tooLong', { max: problem.max });
    default:
      return t(`distributions.errors.${problem.problem}`);
  }
}

export interface SeriesFormProps {
  initial: SeriesDraft;
  /** The series' id (a new one's too): its own dates never clash with themselves. */
  seriesId: string;
  /** Organisations this person may add a series for; a choice is offered when there are several. */
  organisations: readonly OrganisationName[];
  sites: readonly Entry<Site>[];
  source: ScheduleSource;
  organisationNames: ReadonlyMap<string, OrganisationName>;
  today: string;
  /** The platform's distribution bans: the form warns as soon as the draft falls inside one. */
  bans: readonly BanListed[];
  platform: string;
  submitLabel: string;
  onSubmit: (draft: SeriesDraft) => void;
  onCancel: () => void;
}

export function SeriesForm({
  initial,
  seriesId,
  organisations,
  sites,
  source,
  organisationNames,
  today,
  bans,
  platform,
  submitLabel,
  onSubmit,
  onCancel,
}: SeriesFormProps) {
  const { t } = useTranslation('schedule');
  const { t: tc } = useTranslation();
  const locale = currentLocale();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const daysId = useId();
  const visibilityId = useId();

  const allProblems = checkDraft(draft);
  const problems = tried ? allProblems : {};
  // A typed rule says at once what is wrong with it: the person is writing in a syntax.
  const typingRule = draft.recurrence === 'rule' && draft.rule.trim() !== '';
  const ruleProblem = problems.rule ?? (typingRule ? allProblems.rule : undefined);
  const message = (field: keyof SeriesDraft) => seriesProblemText(problems[field], t);

  const set = <K extends keyof SeriesDraft>(field: K, value: SeriesDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const field = (
    name: 'startTime' | 'endTime' | 'validFrom' | 'validUntil' | 'expectedQuantity',
  ) => ({
    name,
    value: draft[name],
    error: message(name),
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
  });

  const clashes = useMemo(
    () => clashesOfDraft(draft, seriesId, source, today),
    [draft, seriesId, source, today],
  );
  const banHits = useMemo(
    () => bansOfDraft(draft, seriesId, bans, source, today),
    [draft, seriesId, bans, source, today],
  );
  const nextDates = useMemo(
    () => (draft.recurrence === 'rule' ? nextDatesOfDraft(draft, today) : null),
    [draft, today],
  );

  const siteOptions = sites
    .filter((site) => siteStatusOn(site.fields, today) === 'active' || site.id === draft.siteId)
    .sort((a, b) => a.fields.name.localeCompare(b.fields.name));
  const span = timeWindow(draft.startTime, draft.endTime);

  function switchRecurrence(toRule: boolean) {
    setDraft((current) => {
      if (toRule) {
        const rule =
          current.rule.trim() === '' || weekdaysOfRule(current.rule)
            ? ruleOfDraft(current)
            : current.rule;
        return {
          ...current,
          recurrence: 'rule',
          rule: current.weekdays.length > 0 ? rule : current.rule,
        };
      }
      return {
        ...current,
        recurrence: 'weekdays',
        weekdays: weekdaysOfRule(current.rule) ?? current.weekdays,
      };
    });
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

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {organisations.length > 1 ? (
        <SelectField
          label={t('distributions.fields.organisation')}
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
      <SelectField
        label={t('distributions.fields.site')}
        name="siteId"
        value={draft.siteId}
        error={message('siteId')}
        hint={siteOptions.length === 0 ? t('distributions.fields.noSites') : undefined}
        onChange={(event) => set('siteId', event.target.value)}
      >
        <option value="">{t('distributions.fields.chooseSite')}</option>
        {siteOptions.map((site) => (
          <option key={site.id} value={site.id}>
            {siteStatusOn(site.fields, today) === 'active'
              ? site.fields.name
              : t('distributions.fields.siteClosed', { name: site.fields.name })}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('distributions.fields.serviceType')}
        name="serviceType"
        value={draft.serviceType}
        error={message('serviceType')}
        onChange={(event) => set('serviceType', event.target.value)}
      >
        <option value="">{t('distributions.fields.chooseServiceType')}</option>
        {serviceTypes.map((type) => (
          <option key={type.code} value={type.code}>
            {`${type.icon} ${type.name[locale]}`}
          </option>
        ))}
      </SelectField>

      {draft.recurrence === 'weekdays' ? (
        <fieldset aria-describedby={problems.weekdays ? `${daysId}-error` : undefined}>
          <legend className="mb-1 font-medium text-slate-900">
            {t('distributions.fields.days')}
          </legend>
          <WeekdayToggles
            locale={locale}
            selected={draft.weekdays}
            onChange={(days) => set('weekdays', days)}
          />
          {problems.weekdays ? (
            <p id={`${daysId}-error`} className="mt-1 text-sm font-medium text-red-700">
              {message('weekdays')}
            </p>
          ) : null}
        </fieldset>
      ) : (
        <div>
          <TextField
            label={t('distributions.fields.rule')}
            hint={t('distributions.fields.ruleHint')}
            name="rule"
            value={draft.rule}
            error={seriesProblemText(ruleProblem, t)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={seriesLimits.rule + 20}
            onChange={(event) => set('rule', event.target.value)}
          />
          {!ruleProblem && nextDates ? (
            <p className="mt-1 text-sm text-slate-800">
              {nextDates.length > 0
                ? t('distributions.fields.nextDates', {
                    dates: formatList(
                      nextDates.map((date) => formatWeekdayDay(date, locale)),
                      locale,
                    ),
                  })
                : t('distributions.fields.noNextDates')}
            </p>
          ) : null}
        </div>
      )}
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          checked={draft.recurrence === 'rule'}
          onChange={(event) => switchRecurrence(event.target.checked)}
          className="mt-0.5 size-6 shrink-0 accent-brand-700"
        />
        <span>
          <span className="block font-medium text-slate-900">
            {t('distributions.fields.advanced')}
          </span>
          <span className="block text-sm text-slate-700">
            {t('distributions.fields.advancedHint')}
          </span>
        </span>
      </label>

      <div>
        <div className="grid grid-cols-2 items-start gap-3">
          <TextField
            label={t('distributions.fields.startTime')}
            type="time"
            required
            {...field('startTime')}
          />
          <TextField
            label={t('distributions.fields.endTime')}
            type="time"
            required
            {...field('endTime')}
          />
        </div>
        <p className="mt-1 text-sm text-slate-700">
          {t('distributions.fields.timeHint')}{' '}
          {span.pastMidnight && !problems.endTime && draft.endTime !== draft.startTime
            ? t('distributions.fields.endsNextDay', { time: draft.endTime })
            : null}
        </p>
      </div>

      <div className="grid items-start gap-3 sm:grid-cols-2">
        <TextField
          label={t('distributions.fields.validFrom')}
          type="date"
          required
          {...field('validFrom')}
        />
        <TextField
          label={t('distributions.fields.validUntil')}
          labelSuffix={`(${tc('common.optional')})`}
          hint={t('distributions.fields.validUntilHint')}
          type="date"
          min={draft.validFrom || undefined}
          {...field('validUntil')}
        />
      </div>

      <TextField
        label={t('distributions.fields.expectedQuantity')}
        labelSuffix={`(${tc('common.optional')})`}
        hint={t('distributions.fields.expectedQuantityHint')}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        className="max-w-48"
        {...field('expectedQuantity')}
      />
      <TextAreaField
        label={t('distributions.fields.notes')}
        labelSuffix={`(${tc('common.optional')})`}
        hint={t('distributions.fields.notesHint')}
        name="notes"
        rows={3}
        maxLength={seriesLimits.notes}
        value={draft.notes}
        error={message('notes')}
        onChange={(event) => set('notes', event.target.value)}
      />

      <fieldset>
        <legend className="mb-1 font-medium text-slate-900">
          {t('distributions.fields.visibility')}
        </legend>
        <div className="space-y-2">
          {(['public', 'internal'] as const).map((value) => (
            <label key={value} className="flex items-start gap-3">
              <input
                type="radio"
                name={`${visibilityId}-visibility`}
                value={value}
                checked={draft.visibility === value}
                onChange={() => set('visibility', value)}
                className="mt-0.5 size-6 shrink-0 accent-brand-700"
              />
              <span>
                <span className="block font-medium text-slate-900">
                  {t(`distributions.fields.${value}`)}
                </span>
                <span className="block text-sm text-slate-700">
                  {t(`distributions.fields.${value}Hint`)}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div aria-live="polite">
        <BanWarning
          hits={banHits}
          platform={platform}
          siteName={(id) => sites.find((site) => site.id === id)?.fields.name ?? id}
        />
      </div>
      <ClashWarning clashes={clashes} seriesId={seriesId} organisationNames={organisationNames} />

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {tc('common.cancel')}
        </Button>
        <Button type="submit">{submitLabel}</Button>
      </div>
    </form>
  );
}

/** Shown as soon as the draft overlaps another organisation: a warning, never a refusal. */
function ClashWarning({
  clashes,
  seriesId,
  organisationNames,
}: {
  clashes: readonly Overlap[];
  seriesId: string;
  organisationNames: ReadonlyMap<string, OrganisationName>;
}) {
  const { t } = useTranslation('schedule');
  const locale = currentLocale();
  const shownAtMost = 4;
  const listed = clashes.slice(0, shownAtMost);
  return (
    <div aria-live="polite">
      {clashes.length > 0 ? (
        <div className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950">
          <p className="flex items-start gap-2 font-semibold">
            <WarningIcon className="mt-0.5 size-5 shrink-0" />
            {t('distributions.clashes.heading', { count: clashes.length })}
          </p>
          <p className="mt-1 text-sm">{t('distributions.clashes.intro')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {listed.map((clash) => {
              // The other organisation's occurrence is the one not drafted here.
              const theirs = clash.first.seriesId === seriesId ? clash.second : clash.first;
              return (
                <li key={`${clash.first.seriesId}:${clash.second.seriesId}:${clash.date}`}>
                  {t('distributions.clashes.item', {
                    organisation:
                      organisationNames.get(theirs.organisationId)?.shortName ??
                      t('unknownOrganisation'),
                    day: formatWeekdayDay(clash.date, locale),
                    time: timeWindow(theirs.startTime, theirs.endTime).text,
                  })}
                </li>
              );
            })}
          </ul>
          {clashes.length > listed.length ? (
            <p className="mt-1 text-sm">
              {t('distributions.clashes.more', { count: clashes.length - listed.length })}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
