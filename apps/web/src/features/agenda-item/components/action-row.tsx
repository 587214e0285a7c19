/**
 * One action item: what to do, who owes it, by when (an overdue one says so in words and with an
 * icon, never colour alone), and whether it is done. Those who may tick it get a checkbox named
 * by the action itself.
 */
import { isOverdue, type ActionItem } from '@opale/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { CheckIcon } from '@/components/ui/board-icons';
import { WarningIcon } from '@/components/ui/icons';
import { cn } from '@/lib/cn';
import { formatDateTime, formatDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';

export interface ActionRowProps {
  action: ActionItem;
  today: string;
  /** Shown when the list mixes owners (an item's page); left out under an owner's heading. */
  ownerName?: string;
  /** Where it came from (the overview); null when that meeting was deleted. */
  meeting?: { label: string; href: string } | null;
  /** Absent when this person may not tick it. */
  onToggle?: (done: boolean) => void;
  /** Absent when this person may not delete it (or the list does not offer it). */
  onDelete?: () => void;
}

export function ActionRow({
  action,
  today,
  ownerName,
  meeting,
  onToggle,
  onDelete,
}: ActionRowProps) {
  const { t } = useTranslation('agenda');
  const locale = currentLocale();
  const id = useId();
  const overdue = isOverdue(action, today);
  const detailsId = `${id}-details`;

  const text = (
    <span
      className={cn(
        'font-semibold break-words',
        action.done ? 'text-slate-700 line-through decoration-slate-500' : 'text-slate-950',
      )}
    >
      {action.text}
    </span>
  );

  return (
    <li
      className={cn(
        'rounded-xl border bg-white p-3',
        overdue ? 'border-red-300' : 'border-slate-300',
      )}
    >
      <div className="flex items-start gap-3">
        {onToggle ? (
          <>
            <input
              id={id}
              type="checkbox"
              checked={action.done}
              onChange={(event) => onToggle(event.target.checked)}
              aria-describedby={detailsId}
              className="mt-0.5 size-6 shrink-0 accent-brand-700"
            />
            <label htmlFor={id} className="min-w-0 flex-1">
              {text}
            </label>
          </>
        ) : (
          <p className="min-w-0 flex-1">
            <span
              className={cn(
                'mr-2 inline-flex items-center gap-1 rounded-full border px-2 text-sm font-medium',
                action.done
                  ? 'border-green-300 bg-green-50 text-green-900'
                  : 'border-slate-300 bg-slate-50 text-slate-800',
              )}
            >
              {action.done ? <CheckIcon className="size-4" /> : null}
              {action.done ? t('item.actions.done') : t('item.actions.open')}
            </span>
            {text}
          </p>
        )}
        {onDelete ? (
          <Button
            variant="ghost"
            size="sm"
            className="-my-2 shrink-0 text-red-800"
            aria-label={t('item.actions.deleteNamed', { text: action.text })}
            onClick={onDelete}
          >
            {t('item.actions.delete')}
          </Button>
        ) : null}
      </div>
      <div id={detailsId} className={cn('mt-1 space-y-0.5 text-sm', onToggle && 'pl-9')}>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-800">
          {ownerName !== undefined ? (
            <span>{t('item.actions.owner', { organisation: ownerName })}</span>
          ) : null}
          {overdue && action.due !== null ? (
            <span className="inline-flex items-center gap-1 font-semibold text-red-800">
              <WarningIcon className="size-4 shrink-0" />
              {t('item.actions.overdue')}
              <span className="font-normal">
                · {t('item.actions.due', { date: formatDay(action.due, locale) })}
              </span>
            </span>
          ) : (
            <span>
              {action.due !== null
                ? t('item.actions.due', { date: formatDay(action.due, locale) })
                : t('item.actions.noDue')}
            </span>
          )}
        </p>
        {action.done && action.doneBy !== null ? (
          <p className="text-slate-700">
            {t('item.actions.doneBy', {
              name: action.doneBy,
              time: action.doneAt !== null ? formatDateTime(action.doneAt, locale) : '',
            })}
          </p>
        ) : null}
        {meeting === null ? (
          <p className="text-slate-700">{t('item.overview.meetingDeleted')}</p>
        ) : meeting !== undefined ? (
          <p>
            <Link
              to={meeting.href}
              className="font-medium text-brand-800 underline underline-offset-2 hover:no-underline"
            >
              {t('item.overview.meeting', { meeting: meeting.label })}
            </Link>
          </p>
        ) : null}
      </div>
    </li>
  );
}
