import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateIncidents } from './use-invalidate-incidents';

export function useVerifyIncident() {
  const trpc = useTRPC();
  const invalidate = useInvalidateIncidents();
  return useMutation(
    trpc.incident.verify.mutationOptions({
      onSettled: (_data, _error, { platform, incidentId }) => invalidate(platform, incidentId),
    }),
  );
}
