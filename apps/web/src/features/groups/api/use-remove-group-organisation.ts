import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateGroups } from './use-invalidate-groups';

export function useRemoveGroupOrganisation() {
  const trpc = useTRPC();
  const invalidate = useInvalidateGroups();
  return useMutation(
    trpc.group.removeOrganisation.mutationOptions({
      onSuccess: (_data, { platform }) => invalidate(platform),
    }),
  );
}
