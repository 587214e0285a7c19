import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorMessage, LoadingState } from '@/components/ui/message';
import { changeLocale, isLocale } from '@/lib/i18n';
import { signInPath } from '@/lib/safe-next';
import { useMe, type Me } from '@/lib/session';
import { useDescribeError } from '@/lib/use-describe-error';

/** The account's language wins once signed in (chosen in "My account", on any device). */
function useAccountLocale(me: Me | null | undefined) {
  const locale = me?.user.locale;
  const userId = me?.user.id;
  useEffect(() => {
    if (isLocale(locale)) void changeLocale(locale);
  }, [locale, userId]);
}

export function SignedInLayout() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const me = useMe();
  const location = useLocation();
  useAccountLocale(me.data);

  if (me.isPending) {
    return (
      <main id="main" className="mx-auto max-w-5xl px-4">
        <LoadingState label={t('common.loading')} />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-8">
        <ErrorMessage>{describeError(me.error)}</ErrorMessage>
        <Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>
      </main>
    );
  }
  if (!me.data) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <Outlet context={me.data} />;
}
