import type { Occurrence, Series, SeriesException } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OccurrenceStatusBadge, shownStatus } from '@/components/occurrence-status';
import { ServiceTypeLabel, serviceTypeName } from '@/components/service-type-label';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { IncidentIcon, MapPinIcon } from '@/components/ui/icons';
import { formatTime } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { timeWindow } from '@/lib/schedule/time-window';
import type { StatusChoice } from '../utils/status-draft';
import { StatusControls } from './status-controls';

export interface OccurrenceCardProps {
  occurrence: Occurrence;
  siteName: string;
  organisationName: string;
  /** The series as planned, to say what a moved date was moved from. */
  series: Series | undefined;
  siteNames: ReadonlyMap<string, string>;
  exception: SeriesException | undefined;
  /** Absent when this person may not record it (another organisation's, or not today). */
  onRecord?: (choice: StatusChoice) => void;
  /** What happened to this person's last recording, said in the card. */
  feedback: string;
  /** The incident form for this occurrence, when it offers to record what disrupted it. */
  incidentPath?: string;
}

export function OccurrenceCard({
  occurrence,
  siteName,
  organisationName,
  series,
  siteNames,
  exception,
  onRecord,
  feedback,
  incidentPath,
}: OccurrenceCardProps) {
  const { t } = useTranslation('schedule');
  const locale = currentLocale();
  const span = timeWindow(occurrence.startTime, occurrence.endTime);
  const status = shownStatus(occurrence);
  const state = occurrence.state;
  const label = `${serviceTypeName(occurrence.serviceType)} · ${siteName}, ${span.text}`;
  const cancelledAhead = occurrence.change === 'cancelled';
  const movedFrom =
    occurrence.change === 'moved' && series
      ? t('today.instead', {
          time: timeWindow(series.startTime, series.endTime).text,
          site: siteNames.get(series.siteId) ?? t('unknownSite'),
        })
      : null;

  return (
    <li className="rounded-xl border border-slate-300 bg-white p-3">
      <div className="flex items-start justify-between gap-2">
        <h3 className="min-w-0">
          <span
            className={
              cancelledAhead
                ? 'block text-lg font-bold text-slate-600 tabular-nums line-through'
                : 'block text-lg font-bold text-slate-950 tabular-nums'
            }
          >
            {span.text}
            {span.pastMidnight ? (
              <span className="text-sm font-medium"> {t('nextDay')}</span>
            ) : null}
          </span>
          <ServiceTypeLabel
            code={occurrence.serviceType}
            className="text-base font-semibold text-slate-900"
          />
        </h3>
        <OccurrenceStatusBadge status={status} className="shrink-0" />
      </div>
      <p className="mt-1 flex items-start gap-1 text-slate-800">
        <MapPinIcon className="mt-0.5 size-4 shrink-0 text-slate-600" />
        <span className="min-w-0 break-words">
          {siteName}
          <span className="text-slate-600"> · </span>
          <span className="font-medium">{organisationName}</span>
        </span>
      </p>
      {occurrence.change !== 'none' ? (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Badge tone={occurrence.change === 'cancelled' ? 'danger' : 'warning'}>
            {t(`change.${occurrence.change}`)}
          </Badge>
          {movedFrom ? <span className="text-sm text-slate-700">{movedFrom}</span> : null}
        </div>
      ) : null}
      {exception?.note ? (
        <p className="mt-1 text-sm break-words text-slate-800">{exception.note}</p>
      ) : null}
      {state && state.status !== 'planned' ? (
        <p className="mt-2 text-sm text-slate-800">
          {state.status === 'done' && state.servedCount !== null ? (
            <span className="font-semibold">
              {t('today.served', { count: state.servedCount })}{' '}
            </span>
          ) : null}
          {state.status === 'disrupted' && state.note ? (
            <span className="block break-words font-medium">{state.note}</span>
          ) : null}
          <span className="text-slate-700">
            {t('today.by', { name: state.by, time: formatTime(state.at, locale) })}
          </span>
        </p>
      ) : occurrence.expectedQuantity !== null && !cancelledAhead ? (
        <p className="mt-1 text-sm text-slate-700">
          {t('today.expected', { count: occurrence.expectedQuantity })}
        </p>
      ) : null}
      {incidentPath ? (
        <div className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-2">
          <p className="text-sm text-amber-950">{t('today.incident.hint')}</p>
          <Link
            to={incidentPath}
            className={buttonClasses('secondary', 'mt-2 border-amber-700 text-amber-950', 'sm')}
          >
            <IncidentIcon className="size-4" />
            {t('today.incident.offer')}
            <span className="sr-only"> — {label}</span>
          </Link>
        </div>
      ) : null}
      {onRecord ? <StatusControls label={label} current={status} onRecord={onRecord} /> : null}
      <div role="status">
        {feedback ? <p className="mt-2 text-sm font-medium text-brand-900">{feedback}</p> : null}
      </div>
    </li>
  );
}
