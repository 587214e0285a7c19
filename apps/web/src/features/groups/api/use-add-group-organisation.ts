import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateGroups } from './use-invalidate-groups';

export function useAddGroupOrganisation() {
  const trpc = useTRPC();
  const invalidate = useInvalidateGroups();
  return useMutation(
    trpc.group.addOrganisation.mutationOptions({
      onSuccess: (_data, { platform }) => invalidate(platform),
    }),
  );
}
