import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateBans } from './use-invalidate-bans';

export function useUpdateBan() {
  const trpc = useTRPC();
  const invalidate = useInvalidateBans();
  return useMutation(
    trpc.ban.update.mutationOptions({
      onSuccess: (_data, { platform }) => invalidate(platform),
    }),
  );
}
