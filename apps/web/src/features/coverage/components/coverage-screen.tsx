/**
 * Coverage across organisations, week by week, live from the schedule board: where a service
 * that runs on some days is missing on others (gaps) and where two organisations serve the same
 * thing at the same place and time (overlaps). The week is kept in the address.
 */
import {
  addDays,
  dayPartOf,
  docNameOf,
  expandSchedule,
  weekCoverage,
  type Occurrence,
} from '@opale/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PresenceList } from '@/components/presence-list';
import { serviceTypeName } from '@/components/service-type-label';
import { SyncStatus } from '@/components/sync-status';
import { buttonClasses } from '@/components/ui/button';
import {
  ChevronLeftIcon,
  ChevronRightIcon,
  GapIcon,
  OverlapIcon,
} from '@/components/ui/board-icons';
import { LoadingState } from '@/components/ui/message';
import { Page, Section } from '@/components/ui/page';
import { formatDayRange, formatWeekdayDay, parisDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useLiveBoard } from '@/lib/live-board/use-live-board';
import { useOrganisationNames } from '@/lib/schedule/organisation-names';
import { timeWindow } from '@/lib/schedule/time-window';
import { useSchedule } from '@/lib/schedule/use-schedule';
import {
  cellKey,
  cellMarks,
  closedSitesOf,
  nextWeek,
  previousWeek,
  sortRows,
  weekOf,
  weekParam,
} from '../utils/coverage-view';
import { CoverageGrid } from './coverage-grid';

export interface CoverageScreenProps {
  platform: string;
  platformName: string;
}

export function CoverageScreen({ platform, platformName }: CoverageScreenProps) {
  const { t } = useTranslation('schedule');
  const { t: tc } = useTranslation();
  const locale = currentLocale();
  const live = useLiveBoard(docNameOf({ board: 'schedule', platform, group: null }));
  const { board, snapshot, sync } = live;
  const { source, sites, siteNames } = useSchedule(snapshot);
  const organisationNames = useOrganisationNames(platform);
  const [search] = useSearchParams();
  const today = parisDay(new Date());
  const weekStart = weekOf(search.get('week'), today);
  const weekEnd = addDays(weekStart, 6);

  // One week of one platform expands in well under a millisecond: no memoising needed.
  const closedSites = closedSitesOf(sites);
  const coverage = weekCoverage(expandSchedule(source, weekStart, weekEnd), weekStart, closedSites);
  const marks = cellMarks(coverage);

  const siteName = (id: string) => siteNames.get(id) ?? t('unknownSite');
  const organisationName = (id: string) =>
    organisationNames.get(id)?.shortName ?? t('unknownOrganisation');
  const rows = sortRows(coverage.rows, siteName, serviceTypeName);
  // Cell ids follow the rows' order, so that links from the lists find their cell.
  const cellIds = new Map(
    rows.flatMap((row, r) =>
      row.cells.map(
        (cell, d) =>
          [cellKey(row.siteId, row.serviceType, row.part, cell.date), `cell-${r}-${d}`] as const,
      ),
    ),
  );
  const cellId = (key: string) => cellIds.get(key) ?? '';

  const weekLink = (start: string) => {
    const param = weekParam(start, today);
    return { search: param === null ? '' : `?week=${param}` };
  };
  const when = (o: Occurrence) => timeWindow(o.startTime, o.endTime).text;
  const { gaps, overlaps } = coverage;

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
  } else if (rows.length === 0) {
    body = <p className="text-slate-800">{t('coverage.empty')}</p>;
  } else {
    body = (
      <div className="space-y-6">
        <div>
          <p className="mb-2 text-sm text-slate-700 md:hidden">{t('coverage.scrollHint')}</p>
          <CoverageGrid
            dates={coverage.dates}
            rows={rows}
            marks={marks}
            today={today}
            cellId={cellId}
            siteName={siteName}
            organisationName={organisationName}
            closedSites={closedSites}
          />
        </div>
        {gaps.length > 0 ? (
          <Section title={t('coverage.gapsHeading')}>
            <ul id="coverage-gaps" className="space-y-1">
              {gaps.map((gap) => (
                <li key={cellKey(gap.siteId, gap.serviceType, gap.part, gap.date)}>
                  <a
                    href={`#${cellId(cellKey(gap.siteId, gap.serviceType, gap.part, gap.date))}`}
                    className="inline-flex min-h-11 items-center gap-2 text-brand-800 underline underline-offset-4"
                  >
                    <GapIcon className="size-5 shrink-0 text-amber-800" />
                    {t('coverage.gapItem', {
                      day: formatWeekdayDay(gap.date, locale),
                      part: t(`dayParts.${gap.part}`).toLocaleLowerCase(locale),
                      type: serviceTypeName(gap.serviceType),
                      site: siteName(gap.siteId),
                    })}
                  </a>
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
        {overlaps.length > 0 ? (
          <Section title={t('coverage.overlapsHeading')}>
            <ul id="coverage-overlaps" className="space-y-1">
              {overlaps.map((overlap) => {
                const { first, second } = overlap;
                // The first distribution's cell: the grid marks both.
                const key = cellKey(
                  first.siteId,
                  first.serviceType,
                  dayPartOf(first.startTime),
                  first.date,
                );
                return (
                  <li key={`${first.seriesId}:${second.seriesId}:${overlap.date}`}>
                    <a
                      href={`#${cellId(key)}`}
                      className="inline-flex min-h-11 items-center gap-2 text-brand-800 underline underline-offset-4"
                    >
                      <OverlapIcon className="size-5 shrink-0 text-red-800" />
                      {t('coverage.overlapItem', {
                        day: formatWeekdayDay(overlap.date, locale),
                        type: serviceTypeName(overlap.serviceType),
                        site: siteName(overlap.siteId),
                        first: organisationName(first.organisationId),
                        firstTime: when(first),
                        second: organisationName(second.organisationId),
                        secondTime: when(second),
                      })}
                    </a>
                  </li>
                );
              })}
            </ul>
          </Section>
        ) : null}
        <p className="max-w-prose text-sm text-slate-700">{t('coverage.explain')}</p>
      </div>
    );
  }

  return (
    <Page
      title={t('coverage.title')}
      documentTitle={`${t('coverage.title')} · ${platformName}`}
      lead={t('coverage.lead')}
    >
      <div className="mb-5 flex flex-col gap-3 rounded-xl border border-slate-300 bg-slate-50 p-3 sm:flex-row sm:items-start sm:justify-between">
        <SyncStatus state={sync} onDismiss={() => board?.dismissRefusal()} />
        <PresenceList people={live.presence} />
      </div>
      <nav
        aria-label={t('coverage.week', { range: formatDayRange(weekStart, weekEnd, locale) })}
        className="mb-4 flex flex-wrap items-center gap-2"
      >
        <Link
          to={weekLink(previousWeek(weekStart))}
          replace
          className={buttonClasses('secondary', 'px-3')}
          aria-label={t('coverage.previous')}
        >
          <ChevronLeftIcon className="size-5" />
        </Link>
        <h2
          aria-live="polite"
          className="min-w-0 flex-1 text-center text-lg font-bold text-slate-950 sm:flex-none"
        >
          {t('coverage.week', { range: formatDayRange(weekStart, weekEnd, locale) })}
        </h2>
        <Link
          to={weekLink(nextWeek(weekStart))}
          replace
          className={buttonClasses('secondary', 'px-3')}
          aria-label={t('coverage.next')}
        >
          <ChevronRightIcon className="size-5" />
        </Link>
        {weekParam(weekStart, today) !== null ? (
          <Link to={{ search: '' }} replace className={buttonClasses('ghost', 'sm:ml-2')}>
            {t('coverage.thisWeek')}
          </Link>
        ) : null}
      </nav>
      {body !== null && rows.length > 0 ? (
        <p className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-1 font-semibold">
          {gaps.length === 0 && overlaps.length === 0 ? (
            <span className="text-slate-800">{t('coverage.allCovered')}</span>
          ) : (
            <>
              <SummaryLink href="#coverage-gaps" count={gaps.length} className="text-amber-950">
                <GapIcon className="size-5 shrink-0" />
                {t('coverage.gaps', { count: gaps.length })}
              </SummaryLink>
              <SummaryLink
                href="#coverage-overlaps"
                count={overlaps.length}
                className="text-red-900"
              >
                <OverlapIcon className="size-5 shrink-0" />
                {t('coverage.overlaps', { count: overlaps.length })}
              </SummaryLink>
            </>
          )}
        </p>
      ) : null}
      {body}
    </Page>
  );
}

/** A count in the summary; a link to its list when there is something to list. */
function SummaryLink({
  href,
  count,
  className,
  children,
}: {
  href: string;
  count: number;
  className: string;
  children: ReactNode;
}) {
  const classes = 'inline-flex min-h-11 items-center gap-1.5';
  if (count === 0) return <span className={`${classes} text-slate-700`}>{children}</span>;
  return (
    <a href={href} className={`${classes} underline underline-offset-4 ${className}`}>
      {children}
    </a>
  );
}
