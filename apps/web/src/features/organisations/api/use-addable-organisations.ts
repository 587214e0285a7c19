import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export function useAddableOrganisations(platform: string, enabled: boolean) {
  const trpc = useTRPC();
  return useQuery(trpc.organisation.listAddable.queryOptions({ platform }, { enabled }));
}
