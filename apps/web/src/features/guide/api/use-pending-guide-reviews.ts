import { useMutationState } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/**
 * The ticks and unticks still on their way to the server, by key: the list shows them at once,
 * so a coordinator can go down the list without waiting for each answer.
 */
export function usePendingGuideReviews(language: string): Map<string, boolean> {
  const trpc = useTRPC();
  const marking = useMutationState({
    filters: { mutationKey: trpc.guide.markReviewed.mutationKey(), status: 'pending' },
    select: (mutation) => mutation.state.variables as { language: string; keys: string[] },
  });
  const unmarking = useMutationState({
    filters: { mutationKey: trpc.guide.unmarkReviewed.mutationKey(), status: 'pending' },
    select: (mutation) => mutation.state.variables as { language: string; keys: string[] },
  });
  const pending = new Map<string, boolean>();
  for (const [calls, reviewed] of [
    [marking, true],
    [unmarking, false],
  ] as const) {
    for (const call of calls) {
      if (call.language !== language) continue;
      for (const key of call.keys) pending.set(key, reviewed);
    }
  }
  return pending;
}
