/**
 * The agenda's filters folded into one line, so a phone keeps its screen for the list; the line
 * says how many are on, so a narrowed agenda is never mistaken for an empty one.
 */
import { agendaKinds } from '@opale/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterIcon } from '@/components/ui/board-icons';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import {
  activeFilterCount,
  noFilters,
  platformAgenda,
  toggleKind,
  type AgendaFilters,
  type FilterChoices,
} from '../utils/agenda-filters';

export interface AgendaFiltersPanelProps {
  filters: AgendaFilters;
  choices: FilterChoices;
  organisationName: (id: string) => string;
  onChange: (filters: AgendaFilters) => void;
}

export function AgendaFiltersPanel({
  filters,
  choices,
  organisationName,
  onChange,
}: AgendaFiltersPanelProps) {
  const { t } = useTranslation('agenda');
  const kindsHintId = useId();
  const active = activeFilterCount(filters);
  const organisations = [...choices.organisations].sort((a, b) =>
    organisationName(a).localeCompare(organisationName(b)),
  );

  return (
    <details className="mb-4 rounded-xl border border-slate-300 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl px-3 font-semibold text-slate-900 hover:bg-slate-50">
        <FilterIcon className="size-5 shrink-0" />
        {t('list.filters.toggle')}
        {active > 0 ? (
          <span className="rounded-full bg-brand-100 px-2 text-sm text-brand-900">
            {t('list.filters.active', { count: active })}
          </span>
        ) : null}
      </summary>
      <div className="space-y-4 border-t border-slate-200 p-3">
        <fieldset aria-describedby={kindsHintId}>
          <legend className="mb-1 font-medium text-slate-900">{t('list.filters.kinds')}</legend>
          <p id={kindsHintId} className="mb-2 text-sm text-slate-700">
            {t('list.filters.kindsHint')}
          </p>
          <div className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {agendaKinds.map((kind) => (
              <label
                key={kind}
                className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-1 hover:bg-slate-50"
              >
                <input
                  type="checkbox"
                  checked={filters.kinds.includes(kind)}
                  onChange={(event) => onChange(toggleKind(filters, kind, event.target.checked))}
                  className="size-6 shrink-0 accent-brand-700"
                />
                <span className="text-slate-900">{t(`kinds.${kind}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            label={t('list.filters.organisation')}
            hint={t('list.filters.organisationHint')}
            value={filters.organisation ?? ''}
            onChange={(event) => onChange({ ...filters, organisation: event.target.value || null })}
          >
            <option value="">{t('list.filters.allOrganisations')}</option>
            {organisations.map((id) => (
              <option key={id} value={id}>
                {organisationName(id)}
              </option>
            ))}
          </SelectField>
          {choices.groups.length > 0 ? (
            <SelectField
              label={t('list.filters.agenda')}
              value={filters.agenda ?? ''}
              onChange={(event) => onChange({ ...filters, agenda: event.target.value || null })}
            >
              <option value="">{t('list.filters.allAgendas')}</option>
              <option value={platformAgenda}>{t('platformAgenda')}</option>
              {choices.groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {t('restricted', { group: group.name })}
                </option>
              ))}
            </SelectField>
          ) : null}
        </div>
        {active > 0 ? (
          <Button variant="ghost" size="sm" className="px-0" onClick={() => onChange(noFilters)}>
            {t('list.filters.clear')}
          </Button>
        ) : null}
      </div>
    </details>
  );
}
