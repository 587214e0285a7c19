/** Closing erases the witnesses: their list is read again with the report. */
import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateIncidents } from './use-invalidate-incidents';

export function useCloseIncident() {
  const trpc = useTRPC();
  const invalidate = useInvalidateIncidents();
  return useMutation(
    trpc.incident.close.mutationOptions({
      onSettled: (_data, _error, { platform, incidentId }) => invalidate(platform, incidentId),
    }),
  );
}
