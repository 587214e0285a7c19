import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { AccountIcon } from '@/components/ui/icons';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { PlatformNav } from '@/features/platform/components/platform-nav';
import { PlatformSwitcher } from '@/features/platform/components/platform-switcher';
import { cn } from '@/lib/cn';
import type { Me, MyMembership } from '@/lib/session';
import { Brand } from './brand';

export interface AppShellProps {
  me: Me;
  /** The platform in view, if any: adds its navigation. */
  membership?: MyMembership | undefined;
  children: ReactNode;
}

/** Signed-in frame: header (platform, account, sign out), the platform's navigation, content. */
export function AppShell({ me, membership, children }: AppShellProps) {
  const { t } = useTranslation();
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:m-2 focus:rounded focus:bg-white focus:p-2"
      >
        {t('common.skipToContent')}
      </a>
      <header className="on-dark sticky top-0 z-30 bg-brand-900 text-white">
        <div className="mx-auto flex max-w-5xl items-center gap-1 px-2 py-1 sm:gap-2 sm:px-3">
          <Brand />
          <div className="flex min-w-0 flex-1 items-center">
            <PlatformSwitcher memberships={me.memberships} currentSlug={membership?.platformSlug} />
          </div>
          <NavLink
            to="/account"
            className={({ isActive }) =>
              cn(
                'inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-lg px-2 font-semibold hover:bg-brand-800 md:px-3',
                isActive && 'bg-brand-800',
              )
            }
          >
            <AccountIcon />
            <span className="sr-only md:not-sr-only">{t('nav.account')}</span>
          </NavLink>
          <SignOutButton />
        </div>
      </header>
      {membership ? <PlatformNav slug={membership.platformSlug} role={membership.role} /> : null}
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 pt-6 pb-28 md:pb-12">
        {children}
      </main>
    </div>
  );
}
