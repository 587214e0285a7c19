/**
 * Three filters folded into one line: a phone keeps its screen for the list. The line says how
 * many filters are on, so a narrowed list is never mistaken for an empty day.
 */
import { useTranslation } from 'react-i18next';
import { serviceTypeName } from '@/components/service-type-label';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FilterIcon } from '@/components/ui/board-icons';
import { serviceTypeOf } from '@opale/core';
import {
  activeFilterCount,
  noFilters,
  type FilterChoices,
  type TodayFilters,
} from '../utils/today-list';

export interface TodayFiltersProps {
  filters: TodayFilters;
  choices: FilterChoices;
  siteName: (id: string) => string;
  organisationName: (id: string) => string;
  onChange: (filters: TodayFilters) => void;
}

const byLabel = (label: (id: string) => string) => (a: string, b: string) =>
  label(a).localeCompare(label(b));

export function TodayFiltersPanel({
  filters,
  choices,
  siteName,
  organisationName,
  onChange,
}: TodayFiltersProps) {
  const { t } = useTranslation('schedule');
  const active = activeFilterCount(filters);
  const typeLabel = (code: string) => {
    const icon = serviceTypeOf(code)?.icon;
    return icon ? `${icon} ${serviceTypeName(code)}` : serviceTypeName(code);
  };
  const set = (key: keyof TodayFilters, value: string) =>
    onChange({ ...filters, [key]: value === '' ? null : value });

  return (
    <details className="mb-4 rounded-xl border border-slate-300 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl px-3 font-semibold text-slate-900 hover:bg-slate-50">
        <FilterIcon className="size-5 shrink-0" />
        {t('today.filters.toggle')}
        {active > 0 ? (
          <span className="rounded-full bg-brand-100 px-2 text-sm text-brand-900">
            {t('today.filters.active', { count: active })}
          </span>
        ) : null}
      </summary>
      <div className="grid gap-3 border-t border-slate-200 p-3 sm:grid-cols-3">
        <SelectField
          label={t('today.filters.site')}
          value={filters.site ?? ''}
          onChange={(event) => set('site', event.target.value)}
        >
          <option value="">{t('today.filters.allSites')}</option>
          {[...choices.sites].sort(byLabel(siteName)).map((id) => (
            <option key={id} value={id}>
              {siteName(id)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('today.filters.serviceType')}
          value={filters.serviceType ?? ''}
          onChange={(event) => set('serviceType', event.target.value)}
        >
          <option value="">{t('today.filters.allServiceTypes')}</option>
          {[...choices.serviceTypes].sort(byLabel(serviceTypeName)).map((code) => (
            <option key={code} value={code}>
              {typeLabel(code)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('today.filters.organisation')}
          value={filters.organisation ?? ''}
          onChange={(event) => set('organisation', event.target.value)}
        >
          <option value="">{t('today.filters.allOrganisations')}</option>
          {[...choices.organisations].sort(byLabel(organisationName)).map((id) => (
            <option key={id} value={id}>
              {organisationName(id)}
            </option>
          ))}
        </SelectField>
        {active > 0 ? (
          <div className="sm:col-span-3">
            <Button variant="ghost" size="sm" className="px-0" onClick={() => onChange(noFilters)}>
              {t('today.filters.clear')}
            </Button>
          </div>
        ) : null}
      </div>
    </details>
  );
}
