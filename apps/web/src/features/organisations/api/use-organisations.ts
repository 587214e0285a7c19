import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type Organisation = RouterOutputs['organisation']['list'][number];

export function useOrganisations(platform: string) {
  const trpc = useTRPC();
  return useQuery(trpc.organisation.list.queryOptions({ platform }));
}
