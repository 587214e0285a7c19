/** Who is signed in, and forgetting everything cached when that ends. */
import type { RouterOutputs } from '@opale/api';
import { useQuery, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useNavigate } from 'react-router';
import {
  accountView,
  deviceAccount,
  forgetDeviceAccount,
  keepServerAnswer,
  type AccountView,
} from './device-account';
import { forgetThisDevice } from './live-board/forget-this-device';
import { signInPath } from './safe-next';
import { whileSigningOut } from './session-events';
import { useTRPC } from './trpc';

export type Me = NonNullable<RouterOutputs['account']['me']>;
export type MyMembership = Me['memberships'][number];

export interface MeQuery {
  /**
   * Who is signed in (null: nobody). While the server cannot be reached, the copy this device
   * kept of its last answer, so that the app and its local copies open offline.
   */
  data: Me | null | undefined;
  /** Where `data` comes from, or why there is none. */
  account: AccountView;
  refetch: () => Promise<unknown>;
}

/** While the device's copy stands in, the server is asked again this often. */
const recheckOfflineMs = 30_000;

export function useMe(): MeQuery {
  const trpc = useTRPC();
  const query = useQuery(
    trpc.account.me.queryOptions(undefined, {
      staleTime: 60_000,
      refetchInterval: ({ state }) =>
        state.data === undefined && state.error !== null ? recheckOfflineMs : false,
    }),
  );
  const { data, dataUpdatedAt, error, failureReason, fetchStatus, refetch } = query;
  const account = accountView({ data, error, failureReason, fetchStatus }, deviceAccount());

  useEffect(() => {
    keepServerAnswer({ data, dataUpdatedAt, error, failureReason, fetchStatus });
  }, [data, dataUpdatedAt, error, failureReason, fetchStatus]);

  const shown =
    account.kind === 'live' || account.kind === 'device-copy'
      ? account.me
      : account.kind === 'signed-out'
        ? null
        : undefined;
  return { data: shown, account, refetch };
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
    async (redirect: SignInRedirect = {}) => {
      await endLocalSession(queryClient, trpc.account.me.queryKey(), redirect);
      await navigate(signInPath(redirect.next), {
        replace: true,
        state: { sessionEnded: redirect.sessionEnded ?? false },
      });
    },
    [navigate, queryClient, trpc],
  );
}

/**
 * Signs this device out on purpose: `endOnServer` (sign out, end this session, or all of them),
 * then the device forgets the account, its boards' copies and its waiting reports, and goes to
 * sign in. All of it runs in the mutation, not in a screen's callback: the screen may be gone
 * before the server answers.
 */
export function useSignOutOfThisDevice() {
  const endLocalSession = useEndLocalSession();
  return useCallback(
    (endOnServer: () => Promise<unknown>) =>
      whileSigningOut(async () => {
        await endOnServer();
        await endLocalSession({ forgetDevice: true });
      }),
    [endLocalSession],
  );
}

/**
 * What ending the session leaves on this device: no cached answer, no copy of the account (the
 * next person to open the app must sign in, online or not), and on sign-out no board copies.
 */
export async function endLocalSession(
  queryClient: QueryClient,
  meKey: QueryKey,
  { forgetDevice = false }: Pick<SignInRedirect, 'forgetDevice'> = {},
): Promise<void> {
  forgetDeviceAccount();
  if (forgetDevice) {
    const userId = queryClient.getQueryData<Me | null>(meKey)?.user.id;
    await forgetThisDevice();
    // That account's incident reports still waiting leave too (the sign-out button warned first).
    if (userId) {
      const { forgetIncidentOutbox } = await import('./incident-outbox/incident-outbox');
      await forgetIncidentOutbox(userId);
    }
  }
  await queryClient.cancelQueries();
  queryClient.clear();
  queryClient.setQueryData(meKey, null);
}
