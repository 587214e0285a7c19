/** The action items decided at one date of a meeting: the list, and a form to add one. */
import type { ActionItem } from '@opale/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDraftCheck } from '../utils/action-draft';
import type { SortedActions } from '../utils/action-list';
import { ActionForm } from './action-form';
import { ActionRow } from './action-row';

export interface ActionListRow {
  id: string;
  action: ActionItem;
}

export interface ActionItemsSectionProps {
  actions: SortedActions<ActionListRow>;
  today: string;
  nameOf: (organisationId: string) => string;
  /** Absent when this person may not add, tick or delete action items. */
  editing: {
    owners: readonly { id: string; name: string }[];
    defaultOwner: string;
    onAdd: (checked: Extract<ActionDraftCheck, { ok: true }>) => void;
    onToggle: (row: ActionListRow, done: boolean) => void;
    onDelete: (row: ActionListRow) => void;
  } | null;
}

export function ActionItemsSection({ actions, today, nameOf, editing }: ActionItemsSectionProps) {
  const { t } = useTranslation('agenda');
  const headingId = useId();
  const rows = [...actions.open, ...actions.done];
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-bold text-slate-950">
        {t('item.actions.heading')}
      </h2>
      {rows.length === 0 ? (
        <p className="text-slate-800">{t('item.actions.none')}</p>
      ) : (
        <ul className="space-y-2" aria-labelledby={headingId}>
          {rows.map((row) => (
            <ActionRow
              key={row.id}
              action={row.action}
              today={today}
              ownerName={nameOf(row.action.owner)}
              onToggle={editing ? (done) => editing.onToggle(row, done) : undefined}
              onDelete={editing ? () => editing.onDelete(row) : undefined}
            />
          ))}
        </ul>
      )}
      {editing ? (
        <ActionForm
          owners={editing.owners}
          defaultOwner={editing.defaultOwner}
          onAdd={editing.onAdd}
        />
      ) : (
        <p className="text-sm text-slate-700">{t('item.actions.readOnly')}</p>
      )}
    </section>
  );
}
