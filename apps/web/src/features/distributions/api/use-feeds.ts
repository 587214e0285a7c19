/** The viewer's calendar subscription links on the platform (each member sees only theirs). */
import type { RouterOutputs } from '@opale/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type FeedSummary = RouterOutputs['feed']['list'][number];

export function useFeeds(platform: string) {
  const trpc = useTRPC();
  return useQuery(trpc.feed.list.queryOptions({ platform }));
}

export function useCreateFeed() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.feed.create.mutationOptions({
      onSuccess: (_data, { platform }) =>
        queryClient.invalidateQueries(trpc.feed.list.queryFilter({ platform })),
    }),
  );
}

export function useRevokeFeed() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.feed.revoke.mutationOptions({
      onSettled: (_data, _error, { platform }) =>
        queryClient.invalidateQueries(trpc.feed.list.queryFilter({ platform })),
    }),
  );
}
