import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateGroups } from './use-invalidate-groups';

export function useAnswerGroupInvitation() {
  const trpc = useTRPC();
  const invalidate = useInvalidateGroups();
  return useMutation(
    trpc.group.answerInvitation.mutationOptions({
      onSuccess: (_data, { platform }) => invalidate(platform),
    }),
  );
}
