import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type ListedIncidentView = RouterOutputs['incident']['list'][number];

/** Every report the member may read; the screen filters and sorts (the list is a platform's, small). */
export function useIncidents(platform: string) {
  const trpc = useTRPC();
  return useQuery(trpc.incident.list.queryOptions({ platform }));
}
