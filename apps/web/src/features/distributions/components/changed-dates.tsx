/**
 * One date of a series, changed: the dates already changed (each can be restored), then a form
 * for a new change — cancel a date, move it, or add one.
 */
import {
  siteStatusOn,
  type Entry,
  type SeriesException,
  type Series,
  type Site,
} from '@opale/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { StatusMessage } from '@/components/ui/message';
import { formatWeekdayDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { timeWindow } from '@/lib/schedule/time-window';
import {
  checkException,
  emptyExceptionDraft,
  exceptionLimits,
  type ChangedDate,
  type ExceptionDraft,
  type ExceptionProblem,
} from '../utils/exception-draft';

export interface ChangedDatesProps {
  series: Entry<Series>;
  changed: readonly ChangedDate[];
  sites: readonly Entry<Site>[];
  siteNames: ReadonlyMap<string, string>;
  today: string;
  /** Changes then wait on this device: say so. */
  offline: boolean;
  onSave: (draft: ExceptionDraft) => void;
  onRestore: (date: string) => void;
  onClose: () => void;
}

export function ChangedDates({
  series,
  changed,
  sites,
  siteNames,
  today,
  offline,
  onSave,
  onRestore,
  onClose,
}: ChangedDatesProps) {
  const { t } = useTranslation('schedule');
  const { t: tc } = useTranslation();
  const locale = currentLocale();
  const { fields } = series;
  const [draft, setDraft] = useState(() => emptyExceptionDraft(fields, ''));
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  const headingId = useId();
  const formHeadingId = useId();
  const announce = (message: string) =>
    setStatus(offline ? `${message} ${t('savedOnDevice')}` : message);
  const allProblems = checkException(draft, fields);
  const problems = tried ? allProblems : {};

  const message = (problem: ExceptionProblem | undefined) => {
    if (!problem) return undefined;
    switch (problem.problem) {
      case 'notOnRule':
      case 'alreadyOnRule':
      case 'nothingMoved':
        return t(`distributions.dates.errors.${problem.problem}`);
      case 'tooLong':
        return t('distributions.errors.tooLong', { max: problem.max });
      default:
        return t(`distributions.errors.${problem.problem}`);
    }
  };
  const set = <K extends keyof ExceptionDraft>(name: K, value: ExceptionDraft[K]) =>
    setDraft((current) => ({ ...current, [name]: value }));
  const field = (name: 'date' | 'startTime' | 'endTime' | 'note') => ({
    name,
    value: draft[name],
    error: message(problems[name]),
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
  });

  const describe = ({ date, exception }: { date: string; exception: SeriesException }) => {
    const day = formatWeekdayDay(date, locale);
    if (exception.kind === 'cancel') return t('distributions.dates.cancelled', { day });
    const site = siteNames.get(exception.siteId ?? fields.siteId) ?? t('unknownSite');
    const time = timeWindow(
      exception.startTime ?? fields.startTime,
      exception.endTime ?? fields.endTime,
    ).text;
    return t(
      exception.kind === 'move' ? 'distributions.dates.moved' : 'distributions.dates.added',
      {
        day,
        time,
        site,
      },
    );
  };

  const siteOptions = sites
    .filter(
      (site) =>
        siteStatusOn(site.fields, draft.date || today) !== 'closed' || site.id === draft.siteId,
    )
    .sort((a, b) => a.fields.name.localeCompare(b.fields.name));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTried(true);
    const first = Object.keys(allProblems)[0];
    if (first) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSave(draft);
    announce(t('distributions.dates.saved', { day: formatWeekdayDay(draft.date, locale) }));
    setDraft(emptyExceptionDraft(fields, ''));
    setTried(false);
  }

  return (
    <div className="space-y-5">
      <StatusMessage>{status}</StatusMessage>
      <section aria-labelledby={headingId}>
        <h3 id={headingId} className="mb-2 font-bold text-slate-950">
          {t('distributions.dates.listHeading')}
        </h3>
        {changed.length === 0 ? (
          <p className="text-slate-700">{t('distributions.dates.none')}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300">
            {changed.map((entry) => (
              <li key={entry.date} className="flex items-center justify-between gap-2 px-3 py-1">
                <span className="min-w-0 break-words text-slate-900">
                  {describe(entry)}
                  {entry.exception.note ? (
                    <span className="block text-sm text-slate-700">{entry.exception.note}</span>
                  ) : null}
                </span>
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={t('distributions.dates.restoreLabel', {
                    day: formatWeekdayDay(entry.date, locale),
                  })}
                  onClick={() => {
                    onRestore(entry.date);
                    announce(
                      t('distributions.dates.restored', {
                        day: formatWeekdayDay(entry.date, locale),
                      }),
                    );
                  }}
                >
                  {t('distributions.dates.restore')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby={formHeadingId}>
        <h3 id={formHeadingId} className="font-bold text-slate-950">
          {t('distributions.dates.newHeading')}
        </h3>
        <TextField
          label={t('distributions.dates.date')}
          type="date"
          required
          min={today}
          className="max-w-56"
          {...field('date')}
        />
        <fieldset>
          <legend className="mb-1 font-medium text-slate-900">
            {t('distributions.dates.kind')}
          </legend>
          <div className="space-y-1">
            {(['cancel', 'move', 'add'] as const).map((kind) => (
              <label key={kind} className="flex min-h-11 items-center gap-3">
                <input
                  type="radio"
                  name="kind"
                  value={kind}
                  checked={draft.kind === kind}
                  onChange={() => set('kind', kind)}
                  className="size-6 shrink-0 accent-brand-700"
                />
                <span className="font-medium text-slate-900">
                  {t(`distributions.dates.${kind}`)}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {draft.kind !== 'cancel' ? (
          <>
            <div className="grid grid-cols-2 items-start gap-3">
              <TextField
                label={t('distributions.fields.startTime')}
                type="time"
                {...field('startTime')}
              />
              <TextField
                label={t('distributions.fields.endTime')}
                type="time"
                {...field('endTime')}
              />
            </div>
            <SelectField
              label={t('distributions.fields.site')}
              name="siteId"
              value={draft.siteId}
              error={message(problems.siteId)}
              onChange={(event) => set('siteId', event.target.value)}
            >
              {siteOptions.map((site) => (
                <option key={site.id} value={site.id}>
                  {site.fields.name}
                </option>
              ))}
            </SelectField>
          </>
        ) : null}
        <TextField
          label={t('distributions.dates.note')}
          labelSuffix={`(${tc('common.optional')})`}
          hint={t('distributions.dates.noteHint')}
          maxLength={exceptionLimits.note}
          autoComplete="off"
          {...field('note')}
        />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose}>
            {tc('common.close')}
          </Button>
          <Button type="submit">{t('distributions.dates.submit')}</Button>
        </div>
      </form>
    </div>
  );
}
