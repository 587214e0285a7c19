import type { RouterInputs, RouterOutputs } from '@opale/api';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type AuditFilters = Omit<RouterInputs['audit']['list'], 'platform' | 'before'>;
export type AuditEvent = RouterOutputs['audit']['list']['events'][number];

/** One page of the log, newest first; `before` is the cursor the previous page handed over. */
export function useAuditPage(platform: string, filters: AuditFilters, before: number | undefined) {
  const trpc = useTRPC();
  return useQuery(
    trpc.audit.list.queryOptions(
      { platform, ...filters, before },
      { placeholderData: keepPreviousData },
    ),
  );
}
