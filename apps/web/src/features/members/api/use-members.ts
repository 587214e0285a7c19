import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type Member = RouterOutputs['member']['list'][number];

export function useMembers(platform: string) {
  const trpc = useTRPC();
  return useQuery(trpc.member.list.queryOptions({ platform }));
}
