/**
 * Counts by category as horizontal bars. It is a table already (name, number, bar), so a screen
 * reader reads the numbers and the bars stay decorative.
 */
import { useTranslation } from 'react-i18next';
import { Section } from '@/components/ui/page';
import { barShare } from '../utils/chart-geometry';

export interface BarTableProps {
  title: string;
  counts: readonly { key: string; count: number }[];
  labelOf: (key: string) => string;
}

export function BarTable({ title, counts, labelOf }: BarTableProps) {
  const { t } = useTranslation('incidents');
  const largest = Math.max(0, ...counts.map((c) => c.count));
  return (
    <Section title={title}>
      <table className="w-full text-left text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('report.charts.what')}</th>
            <th scope="col">{t('report.charts.count')}</th>
            <th scope="col">{t('report.charts.barColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr key={c.key} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-1.5 pr-3 font-normal text-slate-900">
                {labelOf(c.key)}
              </th>
              <td className="w-12 py-1.5 pr-3 text-right font-semibold tabular-nums">{c.count}</td>
              <td className="w-2/5 py-1.5" aria-hidden="true">
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="block h-3 w-full">
                  <rect
                    width={barShare(c.count, largest) * 100}
                    height={10}
                    className="fill-brand-700"
                  />
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
