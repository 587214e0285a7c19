/**
 * The readings of the window, newest first: when, what it said, the places, who, and the note.
 * A list rather than a table, so that a long note wraps under its reading on a phone.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { readingRows, type HistoryReading } from '../utils/reading-rows';
import { StateLabel } from './status-look';

export function ReadingsList({ readings }: { readings: readonly HistoryReading[] }) {
  const { t } = useTranslation('capacity');
  const locale = currentLocale();
  if (readings.length === 0) return <p className="text-slate-700">{t('history.readings.none')}</p>;
  return (
    <ol className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
      {readingRows(readings).map((row) => (
        <li key={row.key} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-3">
          <time dateTime={row.at} className="w-full font-semibold text-slate-950 sm:w-48">
            {formatDateTime(row.at, locale)}
          </time>
          <StateLabel state={row.status} className="self-center" />
          <span className="tabular-nums">
            {row.counts === null
              ? t('history.readings.noCount')
              : t('history.readings.places', { counts: row.counts })}
          </span>
          <span className="text-slate-700">{t('history.readings.by', { by: row.by })}</span>
          {row.note ? <p className="w-full text-slate-800 sm:pl-52">{row.note}</p> : null}
          {row.sentLater ? (
            <p className="w-full text-sm text-slate-700 sm:pl-52">
              {t('history.readings.sentLater', { time: formatDateTime(row.recordedAt, locale) })}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
