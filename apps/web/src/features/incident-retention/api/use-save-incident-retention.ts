import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export function useSaveIncidentRetention() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.incidentRetention.set.mutationOptions({
      onSuccess: (_data, { platform }) =>
        queryClient.invalidateQueries(trpc.incidentRetention.get.queryFilter({ platform })),
    }),
  );
}
