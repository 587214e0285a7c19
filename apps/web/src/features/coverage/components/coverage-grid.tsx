/**
 * The week as a table: one row per site, service and time of day, one column per day. A cell
 * names the organisations holding it; a gap or an overlap is marked with an icon and words, not
 * colour alone. On a phone the table scrolls sideways under a fixed first column.
 */
import type { Occurrence, WeekCoverage } from '@opale/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ServiceTypeLabel } from '@/components/service-type-label';
import { GapIcon, OverlapIcon } from '@/components/ui/board-icons';
import { cn } from '@/lib/cn';
import { formatShortWeekdayDay, formatWeekdayDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { cellKey, type CellMarks } from '../utils/coverage-view';

type Row = WeekCoverage['rows'][number];

export interface CoverageGridProps {
  dates: readonly string[];
  rows: readonly Row[];
  marks: ReadonlyMap<string, CellMarks>;
  today: string;
  /** Ids of the cells, so that the lists of gaps and overlaps can link to them. */
  cellId: (key: string) => string;
  siteName: (id: string) => string;
  organisationName: (id: string) => string;
  /** Sites by the first day they no longer serve. */
  closedSites: ReadonlyMap<string, string>;
}

/** More names than this and the cell gives a count instead: a cell must stay readable. */
const namesAtMost = 3;

export function CoverageGrid({
  dates,
  rows,
  marks,
  today,
  cellId,
  siteName,
  organisationName,
  closedSites,
}: CoverageGridProps) {
  const { t } = useTranslation('schedule');
  const locale = currentLocale();
  const captionId = useId();

  const cellContent = (occurrences: Occurrence[]) => {
    const held = occurrences.filter(
      (o) => o.change !== 'cancelled' && o.state?.status !== 'cancelled',
    );
    const cancelled = occurrences.filter((o) => !held.includes(o));
    const organisations = [...new Set(held.map((o) => o.organisationId))];
    if (organisations.length + cancelled.length > namesAtMost) {
      return (
        <li className="font-medium">
          {t('coverage.organisations', { count: organisations.length })}
        </li>
      );
    }
    return (
      <>
        {organisations.map((id) => (
          <li key={id} className="font-medium">
            {organisationName(id)}
          </li>
        ))}
        {cancelled.map((o) => (
          <li key={`${o.seriesId}-cancelled`} className="text-slate-600 line-through">
            {t('coverage.cancelled', { organisation: organisationName(o.organisationId) })}
          </li>
        ))}
      </>
    );
  };

  return (
    // Positioned, so that the screen-reader-only texts inside (absolute) scroll with the table
    // instead of widening the page.
    // Focusable, so that keyboard users can scroll it too; named after its table.
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="relative overflow-x-auto rounded-xl border border-slate-300 bg-white"
    >
      <table className="w-full min-w-[50rem] table-fixed border-separate border-spacing-0 text-sm">
        <caption id={captionId} className="sr-only">
          {t('coverage.caption')}
        </caption>
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky left-0 z-10 w-36 border-r border-b border-slate-300 bg-slate-100 p-2 text-left font-semibold text-slate-900 sm:w-48"
            >
              {t('coverage.rowHeader')}
            </th>
            {dates.map((date) => (
              <th
                key={date}
                scope="col"
                className={cn(
                  'border-b border-slate-300 p-2 text-left font-semibold whitespace-nowrap',
                  date === today ? 'bg-brand-100 text-brand-950' : 'bg-slate-100 text-slate-900',
                )}
              >
                <span aria-hidden="true">{formatShortWeekdayDay(date, locale)}</span>
                <span className="sr-only">{formatWeekdayDay(date, locale)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const closedFrom = closedSites.get(row.siteId);
            return (
              <tr key={`${row.siteId}:${row.serviceType}:${row.part}`}>
                <th
                  scope="row"
                  className="sticky left-0 z-10 border-r border-b border-slate-300 bg-white p-2 text-left align-top font-normal"
                >
                  <span className="block font-semibold break-words text-slate-950">
                    {siteName(row.siteId)}
                  </span>
                  <ServiceTypeLabel code={row.serviceType} className="text-slate-900" />
                  <span className="block text-slate-700">{t(`dayParts.${row.part}`)}</span>
                </th>
                {row.cells.map((cell) => {
                  const key = cellKey(row.siteId, row.serviceType, row.part, cell.date);
                  const mark = marks.get(key);
                  const closed = closedFrom !== undefined && cell.date >= closedFrom;
                  return (
                    <td
                      key={cell.date}
                      id={cellId(key)}
                      className={cn(
                        'border-b border-slate-200 p-2 align-top',
                        mark?.overlap
                          ? 'bg-red-50 outline-2 -outline-offset-2 outline-red-700'
                          : mark?.gap
                            ? 'bg-amber-50'
                            : cell.date === today
                              ? 'bg-brand-50/50'
                              : '',
                      )}
                    >
                      {mark?.gap ? (
                        <p className="flex items-center gap-1 font-semibold text-amber-950">
                          <GapIcon className="size-4 shrink-0" />
                          {t('coverage.gap')}
                        </p>
                      ) : null}
                      {mark?.overlap ? (
                        <p className="flex items-center gap-1 font-semibold text-red-900">
                          <OverlapIcon className="size-4 shrink-0" />
                          {t('coverage.overlap')}
                        </p>
                      ) : null}
                      {cell.occurrences.length > 0 ? (
                        <ul className="space-y-0.5 text-slate-900">
                          {cellContent(cell.occurrences)}
                        </ul>
                      ) : closed ? (
                        <p className="text-slate-600">{t('coverage.closed')}</p>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
