import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type InvitationSummary = RouterOutputs['invitation']['list'][number];

export function useInvitations(platform: string) {
  const trpc = useTRPC();
  return useQuery(trpc.invitation.list.queryOptions({ platform }));
}
