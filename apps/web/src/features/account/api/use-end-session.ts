import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSignOutOfThisDevice } from '@/lib/session';
import { useTRPC, useTRPCClient } from '@/lib/trpc';

export interface EndedSession {
  sessionId: string;
  /** This device's own session: ending it signs this device out and clears it. */
  current: boolean;
}

export function useEndSession() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const signOutOfThisDevice = useSignOutOfThisDevice();
  return useMutation({
    mutationFn: async ({ sessionId, current }: EndedSession) => {
      const end = () => client.account.endSession.mutate({ sessionId });
      if (current) await signOutOfThisDevice(end);
      else await end();
    },
    onSettled: (_data, _error, { current }) =>
      current ? undefined : queryClient.invalidateQueries(trpc.account.sessions.queryFilter()),
  });
}
