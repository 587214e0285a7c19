import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** Runs the expiry now; what the incident screens show may change with it. */
export function useRunIncidentExpiry() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.incidentRetention.runNow.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.incident.pathFilter()),
    }),
  );
}
