import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** The organisations one can invite people into: those on the platform. */
export function usePlatformOrganisations(platform: string) {
  const trpc = useTRPC();
  return useQuery(trpc.organisation.list.queryOptions({ platform }));
}
