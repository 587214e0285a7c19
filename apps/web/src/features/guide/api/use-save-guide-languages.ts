import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateGuide } from './use-invalidate-guide';

export function useSaveGuideLanguages() {
  const trpc = useTRPC();
  const invalidate = useInvalidateGuide();
  return useMutation(
    trpc.guide.saveLanguages.mutationOptions({
      onSuccess: (_data, { platform }) => invalidate(platform),
    }),
  );
}
