/**
 * The period (last 3 months, last 12 months, or two dates) and which reports to count. Both live
 * in the address, so a report can be bookmarked and sent to a colleague who may read the same.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import { reportScopes, reportSearch, type ReportQuery } from '../utils/report-query';

const switchItem = (current: boolean) =>
  cn(
    'inline-flex min-h-11 items-center px-4 font-semibold',
    current ? 'bg-brand-700 text-white' : 'text-brand-800 hover:bg-slate-100',
  );

export function ReportControls({
  query,
  organisationName,
}: {
  query: ReportQuery;
  organisationName: string;
}) {
  const { t } = useTranslation('incidents');
  const navigate = useNavigate();
  const [from, setFrom] = useState(query.from);
  const [to, setTo] = useState(query.to);
  const [customOpen, setCustomOpen] = useState(query.period === 'custom');
  const order = to < from;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (order) return;
    void navigate(
      { search: reportSearch({ period: 'custom', scope: query.scope, from, to }) },
      { replace: true, preventScrollReset: true },
    );
  };

  return (
    <div className="space-y-4">
      <nav aria-label={t('report.period.label')} className="flex flex-wrap items-center gap-3">
        <ul className="inline-flex overflow-hidden rounded-lg border border-slate-400 bg-white">
          {(['3m', '12m'] as const).map((period) => (
            <li key={period} className="border-l border-slate-400 first:border-l-0">
              <Link
                to={{ search: reportSearch({ period, scope: query.scope }) }}
                replace
                preventScrollReset
                onClick={() => setCustomOpen(false)}
                aria-current={query.period === period ? 'page' : undefined}
                className={switchItem(query.period === period)}
              >
                {t(`report.period.${period}`)}
              </Link>
            </li>
          ))}
          <li className="border-l border-slate-400">
            <button
              type="button"
              aria-expanded={customOpen}
              onClick={() => setCustomOpen((open) => !open)}
              className={switchItem(query.period === 'custom')}
            >
              {t('report.period.custom')}
            </button>
          </li>
        </ul>
      </nav>

      {customOpen ? (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-3" noValidate>
          <TextField
            type="date"
            label={t('report.period.from')}
            value={from}
            max={to}
            required
            onChange={(event) => setFrom(event.target.value)}
          />
          <TextField
            type="date"
            label={t('report.period.to')}
            value={to}
            min={from}
            required
            error={order ? t('report.period.order') : undefined}
            onChange={(event) => setTo(event.target.value)}
          />
          <Button type="submit" variant="secondary" disabled={!from || !to || order}>
            {t('report.period.apply')}
          </Button>
        </form>
      ) : null}

      <nav aria-label={t('report.scope.label')}>
        <ul className="inline-flex flex-wrap overflow-hidden rounded-lg border border-slate-400 bg-white">
          {reportScopes.map((scope) => (
            <li key={scope} className="border-l border-slate-400 first:border-l-0">
              <Link
                to={{ search: reportSearch({ ...query, scope }) }}
                replace
                preventScrollReset
                aria-current={query.scope === scope ? 'page' : undefined}
                className={switchItem(query.scope === scope)}
              >
                {t(`report.scope.${scope}`, { organisation: organisationName })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
