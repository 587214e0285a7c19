/**
 * At which hours a service fills up: 24 bars, one per hour of the day in Paris, as tall as the
 * share of the window's days it was full during that hour; the numbers also as a table.
 */
import { useTranslation } from 'react-i18next';
import { hourBars } from '../utils/timeline-geometry';
import { patternFill } from './status-look';

const width = 240;
const height = 80;
/** The hours written under the bars; the table gives every one. */
const labelledHours = [0, 3, 6, 9, 12, 15, 18, 21];

export interface FullHoursChartProps {
  fullDaysByHour: readonly number[];
  /** The days of the window: a bar reaching the top means full at that hour every day. */
  days: number;
  patternPrefix: string;
}

export function FullHoursChart({ fullDaysByHour, days, patternPrefix }: FullHoursChartProps) {
  const { t } = useTranslation('capacity');
  const bars = hourBars(fullDaysByHour, days);
  const everFull = bars.some((bar) => bar.days > 0);

  return (
    <div className="space-y-3">
      <p className="text-slate-700">{t('history.hours.lead')}</p>
      {everFull ? null : <p className="font-semibold text-slate-900">{t('history.hours.none')}</p>}
      <figure>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          preserveAspectRatio="none"
          className="block h-28 w-full border-b-2 border-slate-500"
          role="img"
          aria-label={t('history.hours.chartLabel')}
        >
          {/* Quarter lines, so heights can be compared across the chart. */}
          {[0.25, 0.5, 0.75].map((level) => (
            <line
              key={level}
              x1={0}
              x2={width}
              y1={height * (1 - level)}
              y2={height * (1 - level)}
              stroke="#cbd5e1"
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {bars.map((bar) => (
            <rect
              key={bar.hour}
              x={bar.x * width}
              width={bar.width * width}
              y={height * (1 - bar.height)}
              height={height * bar.height}
              fill={patternFill(patternPrefix, 'full')}
              stroke="#7f1d1d"
              vectorEffect="non-scaling-stroke"
            >
              <title>{t('history.hours.bar', { hour: bar.hour, count: bar.days })}</title>
            </rect>
          ))}
        </svg>
        <div className="grid grid-cols-24 text-xs text-slate-700" aria-hidden="true">
          {bars.map((bar) => (
            <span key={bar.hour} className="text-center">
              {labelledHours.includes(bar.hour) ? bar.hour : ''}
            </span>
          ))}
        </div>
      </figure>

      <details className="rounded-lg border border-slate-300 bg-white">
        <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-semibold text-brand-800">
          {t('history.hours.showTable')}
        </summary>
        <div className="px-3 pb-3">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1.5 pr-3">
                  {t('history.hours.hour')}
                </th>
                <th scope="col" className="py-1.5 text-right">
                  {t('history.hours.days')}
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.hour} className="border-b border-slate-200 last:border-0">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {t('history.hours.hourValue', { hour: bar.hour, next: (bar.hour + 1) % 24 })}
                  </th>
                  <td className="py-1 text-right tabular-nums">{bar.days}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
