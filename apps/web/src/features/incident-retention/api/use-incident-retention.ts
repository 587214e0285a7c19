import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type IncidentRetention = RouterOutputs['incidentRetention']['get'];

export function useIncidentRetention(platform: string, enabled = true) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.incidentRetention.get.queryOptions({ platform }), enabled });
}
