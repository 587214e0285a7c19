/** "Contest by 10 January 2027: 3 days left": the fine's deadline in words, with an icon when it presses. */
import { useTranslation } from 'react-i18next';
import { formatDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { cn } from '@/lib/cn';
import type { ContestDeadline } from '../utils/contest-deadline';
import { DeadlineIcon } from './incident-icons';

export function useDeadlineWords() {
  const { t } = useTranslation('incidents');
  const locale = currentLocale();
  return (deadline: ContestDeadline): string => {
    const date = formatDay(deadline.deadline, locale);
    if (deadline.kind === 'past') {
      return t('list.deadline.contestPassed', {
        date,
        remaining: t('list.deadline.daysPast', { count: deadline.daysPast }),
      });
    }
    const remaining =
      deadline.daysLeft === 0
        ? t('list.deadline.lastDay')
        : t('list.deadline.daysLeft', { count: deadline.daysLeft });
    return t('list.deadline.contestBy', { date, remaining });
  };
}

export function ContestDeadlineText({
  deadline,
  className,
}: {
  deadline: ContestDeadline;
  className?: string;
}) {
  const words = useDeadlineWords()(deadline);
  const pressing = deadline.kind !== 'upcoming';
  return (
    <p
      className={cn(
        'flex items-start gap-1.5',
        pressing ? 'font-semibold text-red-800' : 'text-slate-800',
        className,
      )}
    >
      {pressing ? <DeadlineIcon className="mt-0.5 size-5 shrink-0" /> : null}
      <span>{words}</span>
    </p>
  );
}
