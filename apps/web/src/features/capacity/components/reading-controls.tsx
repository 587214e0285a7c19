/**
 * Confirming a service's status in one tap: four big buttons, always in view (tapping the same
 * status again confirms it still holds). The numbers and a note are one tap further, folded away:
 * open them, type, then tap the status.
 */
import { capacityStatuses, type CapacityStatus } from '@opale/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronRightIcon } from '@/components/ui/board-icons';
import { TextField } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import {
  checkReadingDraft,
  emptyReadingDraft,
  readingLimits,
  type ReadingDraft,
  type ReadingProblem,
  type ReadingProblems,
} from '../utils/reading-draft';
import { statusLooks } from './capacity-status';

export interface ReadingControlsProps {
  /** The service's name, for screen readers: "Confirm the status of Night shelter". */
  serviceName: string;
  /** The status as last recorded and still confirmed; null otherwise. */
  current: CapacityStatus | null;
  /** The service's total, offered in the numbers. */
  total: number | null;
  /** Null when the numbers and note were left folded. */
  onRecord: (status: CapacityStatus, numbers: ReadingDraft | null) => void;
}

export function ReadingControls({ serviceName, current, total, onRecord }: ReadingControlsProps) {
  const { t } = useTranslation('capacity');
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(() => emptyReadingDraft(total));
  const [problems, setProblems] = useState<ReadingProblems>({});
  const groupId = useId();
  const numbersId = useId();

  const message = (problem: ReadingProblem | undefined) => {
    if (!problem) return undefined;
    if (problem === 'moreThanTotal') {
      return t('reading.errors.moreThanTotal', { total: draft.total.trim() });
    }
    if (problem === 'tooLong') return t('reading.errors.tooLong', { max: readingLimits.note });
    return t('reading.errors.badCount');
  };

  const set = (field: keyof ReadingDraft, value: string) => {
    setDraft((was) => ({ ...was, [field]: value }));
    setProblems((was) => ({ ...was, [field]: undefined }));
  };

  function record(status: CapacityStatus) {
    if (open) {
      const found = checkReadingDraft(draft);
      setProblems(found);
      const first = Object.keys(found)[0];
      if (first) {
        document.getElementById(`${numbersId}-${first}`)?.focus();
        return;
      }
    }
    onRecord(status, open ? draft : null);
    setOpen(false);
    setDraft(emptyReadingDraft(total));
    setProblems({});
  }

  return (
    <div className="mt-3 border-t border-slate-200 pt-3">
      <p id={groupId} className="mb-2 text-sm font-semibold text-slate-800">
        {t('reading.prompt')}
        <span className="sr-only"> — {serviceName}</span>
      </p>
      <div role="group" aria-labelledby={groupId} className="grid grid-cols-4 gap-1.5">
        {capacityStatuses.map((status) => {
          const { Icon, button, pressed } = statusLooks[status];
          return (
            <button
              key={status}
              type="button"
              aria-pressed={current === status}
              onClick={() => record(status)}
              className={cn(
                'flex min-h-14 flex-col items-center justify-center gap-0.5 rounded-lg border-2 bg-white px-0.5 text-sm font-semibold',
                button,
                current === status && pressed,
              )}
            >
              <Icon className="size-5 shrink-0" />
              {t(`status.${status}`)}
            </button>
          );
        })}
      </div>
      <details
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
        className="group mt-2"
      >
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1.5 font-semibold text-brand-800 [&::-webkit-details-marker]:hidden">
          <ChevronRightIcon className="size-5 shrink-0 transition-transform group-open:rotate-90" />
          {t('reading.numbers')}
          <span className="sr-only"> — {serviceName}</span>
        </summary>
        <div className="mt-1 space-y-3 rounded-lg border border-slate-300 bg-slate-50 p-3">
          <div className="grid grid-cols-2 items-start gap-3">
            <TextField
              id={`${numbersId}-available`}
              label={t('reading.available')}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={draft.available}
              error={message(problems.available)}
              onChange={(event) => set('available', event.target.value)}
            />
            <TextField
              id={`${numbersId}-total`}
              label={t('reading.total')}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={draft.total}
              error={message(problems.total)}
              onChange={(event) => set('total', event.target.value)}
            />
          </div>
          <TextField
            id={`${numbersId}-note`}
            label={t('reading.note')}
            hint={t('reading.noteHint')}
            maxLength={readingLimits.note}
            autoComplete="off"
            value={draft.note}
            error={message(problems.note)}
            onChange={(event) => set('note', event.target.value)}
          />
          <p className="text-sm text-slate-700">{t('reading.thenTap')}</p>
        </div>
      </details>
    </div>
  );
}
