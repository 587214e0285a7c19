import { useMutation } from '@tanstack/react-query';
import { useEndLocalSession } from '@/lib/session';
import { signOut } from './auth-requests';

export function useSignOut() {
  const endLocalSession = useEndLocalSession();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => endLocalSession({ forgetDevice: true }),
  });
}
