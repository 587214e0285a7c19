import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type IncidentWitnessView = RouterOutputs['incident']['listWitnesses'][number];

/** The volunteers named as witnesses; asked only by those who may read them (reps+ of its organisation). */
export function useWitnesses(platform: string, incidentId: string, enabled: boolean) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.incident.listWitnesses.queryOptions({ platform, incidentId }),
    enabled,
  });
}
