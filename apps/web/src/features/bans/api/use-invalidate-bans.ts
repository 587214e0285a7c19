import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** Every change to a ban changes the list, and with it the schedule's warnings. */
export function useInvalidateBans() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (platform: string) =>
    queryClient.invalidateQueries(trpc.ban.list.queryFilter({ platform }));
}
