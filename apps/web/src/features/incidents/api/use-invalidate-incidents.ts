import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** A change to one report shows in the log and on its page (and, for the reps, its witnesses). */
export function useInvalidateIncidents() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (platform: string, incidentId?: string) =>
    Promise.all([
      queryClient.invalidateQueries(trpc.incident.list.queryFilter({ platform })),
      incidentId
        ? queryClient.invalidateQueries(trpc.incident.get.queryFilter({ platform, incidentId }))
        : null,
      incidentId
        ? queryClient.invalidateQueries(
            trpc.incident.listWitnesses.queryFilter({ platform, incidentId }),
          )
        : null,
    ]);
}
