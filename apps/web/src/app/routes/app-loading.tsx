import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/ui/message';

export function AppLoading() {
  const { t } = useTranslation();
  return (
    <main id="main" className="mx-auto max-w-5xl px-4">
      <LoadingState label={t('common.loading')} />
    </main>
  );
}
