/**
 * One service on the board: its status and free places, how fresh they are, where and when it
 * opens and for whom; with the status buttons for the people who confirm it.
 */
import type { CapacityEntry, CapacityStatus } from '@opale/core';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { MapPinIcon, WarningIcon } from '@/components/ui/icons';
import { cn } from '@/lib/cn';
import { formatDateTime, formatList, formatTime, weekdayNames } from '@/lib/format';
import { currentLocale, type Locale } from '@/lib/i18n';
import type { PresentPerson } from '@/lib/live-board/presence';
import { audiencesOf } from '../utils/capacity-list';
import {
  freshnessWording,
  placesWording,
  type DayMoment,
  type Moment,
  type PlacesWording,
} from '../utils/freshness-wording';
import { hoursOn, openingDaysOf } from '../utils/opening-hours';
import type { ReadingDraft } from '../utils/reading-draft';
import { AudienceIcon, ClockIcon, HistoryIcon, UnconfirmedIcon } from './capacity-icons';
import { CapacityStatusBadge } from './capacity-status';
import { ReadingControls } from './reading-controls';

export interface ServiceCardProps {
  entry: CapacityEntry;
  organisationName: string;
  /** The site's name or the address; null when the service shows no place. */
  place: string | null;
  now: Date;
  /** The day in Paris, for the opening hours. */
  today: string;
  /** The service's history page. */
  historyPath: string;
  /** People editing this service right now. */
  editors: readonly PresentPerson[];
  /** Absent when this person may not confirm its status. */
  onRecord?: (status: CapacityStatus, numbers: ReadingDraft | null) => void;
  /** Absent when this person may not edit the service. */
  onEdit?: () => void;
  onRestore?: () => void;
  /** What happened to this person's last confirmation, said in the card. */
  feedback: string;
}

/** "Confirmed 12 min ago by Alex", "Confirmed at 14:05 by Alex" … */
function confirmedText(moment: Moment, name: string, t: TFunction<'capacity'>, locale: Locale) {
  switch (moment.kind) {
    case 'justNow':
      return t('card.confirmed.justNow', { name });
    case 'minutesAgo':
      return t('card.confirmed.minutesAgo', { count: moment.minutes, name });
    case 'earlier':
      return t('card.confirmed.earlier', {
        date: formatDateTime(moment.at.toISOString(), locale),
        name,
      });
    default:
      return t(`card.confirmed.${moment.kind}`, {
        time: formatTime(moment.at.toISOString(), locale),
        name,
      });
  }
}

/** "Unconfirmed since 21:00", "… since yesterday 23:00", "… since 24 Nov 2026, 21:00". */
function unconfirmedText(since: DayMoment, t: TFunction<'capacity'>, locale: Locale) {
  return since.kind === 'earlier'
    ? t('card.unconfirmed.earlier', { date: formatDateTime(since.at.toISOString(), locale) })
    : t(`card.unconfirmed.${since.kind}`, { time: formatTime(since.at.toISOString(), locale) });
}

/** "8 of 40 beds free", "8 beds free", "Capacity: 40 beds", or nothing counted. */
function placesText(wording: PlacesWording | null, t: TFunction<'capacity'>): string | null {
  if (!wording) return null;
  switch (wording.family) {
    case 'freeOf':
      return t(`units.freeOf.${wording.unit}`, { count: wording.count, total: wording.total });
    case 'free':
      return t(`units.free.${wording.unit}`, { count: wording.count });
    case 'capacity':
      return t(`units.capacity.${wording.unit}`, { count: wording.count });
  }
}

export function ServiceCard({
  entry,
  organisationName,
  place,
  now,
  today,
  historyPath,
  editors,
  onRecord,
  onEdit,
  onRestore,
  feedback,
}: ServiceCardProps) {
  const { t } = useTranslation('capacity');
  const locale = currentLocale();
  const headingId = useId();
  const { service, reading } = entry;
  const freshness = freshnessWording(service, reading, now);
  const confirmed = freshness.kind === 'confirmed';
  // A count of free places ages with its reading; a service's capacity alone does not.
  const staleCount = freshness.kind === 'unconfirmed' && reading?.available != null;
  const places = placesText(
    placesWording(
      reading?.available ?? null,
      reading ? (reading.total ?? service.total) : service.total,
      service.unit,
    ),
    t,
  );
  const days = openingDaysOf(service.rrule);
  const hours = hoursOn(service, today);
  const dayNames = weekdayNames(locale, 'short');
  const daysText =
    days.kind === 'everyDay'
      ? t('card.days.everyDay')
      : days.kind === 'weekdays'
        ? formatList(
            days.weekdays.map((d) => dayNames[d] ?? ''),
            locale,
          )
        : t('card.days.rule', { rule: days.rule });
  const todayText =
    hours.kind === 'hours'
      ? t(hours.pastMidnight ? 'card.today.hoursNextDay' : 'card.today.hours', {
          hours: `${hours.opensAt}–${hours.closesAt}`,
        })
      : t(`card.today.${hours.kind}`);
  const categories = audiencesOf(service);
  const audienceText = t('card.for', {
    audiences:
      categories.length === 0
        ? t('audiences.everyone')
        : formatList(
            categories.map((a) => t(`audiences.${a}`)),
            locale,
          ),
  });

  return (
    <li>
      <article
        aria-labelledby={headingId}
        className={cn(
          'rounded-xl border bg-white p-3',
          freshness.kind === 'unconfirmed' ? 'border-amber-500' : 'border-slate-300',
        )}
      >
        <div className="flex items-start justify-between gap-2">
          <div className="min-w-0">
            <h3 id={headingId} className="text-lg font-bold break-words text-slate-950">
              {service.name}
            </h3>
            <p className="text-sm font-medium text-slate-700">{organisationName}</p>
          </div>
          <CapacityStatusBadge
            status={reading?.status ?? null}
            confirmed={confirmed}
            className="shrink-0"
          />
        </div>

        {places ? (
          <p
            className={cn(
              'mt-2 text-base font-semibold tabular-nums',
              staleCount ? 'text-slate-600 line-through' : 'text-slate-950',
            )}
          >
            {places}
          </p>
        ) : null}
        {reading?.note ? (
          <p className={cn('mt-1 break-words', confirmed ? 'text-slate-800' : 'text-slate-600')}>
            “{reading.note}”
          </p>
        ) : null}

        {freshness.kind === 'unconfirmed' ? (
          <div className="mt-2 rounded-lg border border-amber-400 bg-amber-50 px-3 py-2 text-amber-950">
            <p className="flex items-start gap-2 font-bold">
              <UnconfirmedIcon className="mt-0.5 size-5 shrink-0" />
              {unconfirmedText(freshness.since, t, locale)}
            </p>
            <p className="mt-0.5 text-sm">
              {onRecord ? t('card.unconfirmedCanRecord') : t('card.unconfirmedHint')}
            </p>
          </div>
        ) : null}
        <p className="mt-2 flex items-start gap-1.5 text-sm text-slate-700">
          <ClockIcon className="mt-0.5 size-4 shrink-0" />
          {freshness.kind === 'never'
            ? t('card.never')
            : confirmedText(freshness.confirmed, freshness.by, t, locale)}
        </p>

        <div className="mt-2 space-y-1 text-slate-800">
          {place ? (
            <p className="flex items-start gap-1.5">
              <MapPinIcon className="mt-0.5 size-4 shrink-0 text-slate-600" />
              <span className="min-w-0 break-words">{place}</span>
            </p>
          ) : null}
          <p className="flex items-start gap-1.5">
            {hours.kind === 'unknown' ? (
              <WarningIcon className="mt-0.5 size-4 shrink-0 text-slate-600" />
            ) : (
              <ClockIcon className="mt-0.5 size-4 shrink-0 text-slate-600" />
            )}
            <span className="min-w-0">
              <span className="font-medium">{todayText}</span>
              <span className="text-slate-600"> · </span>
              {daysText}
            </span>
          </p>
          <p className="flex items-start gap-1.5">
            <AudienceIcon className="mt-0.5 size-4 shrink-0 text-slate-600" />
            <span className="min-w-0">{audienceText}</span>
          </p>
        </div>
        <div className="mt-2 flex flex-wrap gap-2">
          {service.archived ? <Badge tone="neutral">{t('card.archived')}</Badge> : null}
          <Badge tone={service.public ? 'brand' : 'neutral'}>
            {service.public ? t('card.public') : t('card.internal')}
          </Badge>
        </div>

        {editors.map((person) => (
          <p key={person.key} className="mt-2 text-sm font-medium text-brand-800">
            {t('card.editing', { name: person.name })}
          </p>
        ))}

        {onRecord ? (
          <ReadingControls
            serviceName={service.name}
            current={confirmed ? (reading?.status ?? null) : null}
            total={service.total}
            onRecord={onRecord}
          />
        ) : null}
        <div role="status">
          {feedback ? <p className="mt-2 text-sm font-medium text-brand-900">{feedback}</p> : null}
        </div>

        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1">
          <Link
            to={historyPath}
            className="inline-flex min-h-11 items-center gap-1.5 font-semibold text-brand-800 underline-offset-4 hover:underline"
          >
            <HistoryIcon className="size-5 shrink-0" />
            {t('card.history')}
            <span className="sr-only"> — {service.name}</span>
          </Link>
          {onRestore ? (
            <Button variant="secondary" size="sm" onClick={onRestore}>
              {t('card.restore')}
              <span className="sr-only"> — {service.name}</span>
            </Button>
          ) : null}
          {onEdit ? (
            <Button variant="secondary" size="sm" onClick={onEdit}>
              {t('card.edit')}
              <span className="sr-only"> — {service.name}</span>
            </Button>
          ) : null}
        </div>
      </article>
    </li>
  );
}
