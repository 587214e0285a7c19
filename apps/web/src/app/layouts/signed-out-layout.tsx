import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { Brand } from './brand';

/** Sign-in and invitation pages: the brand, the language choice, one column. */
export function SignedOutLayout() {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:m-2 focus:rounded focus:bg-white focus:p-2"
      >
        {t('common.skipToContent')}
      </a>
      <header className="on-dark bg-brand-900 text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-3 py-1">
          <Brand />
          <LanguageSwitch tone="dark" />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-xl flex-1 px-4 py-8">
        <Outlet />
      </main>
      <footer className="px-4 py-6 text-center text-sm text-slate-700">
        {t('common.tagline')}
      </footer>
    </div>
  );
}
