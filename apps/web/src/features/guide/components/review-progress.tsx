import { useTranslation } from 'react-i18next';
import { cn } from '@/lib/cn';
import { reviewedPercent } from '../utils/review-list';

interface Count {
  reviewed: number;
  total: number;
}

export interface ReviewProgressProps {
  progress: { strings: Count; serviceTypes: Count };
  /** English, which every translation follows: nothing to review. */
  reference: boolean;
  className?: string;
}

/** How many of a language's built-in texts and service-type names a coordinator has checked. */
export function ReviewProgress({ progress, reference, className }: ReviewProgressProps) {
  const { t } = useTranslation();
  if (reference) {
    return (
      <p className={cn('text-sm text-slate-700', className)}>{t('guide.progress.reference')}</p>
    );
  }
  const { strings, serviceTypes } = progress;
  const complete =
    strings.reviewed === strings.total && serviceTypes.reviewed === serviceTypes.total;
  return (
    <p className={cn('text-sm', complete ? 'text-green-900' : 'text-slate-700', className)}>
      {t('guide.progress.strings', {
        reviewed: strings.reviewed,
        total: strings.total,
        percent: reviewedPercent(strings),
      })}
      {' · '}
      {t('guide.progress.serviceTypes', {
        reviewed: serviceTypes.reviewed,
        total: serviceTypes.total,
      })}
    </p>
  );
}
