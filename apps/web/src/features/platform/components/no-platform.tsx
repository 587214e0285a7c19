import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClasses } from '@/components/ui/button';
import { Page } from '@/components/ui/page';

export function NoPlatform() {
  const { t } = useTranslation();
  return (
    <Page title={t('platform.noPlatformTitle')}>
      <p className="mb-4 max-w-prose text-slate-800">{t('platform.noPlatformBody')}</p>
      <Link to="/account" className={buttonClasses('secondary')}>
        {t('nav.account')}
      </Link>
    </Page>
  );
}
