/** A count with − and + buttons big enough for one thumb; the number can be typed too. */
import { useTranslation } from 'react-i18next';
import { cn } from '@/lib/cn';

export interface CountStepperProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  max: number;
}

export function CountStepper({ id, label, value, onChange, error, max }: CountStepperProps) {
  const { t } = useTranslation('incidents');
  const current = /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
  const step = (by: number) => {
    const next = Math.min(max, Math.max(0, (current ?? 0) + by));
    onChange(next === 0 && by < 0 && current === null ? '' : String(next));
  };
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-900">
        {label}
      </label>
      <div className="flex items-stretch gap-1">
        <button
          type="button"
          onClick={() => step(-1)}
          disabled={current === null || current === 0}
          aria-label={t('form.fields.decrease', { what: label })}
          className="min-h-11 min-w-11 rounded-lg border border-slate-400 bg-white text-xl font-bold text-slate-900 hover:bg-slate-100 disabled:text-slate-400"
        >
          −
        </button>
        <input
          id={id}
          inputMode="numeric"
          pattern="[0-9]*"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={cn(
            'min-h-11 w-16 min-w-0 rounded-lg border border-slate-500 bg-white px-2 text-center text-base text-slate-900',
            'aria-[invalid=true]:border-red-700',
          )}
        />
        <button
          type="button"
          onClick={() => step(1)}
          disabled={current !== null && current >= max}
          aria-label={t('form.fields.increase', { what: label })}
          className="min-h-11 min-w-11 rounded-lg border border-slate-400 bg-white text-xl font-bold text-slate-900 hover:bg-slate-100 disabled:text-slate-400"
        >
          +
        </button>
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
