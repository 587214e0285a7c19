/**
 * The log's four filters folded into one line: a phone keeps its screen for the list. The line
 * says how many filters are on, so a narrowed list is never mistaken for an empty log.
 */
import { incidentTypes } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { FilterIcon } from '@/components/ui/board-icons';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { currentLocale } from '@/lib/i18n';
import {
  activeFilterCount,
  displayStatuses,
  incidentScopes,
  noFilters,
  type IncidentFilters,
  type IncidentScopeFilter,
} from '../utils/incident-list';
import { useStatusWord } from './incident-status-badge';

export interface IncidentFiltersPanelProps {
  filters: IncidentFilters;
  months: readonly string[];
  scopes: readonly IncidentScopeFilter[];
  onChange: (filters: IncidentFilters) => void;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "novembre 2026" / "November 2026". */
function monthName(month: string, locale: string): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(`${month}-15T12:00:00.000Z`));
}

export function IncidentFiltersPanel({
  filters,
  months,
  scopes,
  onChange,
}: IncidentFiltersPanelProps) {
  const { t } = useTranslation('incidents');
  const statusWord = useStatusWord();
  const locale = currentLocale();
  const active = activeFilterCount(filters);
  const set = <K extends keyof IncidentFilters>(key: K, value: string) =>
    onChange({ ...filters, [key]: value === '' ? null : value });
  const scopeWords: Record<IncidentScopeFilter, string> = {
    mine: t('list.log.filters.mine'),
    organisation: t('list.log.filters.organisation'),
    shared: t('list.log.filters.shared'),
  };
  // A scope from a shared link stays shown (and clearable) even when it does not apply here.
  const shownScopes = incidentScopes.filter((s) => scopes.includes(s) || filters.scope === s);

  return (
    <details className="mb-4 rounded-xl border border-slate-300 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl px-3 font-semibold text-slate-900 hover:bg-slate-50">
        <FilterIcon className="size-5 shrink-0" />
        {t('list.log.filters.toggle')}
        {active > 0 ? (
          <span className="rounded-full bg-brand-100 px-2 text-sm text-brand-900">
            {t('list.log.filters.active', { count: active })}
          </span>
        ) : null}
      </summary>
      <div className="grid gap-3 border-t border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label={t('list.log.filters.whose')}
          value={filters.scope ?? ''}
          onChange={(event) => set('scope', event.target.value)}
        >
          <option value="">{t('list.log.filters.allWhose')}</option>
          {shownScopes.map((scope) => (
            <option key={scope} value={scope}>
              {scopeWords[scope]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('list.log.filters.status')}
          value={filters.status ?? ''}
          onChange={(event) => set('status', event.target.value)}
        >
          <option value="">{t('list.log.filters.allStatuses')}</option>
          {displayStatuses.map((status) => (
            <option key={status} value={status}>
              {statusWord(status)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('list.log.filters.type')}
          value={filters.type ?? ''}
          onChange={(event) => set('type', event.target.value)}
        >
          <option value="">{t('list.log.filters.allTypes')}</option>
          {incidentTypes.map((type) => (
            <option key={type} value={type}>
              {t(`common.types.${type}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('list.log.filters.month')}
          value={filters.month ?? ''}
          onChange={(event) => set('month', event.target.value)}
        >
          <option value="">{t('list.log.filters.allMonths')}</option>
          {months.map((month) => (
            <option key={month} value={month}>
              {monthName(month, locale)}
            </option>
          ))}
        </SelectField>
        {active > 0 ? (
          <div className="sm:col-span-2 lg:col-span-4">
            <Button variant="ghost" size="sm" className="px-0" onClick={() => onChange(noFilters)}>
              {t('list.log.filters.clear')}
            </Button>
          </div>
        ) : null}
      </div>
    </details>
  );
}
