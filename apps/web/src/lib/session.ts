/** Who is signed in, and forgetting everything cached when that ends. */
import type { RouterOutputs } from '@opale/api';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { forgetThisDevice } from './live-board/forget-this-device';
import { signInPath } from './safe-next';
import { useTRPC } from './trpc';

export type Me = NonNullable<RouterOutputs['account']['me']>;
export type MyMembership = Me['memberships'][number];

export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.account.me.queryOptions(undefined, { staleTime: 60_000 }));
}

export interface SignInRedirect {
  /** Where to come back to after signing in again. */
  next?: string;
  /** Say on the sign-in page that the session ended rather than a plain sign-out. */
  sessionEnded?: boolean;
  /**
   * Delete the boards' copies kept on this device, of every account: the person signed out
   * (here or everywhere). Not when the session merely ended: unsent changes wait for them.
   */
  forgetDevice?: boolean;
}

/**
 * Drops every cached answer (they belonged to the person who was signed in), and on sign-out
 * the boards' local copies, then goes to the sign-in page.
 */
export function useEndLocalSession() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async ({ next, sessionEnded = false, forgetDevice = false }: SignInRedirect = {}) => {
      if (forgetDevice) await forgetThisDevice();
      await queryClient.cancelQueries();
      queryClient.clear();
      queryClient.setQueryData(trpc.account.me.queryKey(), null);
      await navigate(signInPath(next), { replace: true, state: { sessionEnded } });
    },
    [navigate, queryClient, trpc],
  );
}
