import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export function useCreateInvitation() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess: (_data, { platform }) =>
        queryClient.invalidateQueries(trpc.invitation.list.queryFilter({ platform })),
    }),
  );
}
