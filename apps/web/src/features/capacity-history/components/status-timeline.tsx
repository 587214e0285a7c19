/**
 * A service's status through the window as one strip: each stretch in its state's colour and
 * texture, Paris days marked under it, a key beside it, and the same stretches as a list for
 * those who do not read the picture.
 */
import type { HistoryState } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatShortWeekdayDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { timelineBlocks, timelineTicks, type TimeWindow } from '../utils/timeline-geometry';
import { historyStates, patternFill, StateLabel, StateSwatch } from './status-look';

/** The strip's drawing units; it stretches to the width of the screen. */
const width = 1000;
const height = 40;

export interface StatusTimelineProps {
  segments: readonly { state: HistoryState; from: string; to: string }[];
  window: TimeWindow;
  days: number;
  patternPrefix: string;
}

export function StatusTimeline({ segments, window, days, patternPrefix }: StatusTimelineProps) {
  const { t } = useTranslation('capacity');
  const locale = currentLocale();
  const blocks = timelineBlocks(segments, window);
  const ticks = timelineTicks(window, days);
  const shownStates = historyStates.filter((state) => blocks.some((b) => b.state === state));

  return (
    <div className="space-y-3">
      <figure>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          preserveAspectRatio="none"
          className="block h-12 w-full rounded border border-slate-500 bg-white"
          role="img"
          aria-label={t('history.timeline.chartLabel', {
            from: formatDateTime(window.from, locale),
            to: formatDateTime(window.to, locale),
          })}
        >
          {blocks.map((block) => (
            <rect
              key={block.from}
              x={block.x * width}
              width={block.width * width}
              y={0}
              height={height}
              fill={patternFill(patternPrefix, block.state)}
            >
              <title>
                {`${t(`history.states.${block.state}`)}: ${formatDateTime(block.from, locale)} – ${formatDateTime(block.to, locale)}`}
              </title>
            </rect>
          ))}
          {ticks.map((tick) => (
            <line
              key={`${tick.date} ${tick.time}`}
              x1={tick.x * width}
              x2={tick.x * width}
              y1={0}
              y2={height}
              stroke="#0f172a"
              strokeOpacity={tick.label ? 0.6 : 0.3}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </svg>
        <div className="relative h-5 text-xs text-slate-700" aria-hidden="true">
          {ticks
            .filter((tick) => tick.label !== null)
            .map((tick) => (
              <span
                key={`${tick.date} ${tick.time}`}
                className="absolute top-0.5 whitespace-nowrap"
                style={{
                  left: `${tick.x * 100}%`,
                  transform: `translateX(${tick.x < 0.06 ? '0' : tick.x > 0.94 ? '-100%' : '-50%'})`,
                }}
              >
                {tick.label === 'time' ? tick.time : formatShortWeekdayDay(tick.date, locale)}
              </span>
            ))}
        </div>
        <figcaption className="mt-2">
          <span className="sr-only">{t('history.timeline.legend')}</span>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {shownStates.map((state) => (
              <li key={state} className="inline-flex items-center gap-1.5">
                <StateSwatch state={state} prefix={patternPrefix} />
                <StateLabel state={state} />
              </li>
            ))}
          </ul>
          {shownStates.includes('unconfirmed') ? (
            <p className="mt-1 text-sm text-slate-700">{t('history.timeline.unconfirmedHint')}</p>
          ) : null}
        </figcaption>
      </figure>

      <details className="rounded-lg border border-slate-300 bg-white">
        <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-semibold text-brand-800">
          {t('history.timeline.showList')}
        </summary>
        <div className="overflow-x-auto px-3 pb-3">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1.5 pr-3">
                  {t('history.timeline.from')}
                </th>
                <th scope="col" className="py-1.5 pr-3">
                  {t('history.timeline.to')}
                </th>
                <th scope="col" className="py-1.5">
                  {t('history.timeline.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {segments.map((segment) => (
                <tr key={segment.from} className="border-b border-slate-200 last:border-0">
                  <td className="py-1.5 pr-3 whitespace-nowrap">
                    {formatDateTime(segment.from, locale)}
                  </td>
                  <td className="py-1.5 pr-3 whitespace-nowrap">
                    {formatDateTime(segment.to, locale)}
                  </td>
                  <td className="py-1.5">
                    <StateLabel state={segment.state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
