/**
 * Messages after an action. Errors are alerts (announced at once); confirmations are polite
 * status updates. The live region stays mounted so the change inside it is announced; it takes
 * no room while empty (the spacing classes go on the message itself).
 */
import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

export function ErrorMessage({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div role="alert" className="empty:m-0">
      {children ? (
        <p
          className={cn(
            'rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-red-900',
            className,
          )}
        >
          {children}
        </p>
      ) : null}
    </div>
  );
}

export function StatusMessage({
  children,
  className,
}: {
  children: ReactNode;
  className?: string;
}) {
  return (
    <div role="status" className="empty:m-0">
      {children ? (
        <p
          className={cn(
            'rounded-lg border border-brand-200 bg-brand-50 px-3 py-2 text-brand-900',
            className,
          )}
        >
          {children}
        </p>
      ) : null}
    </div>
  );
}

export function LoadingState({ label, className }: { label: string; className?: string }) {
  return (
    <p role="status" className={cn('flex items-center gap-2 py-6 text-slate-700', className)}>
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-700"
      />
      {label}
    </p>
  );
}
