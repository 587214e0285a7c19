import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { signIn, type Credentials } from './auth-requests';

/** Signs in, then forgets anything cached before and loads who is now signed in. */
export function useSignIn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Credentials) => {
      await signIn(credentials);
      queryClient.clear();
      return queryClient.fetchQuery(trpc.account.me.queryOptions());
    },
  });
}
