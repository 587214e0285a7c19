import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClasses } from '@/components/ui/button';
import { Page } from '@/components/ui/page';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.notFound')}>
      <p className="mb-4 text-slate-800">{t('errors.notFoundBody')}</p>
      <Link to="/" className={buttonClasses('secondary')}>
        {t('errors.backHome')}
      </Link>
    </Page>
  );
}
