import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export function useEndSession() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.account.endSession.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.account.sessions.queryFilter()),
    }),
  );
}
