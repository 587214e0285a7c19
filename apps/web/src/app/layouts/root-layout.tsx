/**
 * Around every screen: what the connection is doing, and the watch for ended sessions (any
 * refused request sends the person to sign in, then back to where they were).
 */
import { useIsFetching, useIsMutating } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { OfflineIcon } from '@/components/ui/icons';
import { cn } from '@/lib/cn';
import { useOnline } from '@/lib/online';
import { useEndLocalSession } from '@/lib/session';
import { onSessionEnded } from '@/lib/session-events';

function SessionWatch() {
  const endLocalSession = useEndLocalSession();

  useEffect(
    () =>
      onSessionEnded(() => {
        // Read at the moment the session ended: the browser router keeps it in step with the URL.
        const { pathname, search } = window.location;
        if (pathname.startsWith('/sign-in')) return;
        void endLocalSession({ next: pathname + search, sessionEnded: true });
      }),
    [endLocalSession],
  );
  return null;
}

function ConnectionStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const fetching = useIsFetching();
  const mutating = useIsMutating();
  const navigation = useNavigation();
  const busy = fetching + mutating > 0 || navigation.state !== 'idle';
  return (
    <>
      <div
        aria-hidden="true"
        className={cn(
          'fixed inset-x-0 top-0 z-50 h-1 origin-left bg-amber-400 transition-opacity duration-300',
          busy ? 'animate-pulse opacity-100' : 'opacity-0',
        )}
      />
      <div role="status">
        {online ? null : (
          <p className="flex items-center gap-2 bg-amber-100 px-4 py-2 text-amber-950">
            <OfflineIcon className="size-5 shrink-0" />
            {t('status.offline')}
          </p>
        )}
      </div>
    </>
  );
}

export function RootLayout() {
  return (
    <>
      <SessionWatch />
      <ConnectionStatus />
      <Outlet />
      <ScrollRestoration />
    </>
  );
}
