/**
 * One service's history: what it is and its latest reading, live from the capacity board; its
 * status over a day, a week or a month, the hours it fills up and every reading, from the SQL
 * history on the server; and the platform's last days in numbers.
 */
import { capacityBoard, docNameOf, freshnessOf, type CapacityEntry } from '@opale/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ServiceTypeLabel } from '@/components/service-type-label';
import { ChevronLeftIcon } from '@/components/ui/board-icons';
import { Button } from '@/components/ui/button';
import { ErrorMessage, LoadingState } from '@/components/ui/message';
import { Page, Section } from '@/components/ui/page';
import { formatDateTime, formatRelative } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useLiveBoard } from '@/lib/live-board/use-live-board';
import { useOnline } from '@/lib/online';
import { useOrganisationNames } from '@/lib/schedule/organisation-names';
import { useDescribeError } from '@/lib/use-describe-error';
import { useServiceHistory, type ServiceHistory } from '../api/use-service-history';
import { historyWindowOf } from '../utils/history-window';
import { countsOf } from '../utils/reading-rows';
import { DailySummary } from './daily-summary';
import { FullHoursChart } from './full-hours-chart';
import { ReadingsList } from './readings-list';
import { patternPrefix, StateLabel, StatePatterns } from './status-look';
import { StatusTimeline } from './status-timeline';
import { WindowSwitch } from './window-switch';

export interface ServiceHistoryScreenProps {
  platform: string;
  platformName: string;
  organisationId: string;
  serviceId: string;
}

export function ServiceHistoryScreen({
  platform,
  platformName,
  organisationId,
  serviceId,
}: ServiceHistoryScreenProps) {
  const { t } = useTranslation('capacity');
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
  const online = useOnline();
  const locale = currentLocale();
  const [search] = useSearchParams();
  const days = historyWindowOf(search.get('days'));
  const prefix = patternPrefix(useId());

  const { snapshot } = useLiveBoard(docNameOf({ board: 'capacity', platform, group: null }));
  const doc = snapshot?.doc;
  const revision = snapshot?.revision;
  const entry = useMemo<CapacityEntry | null>(
    () =>
      doc && revision !== undefined
        ? (capacityBoard
            .entries(doc)
            .find((e) => e.organisationId === organisationId && e.id === serviceId) ?? null)
        : null,
    [doc, revision, organisationId, serviceId],
  );
  const organisationNames = useOrganisationNames(platform);
  const history = useServiceHistory(platform, organisationId, serviceId, days);

  // The live board names the service at once, offline too; the history names it otherwise.
  const service = entry?.service ?? history.data?.service ?? null;
  const organisationName =
    organisationNames.get(organisationId)?.name ?? t('history.unknownOrganisation');
  const backLink = (
    <Link
      to={`/${platform}/capacity`}
      className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand-800 underline-offset-4 hover:underline"
    >
      <ChevronLeftIcon className="size-5" />
      {t('history.back')}
    </Link>
  );

  if (!service && history.isError) {
    return (
      <Page title={t('history.notFoundTitle')}>
        <div className="space-y-3">
          <ErrorMessage>
            {online ? describeError(history.error) : t('history.needsConnection')}
          </ErrorMessage>
          {backLink}
        </div>
      </Page>
    );
  }
  if (!service) {
    return (
      <Page title={t('history.title')}>
        <LoadingState label={tc('common.loading')} />
      </Page>
    );
  }

  return (
    <Page
      title={service.name}
      documentTitle={t('history.documentTitle', { service: service.name })}
      lead={
        <span className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <span>{organisationName}</span>
          <ServiceTypeLabel code={service.serviceType} />
        </span>
      }
    >
      <StatePatterns prefix={prefix} />
      <div className="space-y-8">
        <div className="space-y-4">
          {backLink}
          {service.archived ? (
            <p className="rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 text-slate-800">
              {t('history.archived')}
            </p>
          ) : null}
          {entry ? <LatestReading entry={entry} /> : null}
          <WindowSwitch current={days} />
        </div>

        {history.isError ? (
          <div className="space-y-2">
            <ErrorMessage>
              {online ? describeError(history.error) : t('history.needsConnection')}
            </ErrorMessage>
            <Button variant="secondary" onClick={() => void history.refetch()}>
              {tc('common.retry')}
            </Button>
          </div>
        ) : history.data ? (
          <HistoryBody history={history.data} days={days} prefix={prefix} locale={locale} />
        ) : (
          <LoadingState label={tc('common.loading')} />
        )}

        <DailySummary platform={platform} platformName={platformName} />
      </div>
    </Page>
  );
}

function LatestReading({ entry }: { entry: CapacityEntry }) {
  const { t } = useTranslation('capacity');
  const locale = currentLocale();
  const { reading } = entry;
  const freshness = freshnessOf(entry.service, reading, new Date());
  return (
    <Section title={t('history.current.heading')}>
      {reading ? (
        <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <StateLabel state={reading.status} />
          {countsOf(reading) ? (
            <span className="tabular-nums">
              {t('history.current.places', { counts: countsOf(reading) })}
            </span>
          ) : null}
          <span className="text-slate-700">
            <time dateTime={reading.at} title={formatDateTime(reading.at, locale)}>
              {t('history.current.confirmed', {
                by: reading.by,
                time: formatRelative(reading.at, locale),
              })}
            </time>
          </span>
          {freshness.kind === 'unconfirmed' ? (
            <span className="w-full font-semibold text-amber-900">
              {t('history.current.unconfirmed', {
                time: formatDateTime(freshness.staleAt.toISOString(), locale),
              })}
            </span>
          ) : null}
        </p>
      ) : (
        <p className="text-slate-700">{t('history.current.none')}</p>
      )}
    </Section>
  );
}

function HistoryBody({
  history,
  days,
  prefix,
  locale,
}: {
  history: ServiceHistory;
  days: number;
  prefix: string;
  locale: string;
}) {
  const { t } = useTranslation('capacity');
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const { stats } = history;
  const window = { from: history.from, to: history.to };
  return (
    <>
      <Section title={t('history.timeline.heading')}>
        <div className="space-y-3">
          <StatusTimeline
            segments={history.segments}
            window={window}
            days={days}
            patternPrefix={prefix}
          />
          <ul className="list-disc space-y-1 pl-5">
            {stats.fullShare === null ? (
              <li>{t('history.stats.noneConfirmed')}</li>
            ) : (
              <>
                <li>{t('history.stats.fullShare', { share: percent.format(stats.fullShare) })}</li>
                <li>
                  {t('history.stats.confirmedShare', {
                    share: percent.format(stats.confirmedShare),
                  })}
                </li>
              </>
            )}
            <li>
              {stats.timesTurnedFull === 0
                ? t('history.stats.neverFull')
                : t('history.stats.turnedFull', { count: stats.timesTurnedFull })}
            </li>
          </ul>
        </div>
      </Section>
      <Section title={t('history.hours.heading')}>
        <FullHoursChart fullDaysByHour={stats.fullDaysByHour} days={days} patternPrefix={prefix} />
      </Section>
      <Section title={t('history.readings.heading')}>
        <ReadingsList readings={history.readings} />
      </Section>
    </>
  );
}
