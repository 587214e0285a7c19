/**
 * The agenda item editor: what, when and how often, where, who organises and who is invited,
 * and (when it is created) who sees it. Problems show once the person tries to save, except in
 * a typed rule, which says at once what is wrong with it.
 */
import { agendaKinds, placeKinds, siteStatusOn, type Entry, type Site } from '@opale/core';
import type { TFunction } from 'i18next';
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import { formatList, formatWeekdayDay, weekdayNames } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { OrganisationName } from '@/lib/schedule/organisation-names';
import { timeWindow } from '@/lib/schedule/time-window';
import type { AgendaGroup } from '../api/use-agenda-boards';
import {
  agendaLimits,
  checkDraft,
  monthWeeks,
  nextDatesOfDraft,
  platformVisibility,
  repeatChoices,
  withRepeat,
  type AgendaDraft,
  type AgendaProblem,
  type MonthWeek,
  type Repeat,
} from '../utils/agenda-draft';
import { WeekdayToggles } from '@/components/weekday-toggles';

export function agendaProblemText(
  problem: AgendaProblem | undefined,
  t: TFunction<'agenda'>,
): string | undefined {
  if (!problem) return undefined;
  switch (problem.problem) {
    case 'rule': {
      const rule = problem.rule;
      if (rule.kind === 'badValue' && rule.value === '') {
        return t('list.ruleProblems.missingValue', { part: rule.part });
      }
      return t(`list.ruleProblems.${rule.kind}`, {
        value: 'value' in rule ? rule.value : '',
        part: 'part' in rule ? rule.part : '',
      });
    }
    case 'tooLong':
      return t('list.errors.tooLong', { max: problem.max });
    default:
      return t(`list.errors.${problem.problem}`);
  }
}

const monthWeekNames: Record<MonthWeek, 'first' | 'second' | 'third' | 'fourth' | 'last'> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  [-1]: 'last',
};

export interface ItemFormProps {
  initial: AgendaDraft;
  today: string;
  sites: readonly Entry<Site>[];
  /** Every organisation of the platform, by name. */
  organisations: readonly OrganisationName[];
  organisationName: (id: string) => string;
  /**
   * Groups the item may be restricted to, when it is being created; null once it exists (the
   * board it lives on is fixed), with `visibleTo` saying who sees it.
   */
  groups: readonly AgendaGroup[] | null;
  visibleTo?: string;
  submitLabel: string;
  onSubmit: (draft: AgendaDraft) => void;
  onCancel: () => void;
}

export function ItemForm({
  initial,
  today,
  sites,
  organisations,
  organisationName,
  groups,
  visibleTo,
  submitLabel,
  onSubmit,
  onCancel,
}: ItemFormProps) {
  const { t } = useTranslation('agenda');
  const { t: tc } = useTranslation();
  const locale = currentLocale();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const daysId = useId();
  const visibilityId = useId();

  const allProblems = checkDraft(draft);
  const problems = tried ? allProblems : {};
  // A typed rule says at once what is wrong with it: the person is writing in a syntax.
  const typingRule = draft.repeat === 'custom' && draft.rule.trim() !== '';
  const ruleProblem = problems.rule ?? (typingRule ? allProblems.rule : undefined);
  const message = (field: keyof AgendaDraft) => agendaProblemText(problems[field], t);

  const set = <K extends keyof AgendaDraft>(field: K, value: AgendaDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const text = (
    name: 'title' | 'date' | 'startTime' | 'endTime' | 'until' | 'address' | 'link',
  ) => ({
    name,
    value: draft[name],
    error: message(name),
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
  });

  const nextDates = useMemo(() => nextDatesOfDraft(draft, today), [draft, today]);
  const siteOptions = sites
    .filter((site) => siteStatusOn(site.fields, today) !== 'closed' || site.id === draft.siteId)
    .sort((a, b) => a.fields.name.localeCompare(b.fields.name));
  const dayNames = weekdayNames(locale, 'long');
  const span = timeWindow(draft.startTime, draft.endTime);
  const repeating = draft.repeat !== 'none';

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
      <SelectField
        label={t('list.form.kind')}
        name="kind"
        value={draft.kind}
        error={message('kind')}
        onChange={(event) => set('kind', event.target.value as AgendaDraft['kind'])}
      >
        <option value="">{t('list.form.chooseKind')}</option>
        {agendaKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('list.form.title')}
        hint={t('list.form.titleHint')}
        required
        maxLength={agendaLimits.title + 20}
        autoComplete="off"
        {...text('title')}
      />

      <TextField
        label={repeating ? t('list.form.firstDate') : t('list.form.date')}
        type="date"
        required
        className="max-w-64"
        {...text('date')}
      />
      <div>
        <div className="grid grid-cols-2 items-start gap-3">
          <TextField label={t('list.form.startTime')} type="time" required {...text('startTime')} />
          <TextField label={t('list.form.endTime')} type="time" required {...text('endTime')} />
        </div>
        <p className="mt-1 text-sm text-slate-700">
          {t('list.form.timeHint')}{' '}
          {span.pastMidnight && !problems.endTime && draft.endTime !== draft.startTime
            ? t('list.form.endsNextDay', { time: draft.endTime })
            : null}
        </p>
      </div>

      <SelectField
        label={t('list.form.repeat')}
        name="repeat"
        value={draft.repeat}
        onChange={(event) =>
          setDraft((current) => withRepeat(current, event.target.value as Repeat))
        }
      >
        {repeatChoices.map((choice) => (
          <option key={choice} value={choice}>
            {t(`list.form.repeatChoices.${choice}`)}
          </option>
        ))}
      </SelectField>

      {draft.repeat === 'weekly' || draft.repeat === 'fortnightly' ? (
        <fieldset
          aria-describedby={
            [
              problems.weekdays ? `${daysId}-error` : '',
              draft.repeat === 'fortnightly' ? `${daysId}-hint` : '',
            ]
              .filter(Boolean)
              .join(' ') || undefined
          }
        >
          <legend className="mb-1 font-medium text-slate-900">{t('list.form.days')}</legend>
          <WeekdayToggles
            locale={locale}
            selected={draft.weekdays}
            onChange={(days) => set('weekdays', days)}
          />
          {draft.repeat === 'fortnightly' ? (
            <p id={`${daysId}-hint`} className="mt-1 text-sm text-slate-700">
              {t('list.form.fortnightlyHint')}
            </p>
          ) : null}
          {problems.weekdays ? (
            <p id={`${daysId}-error`} className="mt-1 text-sm font-medium text-red-700">
              {message('weekdays')}
            </p>
          ) : null}
        </fieldset>
      ) : null}

      {draft.repeat === 'monthly' ? (
        <div className="grid grid-cols-2 items-start gap-3">
          <SelectField
            label={t('list.form.monthWeek')}
            value={String(draft.monthWeek)}
            onChange={(event) => set('monthWeek', Number(event.target.value) as MonthWeek)}
          >
            {monthWeeks.map((week) => (
              <option key={week} value={week}>
                {t(`list.form.monthWeeks.${monthWeekNames[week]}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('list.form.monthWeekday')}
            value={String(draft.monthWeekday)}
            onChange={(event) => set('monthWeekday', Number(event.target.value))}
          >
            {dayNames.map((name, day) => (
              <option key={name} value={day}>
                {name}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}

      {draft.repeat === 'custom' ? (
        <TextField
          label={t('list.form.rule')}
          hint={t('list.form.ruleHint')}
          name="rule"
          value={draft.rule}
          error={agendaProblemText(ruleProblem, t)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={agendaLimits.rule + 20}
          onChange={(event) => set('rule', event.target.value)}
        />
      ) : null}

      {repeating ? (
        <>
          <div aria-live="polite">
            {nextDates ? (
              <p className="text-sm text-slate-800">
                {nextDates.length > 0
                  ? t('list.form.nextDates', {
                      dates: formatList(
                        nextDates.map((date) => formatWeekdayDay(date, locale)),
                        locale,
                      ),
                    })
                  : t('list.form.noNextDates')}
              </p>
            ) : null}
          </div>
          <TextField
            label={t('list.form.until')}
            labelSuffix={`(${tc('common.optional')})`}
            hint={t('list.form.untilHint')}
            type="date"
            min={draft.date || undefined}
            className="max-w-64"
            {...text('until')}
          />
        </>
      ) : null}

      <SelectField
        label={t('list.form.place')}
        name="placeKind"
        value={draft.placeKind}
        onChange={(event) => set('placeKind', event.target.value as AgendaDraft['placeKind'])}
      >
        <option value="">{t('list.form.placeNone')}</option>
        {placeKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`placeKinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      {draft.placeKind === 'site' ? (
        <SelectField
          label={t('list.form.site')}
          name="siteId"
          value={draft.siteId}
          error={message('siteId')}
          hint={siteOptions.length === 0 ? t('list.form.noSites') : undefined}
          onChange={(event) => set('siteId', event.target.value)}
        >
          <option value="">{t('list.form.chooseSite')}</option>
          {siteOptions.map((site) => (
            <option key={site.id} value={site.id}>
              {siteStatusOn(site.fields, today) === 'closed'
                ? t('list.form.siteClosed', { name: site.fields.name })
                : site.fields.name}
            </option>
          ))}
        </SelectField>
      ) : draft.placeKind === 'address' ? (
        <TextField
          label={t('list.form.address')}
          hint={t('list.form.addressHint')}
          maxLength={agendaLimits.address + 20}
          autoComplete="off"
          {...text('address')}
        />
      ) : draft.placeKind === 'online' ? (
        <TextField
          label={t('list.form.link')}
          hint={t('list.form.linkHint')}
          type="url"
          inputMode="url"
          placeholder="https://"
          autoComplete="off"
          spellCheck={false}
          maxLength={agendaLimits.link + 20}
          {...text('link')}
        />
      ) : null}

      <OrganisationChecklist
        name="organisers"
        legend={t('list.form.organisers')}
        hint={t('list.form.organisersHint')}
        error={message('organisers')}
        organisations={organisations}
        organisationName={organisationName}
        selected={draft.organisers}
        onChange={(ids) => set('organisers', ids)}
      />
      <OrganisationChecklist
        name="invited"
        legend={t('list.form.invited')}
        hint={t('list.form.invitedHint')}
        organisations={organisations}
        organisationName={organisationName}
        selected={draft.invited}
        onChange={(ids) => set('invited', ids)}
        actions={
          organisations.length > 0 ? (
            <div className="mt-1 flex flex-wrap gap-x-4">
              <Button
                variant="ghost"
                size="sm"
                className="px-0"
                onClick={() =>
                  set(
                    'invited',
                    organisations.map((o) => o.id),
                  )
                }
              >
                {t('list.form.inviteAll')}
              </Button>
              <Button variant="ghost" size="sm" className="px-0" onClick={() => set('invited', [])}>
                {t('list.form.inviteNone')}
              </Button>
            </div>
          ) : null
        }
      />
      {organisations.length === 0 ? (
        <p className="text-sm text-slate-700">{t('list.form.noOrganisations')}</p>
      ) : null}

      {groups === null ? (
        visibleTo ? (
          <p className="text-slate-800">{t('list.form.visibilityFixed', { who: visibleTo })}</p>
        ) : null
      ) : groups.length > 0 ? (
        <fieldset>
          <legend className="mb-1 font-medium text-slate-900">{t('list.form.visibility')}</legend>
          <div className="space-y-2">
            {[{ id: platformVisibility, name: '' }, ...groups].map((group) => (
              <label key={group.id} className="flex items-start gap-3">
                <input
                  type="radio"
                  name={`${visibilityId}-visibility`}
                  value={group.id}
                  checked={draft.visibility === group.id}
                  onChange={() => set('visibility', group.id)}
                  className="mt-0.5 size-6 shrink-0 accent-brand-700"
                />
                <span>
                  <span className="block font-medium text-slate-900">
                    {group.id === platformVisibility
                      ? t('list.form.visibilityPlatform')
                      : t('restricted', { group: group.name })}
                  </span>
                  <span className="block text-sm text-slate-700">
                    {group.id === platformVisibility
                      ? t('list.form.visibilityPlatformHint')
                      : t('list.form.visibilityGroupHint')}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {t('list.editor.close')}
        </Button>
        <Button type="submit">{submitLabel}</Button>
      </div>
    </form>
  );
}

/**
 * Organisations to tick, in a box that scrolls on its own: a platform has dozens. Ids already
 * ticked that the list does not hold (it is not loaded, or the organisation left) stay shown.
 */
function OrganisationChecklist({
  name,
  legend,
  hint,
  error,
  organisations,
  organisationName,
  selected,
  onChange,
  actions,
}: {
  name: string;
  legend: string;
  hint: string;
  error?: string | undefined;
  organisations: readonly OrganisationName[];
  organisationName: (id: string) => string;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  actions?: ReactNode;
}) {
  const { t } = useTranslation('agenda');
  const locale = currentLocale();
  const id = useId();
  const listed = organisations.map((o) => ({ id: o.id, name: o.name }));
  for (const chosen of selected) {
    if (!listed.some((o) => o.id === chosen))
      listed.push({ id: chosen, name: organisationName(chosen) });
  }
  const toggle = (organisationId: string, on: boolean) =>
    onChange(on ? [...selected, organisationId] : selected.filter((s) => s !== organisationId));
  return (
    <fieldset
      aria-describedby={[error ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ')}
    >
      <legend className="font-medium text-slate-900">{legend}</legend>
      <p id={`${id}-hint`} className="mb-1 text-sm text-slate-700">
        {hint}
      </p>
      {listed.length > 0 ? (
        <div
          className={cn(
            'max-h-60 overflow-y-auto rounded-lg border p-1',
            error ? 'border-red-700' : 'border-slate-400',
          )}
        >
          {listed.map((organisation, i) => (
            <label
              key={organisation.id}
              className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-slate-50"
            >
              <input
                type="checkbox"
                name={i === 0 ? name : undefined}
                checked={selected.includes(organisation.id)}
                onChange={(event) => toggle(organisation.id, event.target.checked)}
                className="size-6 shrink-0 accent-brand-700"
              />
              <span className="min-w-0 break-words text-slate-900">{organisation.name}</span>
            </label>
          ))}
        </div>
      ) : null}
      {/* The box scrolls: what is ticked is said below it, whatever is in view. */}
      <p className="mt-1 text-sm text-slate-800">
        {selected.length > 0
          ? t('list.form.chosen', {
              names: formatList(
                listed.filter((o) => selected.includes(o.id)).map((o) => o.name),
                locale,
              ),
            })
          : t('list.form.chosenNone')}
      </p>
      {actions}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
