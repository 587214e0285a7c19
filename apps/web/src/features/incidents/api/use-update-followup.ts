import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateIncidents } from './use-invalidate-incidents';

export function useUpdateFollowup() {
  const trpc = useTRPC();
  const invalidate = useInvalidateIncidents();
  return useMutation(
    trpc.incident.updateFollowup.mutationOptions({
      onSettled: (_data, _error, { platform, incidentId }) => invalidate(platform, incidentId),
    }),
  );
}
