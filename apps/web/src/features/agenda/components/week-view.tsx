/**
 * One week, Monday to Sunday: a list of days on a phone, seven columns on a wide screen. Each
 * item links to its page, where answers, notes and actions are.
 */
import { addDays, weekStartOf } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { cn } from '@/lib/cn';
import { formatDayRange, formatShortWeekdayDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { BoardOccurrence } from '../utils/agenda-occurrences';
import { byDate, weekDays } from '../utils/calendar-grid';
import { CompactAgendaCard } from './agenda-card';
import { useDayLabel } from './day-label';
import { PeriodNav } from './period-nav';

export interface WeekViewProps {
  platform: string;
  /** The Monday of the week shown. */
  week: string;
  today: string;
  /** The week's occurrences, filtered. */
  occurrences: readonly BoardOccurrence[];
  filtered: boolean;
  onWeek: (monday: string) => void;
}

export function WeekView({ platform, week, today, occurrences, filtered, onWeek }: WeekViewProps) {
  const { t } = useTranslation('agenda');
  const locale = currentLocale();
  const dayLabel = useDayLabel(today);
  const days = weekDays(week);
  const onDay = byDate(occurrences);
  const thisWeek = weekStartOf(today);

  return (
    <section aria-labelledby="agenda-week">
      <PeriodNav
        headingId="agenda-week"
        heading={t('list.week.heading', {
          range: formatDayRange(days[0] ?? week, days[6] ?? week, locale),
        })}
        previousLabel={t('list.week.previous')}
        nextLabel={t('list.week.next')}
        currentLabel={t('list.week.current')}
        atCurrent={week === thisWeek}
        onPrevious={() => onWeek(addDays(week, -7))}
        onNext={() => onWeek(addDays(week, 7))}
        onCurrent={() => onWeek(thisWeek)}
      />
      {filtered && occurrences.length === 0 ? (
        <p className="mb-4 text-slate-800">{t('list.week.nothingFiltered')}</p>
      ) : null}
      <ol className="grid gap-4 lg:grid-cols-7 lg:gap-2">
        {days.map((date) => {
          const things = onDay.get(date) ?? [];
          const isToday = date === today;
          return (
            <li
              key={date}
              aria-labelledby={`agenda-week-${date}`}
              aria-current={isToday ? 'date' : undefined}
              className={cn(
                'min-w-0 rounded-xl lg:border lg:p-1.5',
                isToday ? 'lg:border-brand-700 lg:bg-brand-50' : 'lg:border-slate-200',
              )}
            >
              <h3
                id={`agenda-week-${date}`}
                className="mb-2 text-lg font-bold text-slate-950 lg:text-sm"
              >
                <span className="lg:hidden">{dayLabel(date)}</span>
                <span className="hidden lg:block">
                  {formatShortWeekdayDay(date, locale)}
                  {isToday ? (
                    <span className="block font-semibold text-brand-900">
                      {t('list.day.todayShort')}
                    </span>
                  ) : null}
                </span>
              </h3>
              {things.length === 0 ? (
                <p className="text-sm text-slate-700">{t('list.week.nothing')}</p>
              ) : (
                <ul className="grid gap-2">
                  {things.map((occurrence) => (
                    <CompactAgendaCard
                      key={`${occurrence.docName}|${occurrence.key}`}
                      occurrence={occurrence}
                      platform={platform}
                    />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
