import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateGuide } from './use-invalidate-guide';

export function useSaveGuideSection() {
  const trpc = useTRPC();
  const invalidate = useInvalidateGuide();
  return useMutation(
    trpc.guide.saveSection.mutationOptions({
      onSuccess: (_data, { platform }) => invalidate(platform),
    }),
  );
}
