import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorMessage, LoadingState } from '@/components/ui/message';
import { showDeviceAccount } from '@/lib/device-account';
import { changeLocale, isLocale } from '@/lib/i18n';
import { signInPath } from '@/lib/safe-next';
import { useMe, type Me } from '@/lib/session';
import { useDescribeError } from '@/lib/use-describe-error';

/** Sends the incident reports waiting on this device as soon as the app opens (its own chunk). */
const IncidentOutboxAtStart = lazy(() => import('@/lib/incident-outbox/outbox-at-start'));

/** The account's language wins once signed in (chosen in "My account", on any device). */
function useAccountLocale(me: Me | null | undefined) {
  const locale = me?.user.locale;
  const userId = me?.user.id;
  useEffect(() => {
    if (isLocale(locale)) void changeLocale(locale);
  }, [locale, userId]);
}

/**
 * Every signed-in screen. Offline, the account is the copy this device kept of the server's last
 * answer (the banner above says so and since when); the screens then show what the device has.
 */
export function SignedInLayout() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const me = useMe();
  const { account } = me;
  const location = useLocation();
  useAccountLocale(me.data);

  const copySavedAt = account.kind === 'device-copy' ? account.savedAt : null;
  useEffect(() => {
    showDeviceAccount(copySavedAt);
    return () => showDeviceAccount(null);
  }, [copySavedAt]);

  switch (account.kind) {
    case 'loading':
      return (
        <main id="main" className="mx-auto max-w-5xl px-4">
          <LoadingState label={t('common.loading')} />
        </main>
      );
    case 'failed':
    case 'unreachable':
      return (
        <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-8">
          <ErrorMessage>
            {account.kind === 'failed' ? describeError(account.error) : t('errors.network')}
          </ErrorMessage>
          <Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>
        </main>
      );
    case 'signed-out':
      return <Navigate to={signInPath(location.pathname + location.search)} replace />;
    case 'live':
    case 'device-copy':
      return (
        <>
          <Outlet context={account.me} />
          <Suspense fallback={null}>
            <IncidentOutboxAtStart />
          </Suspense>
        </>
      );
  }
}
