import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export function useEndMemberSessions() {
  const trpc = useTRPC();
  return useMutation(trpc.member.endSessions.mutationOptions());
}
