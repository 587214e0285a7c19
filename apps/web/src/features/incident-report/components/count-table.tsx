/** The numbers behind a chart, as a table under a "show as table" switch. */
import { useTranslation } from 'react-i18next';

export interface CountTableProps {
  caption: string;
  keyHeading: string;
  rows: readonly { key: string; label: string; count: number }[];
}

export function CountTable({ caption, keyHeading, rows }: CountTableProps) {
  const { t } = useTranslation('incidents');
  return (
    <details className="rounded-lg border border-slate-300 bg-white">
      <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-semibold text-brand-800">
        {t('report.charts.showTable')}
      </summary>
      <div className="px-3 pb-3">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3 font-semibold">
                {keyHeading}
              </th>
              <th scope="col" className="py-1 text-right font-semibold">
                {t('report.charts.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {row.label}
                </th>
                <td className="py-1 text-right tabular-nums">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
