import { useMutation, useQueryClient } from '@tanstack/react-query';
import { currentLocale, defaultLocale } from '@/lib/i18n';
import { useTRPC, useTRPCClient } from '@/lib/trpc';

/**
 * Accepts an invitation. A new account starts signed in; everything cached before belonged to
 * nobody and is dropped. The language chosen on this device carries over to the new account.
 */
export function useAcceptInvitation() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: async ({ createdAccount }) => {
        if (createdAccount) {
          queryClient.clear();
          const locale = currentLocale();
          if (locale !== defaultLocale)
            await client.account.setLocale.mutate({ locale }).catch(() => undefined);
        }
        await queryClient.invalidateQueries(trpc.account.me.queryFilter());
        await queryClient.fetchQuery(trpc.account.me.queryOptions());
      },
    }),
  );
}
