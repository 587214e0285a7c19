import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** Every change to a group changes the list, and with it whose agenda shows the group's board. */
export function useInvalidateGroups() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (platform: string) =>
    queryClient.invalidateQueries(trpc.group.list.queryFilter({ platform }));
}
