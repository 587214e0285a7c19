/** Form fields: every input gets a visible label, and its hint and error are tied to it. */
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { cn } from '@/lib/cn';

interface FieldChrome {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown after the label, e.g. "(optional)". */
  labelSuffix?: ReactNode;
  className?: string;
}

const controlClasses =
  'block w-full min-h-11 rounded-lg border bg-white px-3 py-2 text-base text-slate-900 ' +
  'disabled:bg-slate-100 aria-[invalid=true]:border-red-700';

function describedBy(hintId: string | undefined, errorId: string | undefined): string | undefined {
  return [errorId, hintId].filter(Boolean).join(' ') || undefined;
}

function FieldText({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** The control's id (given or generated) and the attributes that tie its hint and error to it. */
function useControl(id: string | undefined, hint: ReactNode, error: string | undefined) {
  const fallbackId = useId();
  const controlId = id ?? fallbackId;
  return {
    id: controlId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(
      hint ? `${controlId}-hint` : undefined,
      error ? `${controlId}-error` : undefined,
    ),
  };
}

/** Label above, hint and error below, around any control. */
function LabelledField({
  controlId,
  label,
  labelSuffix,
  hint,
  error,
  className,
  children,
}: FieldChrome & { controlId: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={controlId} className="mb-1 block font-medium text-slate-900">
        {label}
        {labelSuffix ? <span className="font-normal text-slate-700"> {labelSuffix}</span> : null}
      </label>
      {children}
      <FieldText id={controlId} hint={hint} error={error} />
    </div>
  );
}

export type TextFieldProps = FieldChrome & Omit<InputHTMLAttributes<HTMLInputElement>, 'className'>;

export function TextField({
  label,
  hint,
  error,
  labelSuffix,
  className,
  id,
  ...input
}: TextFieldProps) {
  const control = useControl(id, hint, error);
  return (
    <LabelledField {...{ label, hint, error, labelSuffix, className }} controlId={control.id}>
      <input {...control} className={cn(controlClasses, 'border-slate-500')} {...input} />
    </LabelledField>
  );
}

export type TextAreaFieldProps = FieldChrome &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'>;

export function TextAreaField({
  label,
  hint,
  error,
  labelSuffix,
  className,
  id,
  ...textarea
}: TextAreaFieldProps) {
  const control = useControl(id, hint, error);
  return (
    <LabelledField {...{ label, hint, error, labelSuffix, className }} controlId={control.id}>
      <textarea {...control} className={cn(controlClasses, 'border-slate-500')} {...textarea} />
    </LabelledField>
  );
}

export type SelectFieldProps = FieldChrome &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'> & { children: ReactNode };

export function SelectField({
  label,
  hint,
  error,
  labelSuffix,
  className,
  id,
  children,
  ...select
}: SelectFieldProps) {
  const control = useControl(id, hint, error);
  return (
    <LabelledField {...{ label, hint, error, labelSuffix, className }} controlId={control.id}>
      <select {...control} className={cn(controlClasses, 'border-slate-500 pr-8')} {...select}>
        {children}
      </select>
    </LabelledField>
  );
}

export type CheckboxFieldProps = Omit<FieldChrome, 'labelSuffix'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'className' | 'type'>;

export function CheckboxField({ label, hint, error, className, id, ...input }: CheckboxFieldProps) {
  const control = useControl(id, hint, error);
  return (
    <div className={cn('flex gap-3', className)}>
      <input
        {...control}
        type="checkbox"
        className="mt-0.5 size-6 shrink-0 accent-brand-700"
        {...input}
      />
      <div>
        <label htmlFor={control.id} className="font-medium text-slate-900">
          {label}
        </label>
        <FieldText id={control.id} hint={hint} error={error} />
      </div>
    </div>
  );
}
