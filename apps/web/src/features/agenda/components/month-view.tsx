/**
 * A month as a calendar page: each day shows dots on a phone and short titles on a wider
 * screen; tapping a day lists what it holds below the page.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '@/lib/cn';
import { weekdayNames } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { BoardOccurrence } from '../utils/agenda-occurrences';
import { addMonths, byDate, monthGrid, monthOf } from '../utils/calendar-grid';
import { useDayLabel } from './day-label';
import { PeriodNav } from './period-nav';

export interface MonthViewProps {
  /** YYYY-MM. */
  month: string;
  /** The day picked, in this month, or null. */
  day: string | null;
  today: string;
  /** The occurrences of every day on the page, filtered. */
  occurrences: readonly BoardOccurrence[];
  filtered: boolean;
  onMonth: (month: string, day: string | null) => void;
  renderCard: (occurrence: BoardOccurrence) => ReactNode;
}

/** "mars 2026" / "March 2026". */
function monthTitle(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T12:00:00.000Z`));
}

/** At most this many titles (wide screens) or dots (phones) in a day's cell. */
const titlesShown = 2;
const dotsShown = 3;

export function MonthView({
  month,
  day,
  today,
  occurrences,
  filtered,
  onMonth,
  renderCard,
}: MonthViewProps) {
  const { t } = useTranslation('agenda');
  const locale = currentLocale();
  const dayLabel = useDayLabel(today);
  const weeks = monthGrid(month);
  const onDay = byDate(occurrences);
  const shortNames = weekdayNames(locale, 'short');
  const longNames = weekdayNames(locale, 'long');
  const title = monthTitle(month, locale);
  const picked = day === null ? null : (onDay.get(day) ?? []);
  const thisMonth = monthOf(today);

  const cellLabel = (date: string, count: number) =>
    count === 0
      ? t('list.month.dayLabelEmpty', { day: dayLabel(date) })
      : t('list.month.dayLabel', { day: dayLabel(date), count });

  return (
    <section aria-labelledby="agenda-month">
      <PeriodNav
        headingId="agenda-month"
        heading={title}
        previousLabel={t('list.month.previous')}
        nextLabel={t('list.month.next')}
        currentLabel={t('list.month.current')}
        atCurrent={month === thisMonth}
        onPrevious={() => onMonth(addMonths(month, -1), null)}
        onNext={() => onMonth(addMonths(month, 1), null)}
        onCurrent={() => onMonth(thisMonth, today)}
      />
      <table className="w-full table-fixed border-separate border-spacing-0.5 sm:border-spacing-1">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            {shortNames.map((name, i) => (
              <th
                key={name}
                scope="col"
                abbr={longNames[i]}
                className="pb-1 text-center text-sm font-semibold text-slate-700"
              >
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.date}>
              {week.map(({ date, inMonth }) => {
                const things = onDay.get(date) ?? [];
                const isToday = date === today;
                const isPicked = date === day;
                return (
                  <td key={date} className="p-0 align-top">
                    <button
                      type="button"
                      aria-label={cellLabel(date, things.length)}
                      aria-pressed={isPicked}
                      aria-current={isToday ? 'date' : undefined}
                      onClick={() => onMonth(monthOf(date), date)}
                      className={cn(
                        'flex min-h-14 w-full flex-col items-stretch gap-0.5 rounded-md border p-1 text-left sm:min-h-24',
                        isPicked
                          ? 'border-brand-700 bg-brand-50 ring-2 ring-brand-700'
                          : inMonth
                            ? 'border-slate-200 bg-white hover:bg-slate-100'
                            : 'border-slate-200 bg-slate-100 hover:bg-slate-200',
                        inMonth ? 'text-slate-950' : 'text-slate-600',
                      )}
                    >
                      <span aria-hidden="true" className="flex">
                        <span
                          className={cn(
                            'inline-flex size-7 items-center justify-center rounded-full text-sm font-semibold tabular-nums',
                            isToday && 'bg-brand-700 text-white',
                          )}
                        >
                          {Number(date.slice(8, 10))}
                        </span>
                      </span>
                      {things.length > 0 ? (
                        <span aria-hidden="true" className="flex flex-wrap gap-0.5 sm:hidden">
                          {things.slice(0, dotsShown).map((o) => (
                            <span
                              key={`${o.docName}|${o.key}`}
                              className={cn(
                                'size-2 rounded-full border border-brand-700',
                                !o.cancelled && 'bg-brand-700',
                              )}
                            />
                          ))}
                          {things.length > dotsShown ? (
                            <span className="text-xs leading-none font-semibold">+</span>
                          ) : null}
                        </span>
                      ) : null}
                      <span aria-hidden="true" className="hidden min-w-0 sm:block">
                        {things.slice(0, titlesShown).map((o) => (
                          <span
                            key={`${o.docName}|${o.key}`}
                            className={cn(
                              'block truncate rounded px-1 text-xs',
                              o.cancelled
                                ? 'bg-slate-100 text-slate-600 line-through'
                                : 'bg-brand-50 text-brand-950',
                            )}
                          >
                            {o.startTime} {o.item.title}
                          </span>
                        ))}
                        {things.length > titlesShown ? (
                          <span className="block px-1 text-xs font-semibold text-slate-700">
                            {t('list.month.more', { count: things.length - titlesShown })}
                          </span>
                        ) : null}
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-6" aria-live="polite">
        {day === null || picked === null ? (
          <p className="text-slate-700">{t('list.month.pickDay')}</p>
        ) : (
          <section aria-labelledby="agenda-month-day">
            <h3 id="agenda-month-day" className="mb-2 text-lg font-bold text-slate-950">
              {dayLabel(day)}
            </h3>
            {picked.length === 0 ? (
              <p className="text-slate-800">
                {filtered ? t('list.month.nothingFiltered') : t('list.month.nothingThatDay')}
              </p>
            ) : (
              <ul className="grid gap-3 md:grid-cols-2">{picked.map(renderCard)}</ul>
            )}
          </section>
        )}
      </div>
    </section>
  );
}
