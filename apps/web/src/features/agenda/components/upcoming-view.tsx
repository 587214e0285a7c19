/** The coming six weeks as a list of the days that hold something: the agenda's first view. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { DayOf } from '../utils/calendar-grid';
import type { BoardOccurrence } from '../utils/agenda-occurrences';
import { useDayLabel } from './day-label';

export interface UpcomingViewProps {
  days: DayOf<BoardOccurrence>[];
  today: string;
  lastDay: string;
  /** What to say when no day holds anything. */
  emptyText: string;
  renderCard: (occurrence: BoardOccurrence) => ReactNode;
}

export function UpcomingView({ days, today, lastDay, emptyText, renderCard }: UpcomingViewProps) {
  const { t } = useTranslation('agenda');
  const locale = currentLocale();
  const dayLabel = useDayLabel(today);
  return (
    <section aria-labelledby="agenda-upcoming">
      <h2 id="agenda-upcoming" className="sr-only">
        {t('list.upcoming.heading')}
      </h2>
      {days.length === 0 ? (
        <p className="text-slate-800">{emptyText}</p>
      ) : (
        <div className="space-y-6">
          {days.map(({ date, things }) => (
            <section key={date} aria-labelledby={`agenda-day-${date}`}>
              <h3
                id={`agenda-day-${date}`}
                className="sticky top-13 z-10 -mx-4 mb-2 bg-slate-50/95 px-4 py-1 text-lg font-bold text-slate-950"
              >
                {dayLabel(date)}
              </h3>
              <ul className="grid gap-3 md:grid-cols-2">{things.map(renderCard)}</ul>
            </section>
          ))}
        </div>
      )}
      <p className="mt-6 text-sm text-slate-700">
        {t('list.upcoming.until', { day: formatDay(lastDay, locale) })}
      </p>
    </section>
  );
}
