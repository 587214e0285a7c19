import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateGroups } from './use-invalidate-groups';

export function useRemoveGroup() {
  const trpc = useTRPC();
  const invalidate = useInvalidateGroups();
  return useMutation(
    trpc.group.remove.mutationOptions({
      onSuccess: (_data, { platform }) => invalidate(platform),
    }),
  );
}
