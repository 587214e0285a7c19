import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type InvitationPreview = RouterOutputs['invitation']['preview'];

export function useInvitationPreview(token: string) {
  const trpc = useTRPC();
  return useQuery(trpc.invitation.preview.queryOptions({ token }, { staleTime: 0 }));
}
