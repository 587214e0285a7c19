import type { Entry, Series } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ServiceTypeLabel, serviceTypeName } from '@/components/service-type-label';
import { formatDay, formatList, weekdayNames } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { PresentPerson } from '@/lib/live-board/presence';
import { timeWindow } from '@/lib/schedule/time-window';
import { recurrenceWording, validityWording } from '../utils/series-draft';

export interface SeriesCardProps {
  series: Entry<Series>;
  siteName: string;
  today: string;
  /** Upcoming dates changed (cancelled, moved, added). */
  changedDates: number;
  /** People editing this series right now. */
  editors: readonly PresentPerson[];
  /** Absent for people who may only read. */
  onEdit?: () => void;
  onChangeDate?: () => void;
  onDelete?: () => void;
}

/** The name a series goes by in headings and messages: "Meal at Site Nord". */
export function seriesName(series: Series, siteName: string): string {
  return `${serviceTypeName(series.serviceType)} · ${siteName}`;
}

export function SeriesCard({
  series,
  siteName,
  today,
  changedDates,
  editors,
  onEdit,
  onChangeDate,
  onDelete,
}: SeriesCardProps) {
  const { t } = useTranslation('schedule');
  const locale = currentLocale();
  const { fields } = series;
  const name = seriesName(fields, siteName);
  const wording = recurrenceWording(fields.rrule);
  const days = weekdayNames(locale);
  const rhythm =
    wording.kind === 'everyDay'
      ? t('recurrence.everyDay')
      : wording.kind === 'weekdays'
        ? t('recurrence.weekly', {
            days: formatList(
              wording.weekdays.map((d) => days[d] ?? ''),
              locale,
            ),
          })
        : t('recurrence.rule', { rule: wording.rule });
  const span = timeWindow(fields.startTime, fields.endTime);
  const validity = t(`distributions.${validityWording(fields, today)}`, {
    from: formatDay(fields.validFrom, locale),
    until: fields.validUntil ? formatDay(fields.validUntil, locale) : '',
  });

  return (
    <li className="rounded-xl border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 text-lg font-semibold break-words text-slate-950">
          <ServiceTypeLabel code={fields.serviceType} />
          <span className="text-slate-700"> · </span>
          {siteName}
        </h3>
        <Badge tone={fields.public ? 'brand' : 'neutral'}>
          {fields.public ? t('distributions.public') : t('distributions.internal')}
        </Badge>
      </div>
      <p className="mt-1 font-medium text-slate-900">
        {rhythm}
        {' · '}
        <span className="whitespace-nowrap">
          {span.text}
          {span.pastMidnight ? ` ${t('nextDay')}` : null}
        </span>
      </p>
      <p className="text-sm text-slate-700">{validity}</p>
      {fields.expectedQuantity !== null ? (
        <p className="text-sm text-slate-700">
          {t('distributions.expected', { count: fields.expectedQuantity })}
        </p>
      ) : null}
      {fields.notes ? (
        <p className="mt-2 break-words whitespace-pre-line text-slate-800">{fields.notes}</p>
      ) : null}
      {changedDates > 0 ? (
        <p className="mt-2 text-sm font-medium text-amber-900">
          {t('distributions.changedDates', { count: changedDates })}
        </p>
      ) : null}
      {editors.map((person) => (
        <p key={person.key} className="mt-2 text-sm font-medium text-brand-800">
          {t('distributions.editing', { name: person.name })}
        </p>
      ))}
      {onEdit || onChangeDate || onDelete ? (
        <div className="mt-3 flex flex-wrap gap-2">
          {onEdit ? (
            <Button variant="secondary" size="sm" onClick={onEdit}>
              {t('distributions.edit')}
              <span className="sr-only"> {name}</span>
            </Button>
          ) : null}
          {onChangeDate ? (
            <Button variant="secondary" size="sm" onClick={onChangeDate}>
              {t('distributions.exceptions')}
              <span className="sr-only"> {name}</span>
            </Button>
          ) : null}
          {onDelete ? (
            <Button variant="dangerOutline" size="sm" onClick={onDelete}>
              {t('distributions.delete')}
              <span className="sr-only"> {name}</span>
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
