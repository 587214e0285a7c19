import type { ComponentType, SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Role } from '@opale/core';
import {
  BuildingIcon,
  HomeIcon,
  InviteIcon,
  LogIcon,
  MapPinIcon,
  PeopleIcon,
} from '@/components/ui/icons';
import { cn } from '@/lib/cn';
import { navItemsFor, platformPath, type PlatformScreen } from '@/lib/platform-nav';

const icons: Record<PlatformScreen, ComponentType<SVGProps<SVGSVGElement>>> = {
  home: HomeIcon,
  sites: MapPinIcon,
  members: PeopleIcon,
  organisations: BuildingIcon,
  invitations: InviteIcon,
  audit: LogIcon,
};

/** A bottom bar within thumb reach on phones; a row of tabs under the header on wider screens. */
export function PlatformNav({ slug, role }: { slug: string; role: Role }) {
  const { t } = useTranslation();
  const items = navItemsFor(role);
  return (
    <nav
      aria-label={t('nav.main')}
      className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-300 bg-white pb-[env(safe-area-inset-bottom)] md:static md:border-t-0 md:border-b md:pb-0"
    >
      <ul className="mx-auto flex max-w-5xl md:gap-1 md:px-4">
        {items.map((item) => {
          const Icon = icons[item.screen];
          return (
            <li key={item.screen} className="min-w-0 flex-auto md:flex-none">
              <NavLink
                to={platformPath(slug, item.path)}
                end={item.path === ''}
                className={({ isActive }) =>
                  cn(
                    'flex min-h-14 flex-col items-center justify-center gap-0.5 px-0.5 text-xs font-semibold',
                    'md:min-h-12 md:flex-row md:gap-2 md:border-b-4 md:px-3 md:text-base',
                    isActive
                      ? 'text-brand-800 md:border-brand-700'
                      : 'text-slate-700 hover:text-slate-950 md:border-transparent',
                  )
                }
              >
                {({ isActive }) => (
                  <>
                    <span
                      className={cn(
                        'flex h-7 w-12 items-center justify-center rounded-full md:h-auto md:w-auto',
                        isActive && 'bg-brand-100 md:bg-transparent',
                      )}
                    >
                      <Icon className="size-5" />
                    </span>
                    <span className="max-w-full truncate tracking-tight md:hidden">
                      {t(`navShort.${item.screen}`)}
                    </span>
                    <span className="hidden md:inline">{t(`nav.${item.screen}`)}</span>
                  </>
                )}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
