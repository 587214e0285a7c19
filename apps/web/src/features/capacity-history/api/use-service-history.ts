import type { RouterOutputs } from '@opale/api';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import type { HistoryWindowDays } from '../utils/history-window';

export type ServiceHistory = RouterOutputs['capacity']['serviceHistory'];

/** One service's readings and numbers over a window; the previous window stays shown while the next loads. */
export function useServiceHistory(
  platform: string,
  organisationId: string,
  serviceId: string,
  days: HistoryWindowDays,
) {
  const trpc = useTRPC();
  return useQuery(
    trpc.capacity.serviceHistory.queryOptions(
      { platform, organisationId, serviceId, days },
      { placeholderData: keepPreviousData, retry: false },
    ),
  );
}
