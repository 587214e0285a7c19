import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** The platform's organisations: to name a group's organisations and offer those not in it. */
export type PlatformOrganisation = RouterOutputs['organisation']['list'][number];

export function usePlatformOrganisations(platform: string) {
  const trpc = useTRPC();
  return useQuery(trpc.organisation.list.queryOptions({ platform }));
}
