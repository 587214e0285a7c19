/**
 * A service's status for everyone: an icon, a word and a colour together (never colour alone).
 * A status past its threshold is shown faded and struck through, so nobody sends people on it.
 */
import type { CapacityStatus } from '@opale/core';
import type { ComponentType, SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '@/lib/cn';
import { ClosedIcon, FullIcon, LimitedIcon, OpenIcon, UnknownIcon } from './capacity-icons';

export interface StatusLook {
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** The badge's colours. */
  badge: string;
  /** The big button's colours. */
  button: string;
  /** The big button's colours while it is the current status. */
  pressed: string;
}

export const statusLooks: Record<CapacityStatus, StatusLook> = {
  open: {
    Icon: OpenIcon,
    badge: 'border-green-300 bg-green-50 text-green-900',
    button: 'border-green-700 text-green-900 hover:bg-green-50',
    pressed: 'bg-green-50 ring-2 ring-green-700',
  },
  limited: {
    Icon: LimitedIcon,
    badge: 'border-amber-300 bg-amber-50 text-amber-950',
    button: 'border-amber-700 text-amber-950 hover:bg-amber-50',
    pressed: 'bg-amber-50 ring-2 ring-amber-700',
  },
  full: {
    Icon: FullIcon,
    badge: 'border-red-300 bg-red-50 text-red-900',
    button: 'border-red-700 text-red-900 hover:bg-red-50',
    pressed: 'bg-red-50 ring-2 ring-red-700',
  },
  closed: {
    Icon: ClosedIcon,
    badge: 'border-slate-400 bg-slate-100 text-slate-900',
    button: 'border-slate-600 text-slate-900 hover:bg-slate-100',
    pressed: 'bg-slate-100 ring-2 ring-slate-600',
  },
};

export interface CapacityStatusBadgeProps {
  /** Null when nobody recorded one yet. */
  status: CapacityStatus | null;
  /** False once the status is past its threshold. */
  confirmed: boolean;
  className?: string;
}

export function CapacityStatusBadge({ status, confirmed, className }: CapacityStatusBadgeProps) {
  const { t } = useTranslation('capacity');
  const look = status ? statusLooks[status] : null;
  const Icon = look?.Icon ?? UnknownIcon;
  return (
    <p
      className={cn(
        'inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 font-semibold',
        !look
          ? 'border-dashed border-slate-400 bg-white text-slate-700'
          : confirmed
            ? look.badge
            : 'border-dashed border-slate-400 bg-white text-slate-600',
        className,
      )}
    >
      <Icon className="size-5 shrink-0" />
      <span className="sr-only">{t('card.statusLabel')} </span>
      <span className={cn(look && !confirmed && 'line-through decoration-2')}>
        {status ? t(`status.${status}`) : t('status.unknown')}
      </span>
    </p>
  );
}
