/**
 * Around every screen: what the connection is doing, and the watch for ended sessions (any
 * refused request sends the person to sign in, then back to where they were).
 */
import { useIsFetching, useIsMutating } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { Button } from '@/components/ui/button';
import { OfflineIcon } from '@/components/ui/icons';
import { cn } from '@/lib/cn';
import { useDeviceAccountShown } from '@/lib/device-account';
import { formatDateTime } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useOnline } from '@/lib/online';
import { useEndLocalSession } from '@/lib/session';
import { onSessionEnded } from '@/lib/session-events';
import { applyAppUpdate, useAppUpdate } from '../service-worker';

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
  const deviceAccountSavedAt = useDeviceAccountShown();
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
        {deviceAccountSavedAt !== null ? (
          <p className="flex items-center gap-2 bg-amber-100 px-4 py-2 text-amber-950">
            <OfflineIcon className="size-5 shrink-0" />
            {t('status.offlineDeviceAccount', {
              when: formatDateTime(deviceAccountSavedAt, currentLocale()),
            })}
          </p>
        ) : online ? null : (
          <p className="flex items-center gap-2 bg-amber-100 px-4 py-2 text-amber-950">
            <OfflineIcon className="size-5 shrink-0" />
            {t('status.offline')}
          </p>
        )}
      </div>
    </>
  );
}

/** A new version of the app is ready: the person applies it when they are done. */
function UpdateNotice() {
  const { t } = useTranslation();
  const update = useAppUpdate();
  return (
    <div role="status">
      {update === 'current' ? null : (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 bg-brand-50 px-4 py-2 text-brand-900">
          <p>{update === 'ready' ? t('update.ready') : t('update.appliedElsewhere')}</p>
          {update === 'ready' ? (
            <Button onClick={applyAppUpdate}>{t('update.apply')}</Button>
          ) : (
            <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
          )}
        </div>
      )}
    </div>
  );
}

export function RootLayout() {
  return (
    <>
      <SessionWatch />
      <ConnectionStatus />
      <UpdateNotice />
      <Outlet />
      <ScrollRestoration />
    </>
  );
}
