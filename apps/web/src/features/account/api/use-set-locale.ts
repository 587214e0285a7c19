import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** Saves the language to the account, and to the cached account so nothing switches it back. */
export function useSetLocale() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.account.setLocale.mutationOptions({
      onSuccess: ({ locale }) => {
        queryClient.setQueryData(trpc.account.me.queryKey(), (me) =>
          me ? { ...me, user: { ...me.user, locale } } : me,
        );
      },
    }),
  );
}
