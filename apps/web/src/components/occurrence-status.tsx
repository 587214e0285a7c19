/**
 * How a distribution went, for everyone, live: an icon, a word and a colour together (never the
 * colour alone). A date the organisation cancelled in advance reads as cancelled too.
 */
import type { Occurrence, OccurrenceStatus } from '@opale/core';
import type { ComponentType, SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '@/lib/cn';
import { CheckIcon, ClockIcon, CrossIcon } from './ui/board-icons';
import { WarningIcon } from './ui/icons';

const shown: Record<
  OccurrenceStatus,
  { Icon: ComponentType<SVGProps<SVGSVGElement>>; classes: string }
> = {
  planned: { Icon: ClockIcon, classes: 'border-slate-300 bg-slate-50 text-slate-800' },
  done: { Icon: CheckIcon, classes: 'border-green-300 bg-green-50 text-green-900' },
  cancelled: { Icon: CrossIcon, classes: 'border-red-300 bg-red-50 text-red-900' },
  disrupted: { Icon: WarningIcon, classes: 'border-amber-300 bg-amber-50 text-amber-950' },
};

/** The status to show: what the field team said, else cancelled in advance, else planned. */
export function shownStatus(occurrence: Pick<Occurrence, 'state' | 'change'>): OccurrenceStatus {
  if (occurrence.state) return occurrence.state.status;
  return occurrence.change === 'cancelled' ? 'cancelled' : 'planned';
}

export function OccurrenceStatusBadge({
  status,
  className,
}: {
  status: OccurrenceStatus;
  className?: string;
}) {
  const { t } = useTranslation('schedule');
  const { Icon, classes } = shown[status];
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-semibold',
        classes,
        className,
      )}
    >
      <Icon className="size-4 shrink-0" />
      {t(`status.${status}`)}
    </span>
  );
}
