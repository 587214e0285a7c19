import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type Group = RouterOutputs['group']['list'][number];

export function useGroups(platform: string) {
  const trpc = useTRPC();
  return useQuery(trpc.group.list.queryOptions({ platform }));
}
