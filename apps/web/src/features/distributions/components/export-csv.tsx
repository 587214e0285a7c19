/** A download of the platform's distributions over a chosen period, as CSV (session cookie). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClasses } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ErrorMessage } from '@/components/ui/message';
import {
  defaultExportRange,
  exportRangeProblem,
  exportUrl,
  maxExportDays,
} from '../utils/export-range';

export function ExportCsv({ platform, today }: { platform: string; today: string }) {
  const { t } = useTranslation('schedule');
  const [range, setRange] = useState(() => defaultExportRange(today));
  const problem = exportRangeProblem(range.from, range.to);
  return (
    <div className="space-y-3">
      <p className="text-slate-800">{t('exportCsv.lead', { max: maxExportDays })}</p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <TextField
          type="date"
          label={t('exportCsv.from')}
          value={range.from}
          onChange={(e) => setRange({ ...range, from: e.target.value })}
        />
        <TextField
          type="date"
          label={t('exportCsv.to')}
          value={range.to}
          onChange={(e) => setRange({ ...range, to: e.target.value })}
        />
        {problem ? null : (
          <a
            href={exportUrl(platform, range.from, range.to)}
            download={`distributions-${range.from}-${range.to}.csv`}
            className={buttonClasses('secondary')}
          >
            {t('exportCsv.download')}
          </a>
        )}
      </div>
      <ErrorMessage>
        {problem ? t(`exportCsv.problems.${problem}`, { max: maxExportDays }) : null}
      </ErrorMessage>
    </div>
  );
}
