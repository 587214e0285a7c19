import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '@/components/ui/button';
import { Page } from '@/components/ui/page';
import { NotFound } from './not-found';

/** Most often a screen's code could not download (weak signal, or a new version deployed). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <main id="main" className="mx-auto max-w-xl px-4 py-8">
        <NotFound />
      </main>
    );
  }
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-8">
      <Page title={t('errors.pageFailed')}>
        <p className="mb-4 text-slate-800">{t('errors.pageFailedBody')}</p>
        <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
      </Page>
    </main>
  );
}
