import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateMembers } from './use-invalidate-members';

export function useRemoveMember() {
  const trpc = useTRPC();
  const invalidate = useInvalidateMembers();
  return useMutation(
    trpc.member.remove.mutationOptions({
      onSuccess: (_data, input) => invalidate(input.platform),
    }),
  );
}
