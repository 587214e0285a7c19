import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export function useEndAllSessions() {
  const trpc = useTRPC();
  return useMutation(trpc.account.endAllSessions.mutationOptions());
}
