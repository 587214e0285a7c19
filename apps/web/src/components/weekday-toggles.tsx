/**
 * Seven day buttons, Monday first, each a labelled checkbox with a 44 px target: how the
 * distributions' series, the agenda's items and the capacity services' opening days pick days.
 * The caller supplies the surrounding fieldset or group, its legend and its error.
 */
import { cn } from '@/lib/cn';
import { weekdayNames } from '@/lib/format';

export interface WeekdayTogglesProps {
  locale: string;
  /** Ticked days, 0 = Monday … 6 = Sunday. */
  selected: readonly number[];
  /** The ticked days after a change, in week order. */
  onChange: (weekdays: number[]) => void;
}

export function WeekdayToggles({ locale, selected, onChange }: WeekdayTogglesProps) {
  const names = weekdayNames(locale, 'long');
  const shortNames = weekdayNames(locale, 'short');
  const toggle = (day: number, on: boolean) =>
    onChange(
      on
        ? [...new Set([...selected, day])].sort((a, b) => a - b)
        : selected.filter((d) => d !== day),
    );
  return (
    <div className="flex flex-wrap gap-2">
      {names.map((name, day) => (
        <label
          key={name}
          className={cn(
            'flex min-h-11 min-w-11 cursor-pointer items-center gap-1.5 rounded-lg border px-2.5 font-medium',
            selected.includes(day)
              ? 'border-brand-700 bg-brand-50 text-brand-900'
              : 'border-slate-400 bg-white text-slate-900',
          )}
        >
          <input
            type="checkbox"
            name={day === 0 ? 'weekdays' : undefined}
            checked={selected.includes(day)}
            onChange={(event) => toggle(day, event.target.checked)}
            className="size-5 accent-brand-700"
          />
          <span aria-hidden="true">{shortNames[day]}</span>
          <span className="sr-only">{name}</span>
        </label>
      ))}
    </div>
  );
}
