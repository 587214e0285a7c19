import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** The people to filter the log by (and to name the person an event was about). */
export function usePlatformMembers(platform: string) {
  const trpc = useTRPC();
  return useQuery(trpc.member.list.queryOptions({ platform }));
}
