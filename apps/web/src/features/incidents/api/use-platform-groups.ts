import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type PlatformGroup = RouterOutputs['group']['list'][number];

/** The platform's groups (every member sees which exist and who is in them). */
export function usePlatformGroups(platform: string) {
  const trpc = useTRPC();
  return useQuery(trpc.group.list.queryOptions({ platform }, { staleTime: 5 * 60_000 }));
}
