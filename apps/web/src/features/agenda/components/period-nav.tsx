/** Previous, current and next week or month: three buttons a thumb reaches, with a heading. */
import { ChevronLeftIcon, ChevronRightIcon } from '@/components/ui/board-icons';
import { Button } from '@/components/ui/button';

export interface PeriodNavProps {
  headingId: string;
  heading: string;
  previousLabel: string;
  nextLabel: string;
  currentLabel: string;
  /** The current period is already shown: its button is not needed. */
  atCurrent: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onCurrent: () => void;
}

export function PeriodNav({
  headingId,
  heading,
  previousLabel,
  nextLabel,
  currentLabel,
  atCurrent,
  onPrevious,
  onNext,
  onCurrent,
}: PeriodNavProps) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
      <h2
        id={headingId}
        aria-live="polite"
        className="text-xl font-bold text-slate-950 first-letter:uppercase"
      >
        {heading}
      </h2>
      <div className="flex items-center gap-2">
        <Button variant="secondary" className="px-3" onClick={onPrevious}>
          <ChevronLeftIcon className="size-5" />
          <span className="sr-only">{previousLabel}</span>
        </Button>
        <Button variant="secondary" onClick={onCurrent} disabled={atCurrent}>
          {currentLabel}
        </Button>
        <Button variant="secondary" className="px-3" onClick={onNext}>
          <ChevronRightIcon className="size-5" />
          <span className="sr-only">{nextLabel}</span>
        </Button>
      </div>
    </div>
  );
}
