import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** Any change to the guide changes its settings (progress, sections) and the review lists. */
export function useInvalidateGuide() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (platform: string) =>
    Promise.all([
      queryClient.invalidateQueries(trpc.guide.settings.queryFilter({ platform })),
      queryClient.invalidateQueries(trpc.guide.strings.queryFilter()),
    ]);
}
