/**
 * Counts over time as columns (months, days or weeks), in inline SVG with a text label per
 * column; the same numbers under "show as table".
 */
import { useTranslation } from 'react-i18next';
import { Section } from '@/components/ui/page';
import { columnBars, labelledIndexes } from '../utils/chart-geometry';
import { CountTable } from './count-table';

const width = 300;
const height = 100;

export interface ColumnChartProps {
  title: string;
  points: readonly { key: string; count: number }[];
  /** A short label under a column, and the full one for the table and the tooltip. */
  shortLabel: (key: string) => string;
  longLabel: (key: string) => string;
}

export function ColumnChart({ title, points, shortLabel, longLabel }: ColumnChartProps) {
  const { t } = useTranslation('incidents');
  const bars = columnBars(points);
  const labelled = labelledIndexes(points.length, 6);
  return (
    <Section title={title}>
      <div className="space-y-3">
        <figure>
          <svg
            viewBox={`0 0 ${width} ${height}`}
            preserveAspectRatio="none"
            className="block h-40 w-full border-b-2 border-slate-500"
            role="img"
            aria-label={title}
          >
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
                key={bar.key}
                x={bar.x * width}
                width={bar.width * width}
                y={height * (1 - bar.height)}
                height={height * bar.height}
                className="fill-brand-700"
              >
                <title>
                  {t('report.charts.bar', { label: longLabel(bar.key), count: bar.count })}
                </title>
              </rect>
            ))}
          </svg>
          <div className="flex text-xs text-slate-700" aria-hidden="true">
            {points.map((point, i) => (
              <span
                key={point.key}
                className="min-w-0 flex-1 overflow-visible text-center whitespace-nowrap"
              >
                {labelled.has(i) ? shortLabel(point.key) : ''}
              </span>
            ))}
          </div>
        </figure>
        <CountTable
          caption={title}
          keyHeading={t('report.charts.when')}
          rows={points.map((p) => ({ key: p.key, label: longLabel(p.key), count: p.count }))}
        />
      </div>
    </Section>
  );
}
