import { useMutation } from '@tanstack/react-query';
import { useSignOutOfThisDevice } from '@/lib/session';
import { useTRPCClient } from '@/lib/trpc';

/** Ends every session of the account, this device's included: the device is cleared too. */
export function useEndAllSessions() {
  const client = useTRPCClient();
  const signOutOfThisDevice = useSignOutOfThisDevice();
  return useMutation({
    mutationFn: () => signOutOfThisDevice(() => client.account.endAllSessions.mutate()),
  });
}
