/** A report's status for everyone: an icon, a word and a colour together (never colour alone). */
import type { ComponentType, SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '@/lib/cn';
import type { DisplayStatus } from '../utils/incident-list';
import { ClosedCaseIcon, DraftIcon, SharedIcon, VerifiedIcon } from './incident-icons';

const looks: Record<
  DisplayStatus,
  { Icon: ComponentType<SVGProps<SVGSVGElement>>; badge: string }
> = {
  draft: { Icon: DraftIcon, badge: 'border-amber-300 bg-amber-50 text-amber-950' },
  verified: { Icon: VerifiedIcon, badge: 'border-green-300 bg-green-50 text-green-900' },
  shared: { Icon: SharedIcon, badge: 'border-brand-200 bg-brand-50 text-brand-900' },
  closed: { Icon: ClosedCaseIcon, badge: 'border-slate-400 bg-slate-100 text-slate-900' },
};

export function useStatusWord() {
  const { t } = useTranslation('incidents');
  return (status: DisplayStatus) =>
    status === 'closed' ? t('common.closed') : t(`common.statuses.${status}`);
}

export function IncidentStatusBadge({
  status,
  className,
}: {
  status: DisplayStatus;
  className?: string;
}) {
  const { t } = useTranslation('incidents');
  const word = useStatusWord()(status);
  const { Icon, badge } = looks[status];
  return (
    <span
      className={cn(
        'inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-semibold',
        badge,
        className,
      )}
    >
      <Icon className="size-4" />
      <span className="sr-only">{t('list.status.label', { status: word })}</span>
      <span aria-hidden="true">{word}</span>
    </span>
  );
}
