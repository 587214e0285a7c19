import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type DaySummary = RouterOutputs['capacity']['dailySummary']['days'][number];

/** The platform's last days, counted on the server from the history. */
export function useDailySummary(platform: string, days = 7) {
  const trpc = useTRPC();
  return useQuery(trpc.capacity.dailySummary.queryOptions({ platform, days }));
}
