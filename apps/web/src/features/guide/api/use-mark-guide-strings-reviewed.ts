import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateGuide } from './use-invalidate-guide';

export function useMarkGuideStringsReviewed() {
  const trpc = useTRPC();
  const invalidate = useInvalidateGuide();
  return useMutation(
    trpc.guide.markReviewed.mutationOptions({
      onSuccess: (_data, { platform }) => invalidate(platform),
    }),
  );
}
