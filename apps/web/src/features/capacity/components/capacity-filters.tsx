/**
 * The board's filters folded into one line: a phone keeps its screen for the services. The line
 * says how many filters are on, so a narrowed board is never mistaken for an empty one.
 */
import { serviceTypeOf } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { serviceTypeName } from '@/components/service-type-label';
import { FilterIcon } from '@/components/ui/board-icons';
import { Button } from '@/components/ui/button';
import { CheckboxField, SelectField } from '@/components/ui/field';
import {
  activeFilterCount,
  noFilters,
  type CapacityFilters,
  type FilterChoices,
} from '../utils/capacity-list';

export interface CapacityFiltersProps {
  filters: CapacityFilters;
  choices: FilterChoices;
  organisationName: (id: string) => string;
  onChange: (filters: CapacityFilters) => void;
}

const byLabel = (label: (id: string) => string) => (a: string, b: string) =>
  label(a).localeCompare(label(b));

export function CapacityFiltersPanel({
  filters,
  choices,
  organisationName,
  onChange,
}: CapacityFiltersProps) {
  const { t } = useTranslation('capacity');
  const active = activeFilterCount(filters);
  const typeLabel = (code: string) => {
    const icon = serviceTypeOf(code)?.icon;
    return icon ? `${icon} ${serviceTypeName(code)}` : serviceTypeName(code);
  };
  const choose = <K extends keyof CapacityFilters>(key: K, value: CapacityFilters[K]) =>
    onChange({ ...filters, [key]: value });

  return (
    <details className="mb-4 rounded-xl border border-slate-300 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl px-3 font-semibold text-slate-900 hover:bg-slate-50">
        <FilterIcon className="size-5 shrink-0" />
        {t('filters.toggle')}
        {active > 0 ? (
          <span className="rounded-full bg-brand-100 px-2 text-sm text-brand-900">
            {t('filters.active', { count: active })}
          </span>
        ) : null}
      </summary>
      <div className="grid gap-3 border-t border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label={t('filters.serviceType')}
          value={filters.serviceType ?? ''}
          onChange={(event) => choose('serviceType', event.target.value || null)}
        >
          <option value="">{t('filters.allServiceTypes')}</option>
          {[...choices.serviceTypes].sort(byLabel(serviceTypeName)).map((code) => (
            <option key={code} value={code}>
              {typeLabel(code)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('filters.organisation')}
          value={filters.organisation ?? ''}
          onChange={(event) => choose('organisation', event.target.value || null)}
        >
          <option value="">{t('filters.allOrganisations')}</option>
          {[...choices.organisations].sort(byLabel(organisationName)).map((id) => (
            <option key={id} value={id}>
              {organisationName(id)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('filters.status')}
          value={filters.status ?? ''}
          onChange={(event) =>
            choose(
              'status',
              choices.statuses.find((status) => status === event.target.value) ?? null,
            )
          }
        >
          <option value="">{t('filters.allStatuses')}</option>
          {choices.statuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('filters.audience')}
          hint={t('filters.audienceHint')}
          value={filters.audience ?? ''}
          onChange={(event) =>
            choose(
              'audience',
              choices.audiences.find((audience) => audience === event.target.value) ?? null,
            )
          }
        >
          <option value="">{t('filters.allAudiences')}</option>
          {choices.audiences.map((audience) => (
            <option key={audience} value={audience}>
              {t(`audiences.${audience}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          className="sm:col-span-2 lg:col-span-4"
          label={t('filters.toConfirm')}
          hint={t('filters.toConfirmHint')}
          checked={filters.toConfirm}
          onChange={(event) => choose('toConfirm', event.target.checked)}
        />
        {active > 0 ? (
          <div className="sm:col-span-2 lg:col-span-4">
            <Button variant="ghost" size="sm" className="px-0" onClick={() => onChange(noFilters)}>
              {t('filters.clear')}
            </Button>
          </div>
        ) : null}
      </div>
    </details>
  );
}
