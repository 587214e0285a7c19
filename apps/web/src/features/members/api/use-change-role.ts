import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateMembers } from './use-invalidate-members';

/** Shows the new role at once (a slow connection should not make the select jump back). */
export function useChangeRole() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMembers();
  return useMutation(
    trpc.member.changeRole.mutationOptions({
      onMutate: async ({ platform, membershipId, role }) => {
        const key = trpc.member.list.queryKey({ platform });
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData(key);
        queryClient.setQueryData(key, (members) =>
          members?.map((m) => (m.id === membershipId ? { ...m, role } : m)),
        );
        return { previous };
      },
      onError: (_error, { platform }, context) => {
        if (context?.previous)
          queryClient.setQueryData(trpc.member.list.queryKey({ platform }), context.previous);
      },
      onSettled: (_data, _error, { platform }) => invalidate(platform),
    }),
  );
}
