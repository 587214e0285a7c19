/**
 * Recording how a distribution went, in two taps: a status, then its one question (an
 * approximate count for "done", a short note for "disrupted", a confirmation for "cancelled").
 */
import type { OccurrenceStatus } from '@opale/core';
import { useState, type ComponentType, type FormEvent, type SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { CheckIcon, CrossIcon } from '@/components/ui/board-icons';
import { WarningIcon } from '@/components/ui/icons';
import { cn } from '@/lib/cn';
import { parseServedCount, statusLimits, type StatusChoice } from '../utils/status-draft';

type Asking = 'done' | 'cancelled' | 'disrupted';

const choices: {
  status: Asking;
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
  classes: string;
}[] = [
  { status: 'done', Icon: CheckIcon, classes: 'border-green-700 text-green-900 hover:bg-green-50' },
  { status: 'cancelled', Icon: CrossIcon, classes: 'border-red-700 text-red-900 hover:bg-red-50' },
  {
    status: 'disrupted',
    Icon: WarningIcon,
    classes: 'border-amber-700 text-amber-950 hover:bg-amber-50',
  },
];

export interface StatusControlsProps {
  /** Names the occurrence for screen readers: "Meal · Site Nord, 12:00–14:00". */
  label: string;
  current: OccurrenceStatus;
  onRecord: (choice: StatusChoice) => void;
}

export function StatusControls({ label, current, onRecord }: StatusControlsProps) {
  const { t } = useTranslation('schedule');
  // Once a status is recorded, changing it takes one more tap: no slip of the thumb undoes it.
  const [choosing, setChoosing] = useState(false);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [count, setCount] = useState('');
  const [note, setNote] = useState('');
  const [countError, setCountError] = useState<string | undefined>();

  function close() {
    setAsking(null);
    setChoosing(false);
    setCount('');
    setNote('');
    setCountError(undefined);
  }

  function record(choice: StatusChoice) {
    onRecord(choice);
    close();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (asking === 'done') {
      const servedCount = parseServedCount(count);
      if (servedCount === 'bad') {
        setCountError(t('today.mark.countInvalid'));
        return;
      }
      record({ status: 'done', servedCount });
    } else if (asking === 'disrupted') {
      record({ status: 'disrupted', note });
    } else if (asking === 'cancelled') {
      record({ status: 'cancelled' });
    }
  }

  if (asking !== null) {
    return (
      <form
        onSubmit={submit}
        noValidate
        aria-label={t('today.mark.group', { name: label })}
        className="mt-3 space-y-3 rounded-lg border border-slate-300 bg-slate-50 p-3"
      >
        {asking === 'done' ? (
          <TextField
            label={t('today.mark.countLabel')}
            hint={t('today.mark.countHint')}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            max={statusLimits.servedCount}
            autoFocus
            className="max-w-56"
            value={count}
            error={countError}
            onChange={(event) => {
              setCount(event.target.value);
              setCountError(undefined);
            }}
          />
        ) : asking === 'disrupted' ? (
          <TextField
            label={t('today.mark.noteLabel')}
            hint={t('today.mark.noteHint')}
            maxLength={statusLimits.note}
            autoComplete="off"
            autoFocus
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        ) : (
          <p className="font-medium text-slate-900">{t('today.mark.cancelQuestion')}</p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button
            type="submit"
            variant={asking === 'cancelled' ? 'danger' : 'primary'}
            autoFocus={asking === 'cancelled'}
          >
            {asking === 'done'
              ? t('today.mark.saveDone')
              : asking === 'disrupted'
                ? t('today.mark.saveDisrupted')
                : t('today.mark.saveCancelled')}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('today.mark.back')}
          </Button>
        </div>
      </form>
    );
  }

  if (current !== 'planned' && !choosing) {
    return (
      <div className="mt-2">
        <Button variant="ghost" size="sm" className="px-0" onClick={() => setChoosing(true)}>
          {t('today.mark.change')}
          <span className="sr-only"> — {label}</span>
        </Button>
      </div>
    );
  }

  return (
    <div role="group" aria-label={t('today.mark.group', { name: label })} className="mt-3">
      <div className="grid grid-cols-3 gap-2">
        {choices.map(({ status, Icon, classes }) => (
          <button
            key={status}
            type="button"
            aria-pressed={current === status}
            onClick={() => setAsking(status)}
            className={cn(
              'flex min-h-14 flex-col items-center justify-center gap-0.5 rounded-lg border-2 bg-white px-1 text-sm font-semibold',
              classes,
            )}
          >
            <Icon className="size-5" />
            {t(`today.mark.${status}`)}
          </button>
        ))}
      </div>
      {choosing ? (
        <div className="mt-2 flex flex-wrap gap-2">
          {current !== 'planned' ? (
            <Button variant="ghost" size="sm" onClick={() => record({ status: 'planned' })}>
              {t('today.mark.planned')}
            </Button>
          ) : null}
          <Button variant="ghost" size="sm" onClick={close}>
            {t('today.mark.back')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
