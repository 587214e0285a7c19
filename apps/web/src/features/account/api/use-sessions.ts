import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type AccountSession = RouterOutputs['account']['sessions'][number];

export function useSessions() {
  const trpc = useTRPC();
  return useQuery(trpc.account.sessions.queryOptions());
}
