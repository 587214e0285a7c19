/** A service type as the catalogue names it: its icon, then its name in the reader's language. */
import { serviceTypeOf } from '@opale/core';
import { cn } from '@/lib/cn';
import { currentLocale } from '@/lib/i18n';

export function serviceTypeName(code: string): string {
  return serviceTypeOf(code)?.name[currentLocale()] ?? code;
}

export function ServiceTypeLabel({ code, className }: { code: string; className?: string }) {
  const type = serviceTypeOf(code);
  return (
    <span className={cn('inline-flex items-baseline gap-1.5', className)}>
      {type ? (
        <span aria-hidden="true" className="shrink-0">
          {type.icon}
        </span>
      ) : null}
      <span>{type?.name[currentLocale()] ?? code}</span>
    </span>
  );
}
