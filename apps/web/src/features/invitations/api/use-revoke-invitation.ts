import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export function useRevokeInvitation() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.invitation.revoke.mutationOptions({
      onSettled: (_data, _error, { platform }) =>
        queryClient.invalidateQueries(trpc.invitation.list.queryFilter({ platform })),
    }),
  );
}
