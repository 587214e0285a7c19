import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export function useInvalidateOrganisations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (platform: string) =>
    Promise.all([
      queryClient.invalidateQueries(trpc.organisation.list.queryFilter({ platform })),
      queryClient.invalidateQueries(trpc.organisation.listAddable.queryFilter({ platform })),
    ]);
}
