import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useInvalidateOrganisations } from './use-invalidate-organisations';

export function useAttachOrganisation() {
  const trpc = useTRPC();
  const invalidate = useInvalidateOrganisations();
  return useMutation(
    trpc.organisation.attach.mutationOptions({
      onSuccess: (_data, { platform }) => invalidate(platform),
    }),
  );
}
