import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClasses } from '@/components/ui/button';
import { Page } from '@/components/ui/page';

export function NotMember({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('platform.notMemberTitle')}>
      <p className="mb-4 max-w-prose text-slate-800">{t('platform.notMemberBody', { slug })}</p>
      <Link to="/" className={buttonClasses('secondary')}>
        {t('errors.backHome')}
      </Link>
    </Page>
  );
}
