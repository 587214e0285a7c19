import type { ButtonHTMLAttributes } from 'react';
import { cn } from '@/lib/cn';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'dangerOutline' | 'ghost';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400',
  secondary:
    'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 disabled:text-slate-500',
  danger: 'bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400',
  dangerOutline:
    'border border-red-700 bg-white text-red-800 hover:bg-red-50 disabled:text-slate-500',
  ghost: 'text-brand-800 underline-offset-4 hover:underline disabled:text-slate-500',
};

/** Class names shared by buttons and links that look like buttons. */
export type ButtonSize = 'md' | 'sm';

/** Both sizes keep a 44 px tap target; "sm" only tightens the text for rows of actions. */
const sizes: Record<ButtonSize, string> = {
  md: 'px-4 text-base',
  sm: 'px-3 text-sm',
};

export function buttonClasses(
  variant: ButtonVariant = 'primary',
  className?: string,
  size: ButtonSize = 'md',
): string {
  return cn(
    'inline-flex min-h-11 items-center justify-center gap-2 rounded-lg py-2 font-semibold',
    sizes[size],
    'transition-colors disabled:cursor-not-allowed',
    variants[variant],
    className,
  );
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

export function Button({
  variant = 'primary',
  size = 'md',
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  return <button type={type} className={buttonClasses(variant, className, size)} {...props} />;
}
