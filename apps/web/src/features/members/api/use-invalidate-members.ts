import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** A membership change can touch the list and the signed-in person's own rights. */
export function useInvalidateMembers() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (platform: string) =>
    Promise.all([
      queryClient.invalidateQueries(trpc.member.list.queryFilter({ platform })),
      queryClient.invalidateQueries(trpc.account.me.queryFilter()),
      queryClient.invalidateQueries(trpc.platform.bySlug.queryFilter({ platform })),
    ]);
}
