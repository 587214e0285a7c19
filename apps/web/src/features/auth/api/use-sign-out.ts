import { useMutation } from '@tanstack/react-query';
import { useSignOutOfThisDevice } from '@/lib/session';
import { signOut } from './auth-requests';

export function useSignOut() {
  const signOutOfThisDevice = useSignOutOfThisDevice();
  return useMutation({ mutationFn: () => signOutOfThisDevice(signOut) });
}
