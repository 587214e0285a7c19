/** Links to the same history over a day, a week or a month; the window lives in the address. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cn } from '@/lib/cn';
import {
  historyWindows,
  historyWindowSearch,
  type HistoryWindowDays,
} from '../utils/history-window';

export function WindowSwitch({ current }: { current: HistoryWindowDays }) {
  const { t } = useTranslation('capacity');
  return (
    <nav aria-label={t('history.window.label')}>
      <ul className="inline-flex overflow-hidden rounded-lg border border-slate-400 bg-white">
        {historyWindows.map((days) => (
          <li key={days} className="border-l border-slate-400 first:border-l-0">
            <Link
              to={{ search: historyWindowSearch(days) }}
              replace
              preventScrollReset
              aria-current={days === current ? 'page' : undefined}
              className={cn(
                'inline-flex min-h-11 items-center px-4 font-semibold',
                days === current ? 'bg-brand-700 text-white' : 'text-brand-800 hover:bg-slate-100',
              )}
            >
              {days === 1 ? t('history.window.day') : t('history.window.days', { count: days })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
