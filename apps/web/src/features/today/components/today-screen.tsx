/**
 * Today and the next six days, for field teams on a phone: every organisation's distributions
 * with their live status, read from the schedule board (also offline, from this device's copy).
 * A member of the organisation records how each of today's went, in two taps.
 */
import {
  addDays,
  docNameOf,
  expandSchedule,
  scheduleBoard,
  type Occurrence,
  type Role,
} from '@opale/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { serviceTypeName } from '@/components/service-type-label';
import { SyncStatus } from '@/components/sync-status';
import { LoadingState } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { formatWeekdayDay, parisDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useLiveBoard } from '@/lib/live-board/use-live-board';
import { useOrganisationNames } from '@/lib/schedule/organisation-names';
import { useSchedule } from '@/lib/schedule/use-schedule';
import { offersIncident, recordIncidentPath } from '../utils/incident-offer';
import { occurrenceStateOf, type StatusChoice } from '../utils/status-draft';
import {
  applyFilters,
  filterChoices,
  groupByDay,
  readFilters,
  writeFilters,
  type TodayFilters,
} from '../utils/today-list';
import { OccurrenceCard } from './occurrence-card';
import { TodayFiltersPanel } from './today-filters';

export interface TodayScreenProps {
  platform: string;
  platformName: string;
  organisation: { id: string; name: string };
  /** Who records a status, as the board keeps it. */
  viewerName: string;
  /** May this person record the statuses of that organisation's distributions (write rules)? */
  mayRecordFor: (organisationId: string) => boolean;
  /** The person's role on the platform: from field up, a disrupted distribution offers an incident. */
  role: Role;
}

const occurrenceKey = (o: Occurrence) => `${o.seriesId}:${o.date}`;

export function TodayScreen({
  platform,
  platformName,
  organisation,
  viewerName,
  mayRecordFor,
  role,
}: TodayScreenProps) {
  const { t } = useTranslation('schedule');
  const { t: tc } = useTranslation();
  const locale = currentLocale();
  const live = useLiveBoard(docNameOf({ board: 'schedule', platform, group: null }));
  const { board, snapshot, sync } = live;
  const { source, siteNames } = useSchedule(snapshot);
  const organisationNames = useOrganisationNames(platform);
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search);
  const [feedback, setFeedback] = useState<{ key: string; text: string } | null>(null);
  const today = parisDay(new Date());
  const lastDay = addDays(today, 6);

  const week = useMemo(() => expandSchedule(source, today, lastDay), [source, today, lastDay]);
  const seriesById = useMemo(() => new Map(source.series.map((s) => [s.id, s.fields])), [source]);
  const days = groupByDay(applyFilters(week, filters), today);
  const choices = filterChoices(week, filters);
  const writable =
    board !== null && !['no-access', 'signed-out', 'stopped', 'unavailable'].includes(sync.kind);

  const siteName = (id: string) => siteNames.get(id) ?? t('unknownSite');
  const organisationName = (id: string) =>
    id === organisation.id
      ? (organisationNames.get(id)?.shortName ?? organisation.name)
      : (organisationNames.get(id)?.shortName ?? t('unknownOrganisation'));

  function changeFilters(next: TodayFilters) {
    setSearch(writeFilters(search, next), { replace: true });
  }

  function record(occurrence: Occurrence, choice: StatusChoice) {
    if (!board) return;
    scheduleBoard.setOccurrenceState(
      board.doc,
      occurrence.organisationId,
      occurrence.seriesId,
      occurrence.date,
      occurrenceStateOf(choice, viewerName, new Date()),
    );
    const name = `${serviceTypeName(occurrence.serviceType)} · ${siteName(occurrence.siteId)}`;
    const said = t('today.mark.saved', { name, status: t(`status.${choice.status}`) });
    setFeedback({
      key: occurrenceKey(occurrence),
      text: sync.kind === 'offline' ? `${said} ${t('savedOnDevice')}` : said,
    });
  }

  const dayHeading = (date: string) => {
    const day = formatWeekdayDay(date, locale);
    if (date === today) return t('today.dayToday', { day });
    if (date === addDays(today, 1)) return t('today.dayTomorrow', { day });
    return day.charAt(0).toLocaleUpperCase(locale) + day.slice(1);
  };
  const filtered = Object.values(filters).some((value) => value !== null);
  const recordsForOwn = mayRecordFor(organisation.id);
  // The write rules name organisations by role, not one by one: an organisation that is not the
  // viewer's stands for every other.
  const recordsForAll = mayRecordFor(`${organisation.id}:other`);

  let body;
  if (sync.kind === 'unavailable') {
    body = null;
  } else if (sync.kind === 'no-access') {
    body = <p className="text-slate-800">{t('noAccess')}</p>;
  } else if (
    !snapshot?.ready ||
    (source.series.length === 0 && !snapshot.known && sync.kind !== 'offline')
  ) {
    body = <LoadingState label={tc('common.loading')} />;
  } else if (!snapshot.known && source.series.length === 0) {
    body = <p className="text-slate-800">{t('notDownloaded')}</p>;
  } else {
    body = (
      <>
        <TodayFiltersPanel
          filters={filters}
          choices={choices}
          siteName={siteName}
          organisationName={organisationName}
          onChange={changeFilters}
        />
        <div className="space-y-6">
          {days.map(({ date, occurrences }) => (
            <section key={date} aria-labelledby={`day-${date}`}>
              <h2
                id={`day-${date}`}
                className="sticky top-13 z-10 -mx-4 mb-2 bg-slate-50/95 px-4 py-1 text-lg font-bold text-slate-950"
              >
                {dayHeading(date)}
              </h2>
              {occurrences.length === 0 ? (
                <p className="text-slate-700">
                  {filtered ? t('today.nothingFiltered') : t('today.nothingThatDay')}
                </p>
              ) : (
                <ul className="grid gap-3 md:grid-cols-2">
                  {occurrences.map((occurrence) => {
                    const key = occurrenceKey(occurrence);
                    const mayRecord =
                      writable &&
                      occurrence.date === today &&
                      occurrence.change !== 'cancelled' &&
                      mayRecordFor(occurrence.organisationId);
                    return (
                      <OccurrenceCard
                        key={key}
                        occurrence={occurrence}
                        siteName={siteName(occurrence.siteId)}
                        organisationName={organisationName(occurrence.organisationId)}
                        series={seriesById.get(occurrence.seriesId)}
                        siteNames={siteNames}
                        exception={source.exceptions.get(key)}
                        onRecord={mayRecord ? (choice) => record(occurrence, choice) : undefined}
                        feedback={feedback?.key === key ? feedback.text : ''}
                        incidentPath={
                          offersIncident(occurrence, today, role)
                            ? recordIncidentPath(platform, occurrence)
                            : undefined
                        }
                      />
                    );
                  })}
                </ul>
              )}
            </section>
          ))}
        </div>
      </>
    );
  }

  return (
    <Page
      title={t('today.title')}
      documentTitle={`${t('today.title')} · ${platformName}`}
      lead={t('today.lead', { platform: platformName })}
    >
      <div className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-2">
        <SyncStatus state={sync} onDismiss={() => board?.dismissRefusal()} />
        {recordsForAll || recordsForOwn ? (
          <p className="text-sm text-slate-700">
            {recordsForAll
              ? t('today.everyOrganisation')
              : t('today.yourOrganisation', { organisation: organisation.name })}
          </p>
        ) : null}
      </div>
      {body}
    </Page>
  );
}
