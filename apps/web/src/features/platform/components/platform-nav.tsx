import { useEffect, useId, useRef, useState, type ComponentType, type SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { Role } from '@opale/core';
import {
  AgendaIcon,
  BedIcon,
  BuildingIcon,
  ChecklistIcon,
  CirclesIcon,
  CalendarIcon,
  GridIcon,
  GuideIcon,
  HomeIcon,
  IncidentIcon,
  InviteIcon,
  LogIcon,
  MapPinIcon,
  MoreIcon,
  PeopleIcon,
  RepeatIcon,
} from '@/components/ui/icons';
import { cn } from '@/lib/cn';
import {
  barItemCounts,
  navItemsFor,
  platformPath,
  type NavItem,
  type PlatformScreen,
} from '@/lib/platform-nav';

const icons: Record<PlatformScreen, ComponentType<SVGProps<SVGSVGElement>>> = {
  home: HomeIcon,
  today: CalendarIcon,
  capacity: BedIcon,
  distributions: RepeatIcon,
  agenda: AgendaIcon,
  incidents: IncidentIcon,
  actions: ChecklistIcon,
  coverage: GridIcon,
  groups: CirclesIcon,
  guide: GuideIcon,
  sites: MapPinIcon,
  members: PeopleIcon,
  organisations: BuildingIcon,
  invitations: InviteIcon,
  audit: LogIcon,
};

// Which items sit in the bar and which in "More", by width: CSS alone decides, so that nothing
// is measured and nothing jumps. The class names are written out for Tailwind to find them.
const { phone, md, lg } = barItemCounts;

function inBar(index: number): string {
  if (index < phone) return '';
  if (index < md) return 'hidden md:block';
  if (index < lg) return 'hidden lg:block';
  return 'hidden';
}

function inMenu(index: number): string {
  if (index < phone) return 'hidden';
  if (index < md) return 'md:hidden';
  if (index < lg) return 'lg:hidden';
  return '';
}

/** "More" looks current when the current screen is one of those it holds at this width. */
function moreCurrent(activeIndex: number): { text: string; pill: string; tab: string } {
  if (activeIndex < phone) return { text: '', pill: '', tab: '' };
  if (activeIndex < md)
    return {
      text: 'text-brand-800 md:text-slate-700',
      pill: 'bg-brand-100 md:bg-transparent',
      tab: '',
    };
  if (activeIndex < lg)
    return {
      text: 'text-brand-800 lg:text-slate-700',
      pill: 'bg-brand-100 md:bg-transparent',
      tab: 'md:border-brand-700 lg:border-transparent',
    };
  return {
    text: 'text-brand-800',
    pill: 'bg-brand-100 md:bg-transparent',
    tab: 'md:border-brand-700',
  };
}

function isActive(item: NavItem, slug: string, pathname: string): boolean {
  const path = platformPath(slug, item.path);
  return item.path === ''
    ? pathname === path
    : pathname === path || pathname.startsWith(`${path}/`);
}

const barLinkClasses = (active: boolean) =>
  cn(
    'flex min-h-14 flex-col items-center justify-center gap-0.5 px-0.5 text-xs font-semibold',
    'md:min-h-12 md:flex-row md:gap-2 md:border-b-4 md:px-3 md:text-base',
    active
      ? 'text-brand-800 md:border-brand-700'
      : 'text-slate-700 hover:text-slate-950 md:border-transparent',
  );

/**
 * A bottom bar within thumb reach on phones; a row of tabs under the header on wider screens.
 * What does not fit goes into a "More" menu.
 */
export function PlatformNav({ slug, role }: { slug: string; role: Role }) {
  const { t } = useTranslation();
  const items = navItemsFor(role);
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  const menuId = useId();
  const moreItem = useRef<HTMLLIElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);

  // A navigation (a link, the back button) closes the menu.
  if (open && pathname !== openedAt) {
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      moreButton.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!moreItem.current?.contains(event.target as Node)) setOpen(false);
    };
    const onFocus = (event: FocusEvent) => {
      if (!moreItem.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open]);

  const activeIndex = items.findIndex((item) => isActive(item, slug, pathname));
  const more = moreCurrent(activeIndex === -1 ? 0 : activeIndex);

  return (
    <nav
      aria-label={t('nav.main')}
      className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-300 bg-white pb-[env(safe-area-inset-bottom)] md:static md:border-t-0 md:border-b md:pb-0"
    >
      <ul className="mx-auto flex max-w-5xl md:gap-1 md:px-4">
        {items.map((item, index) => {
          const Icon = icons[item.screen];
          return (
            <li key={item.screen} className={cn('min-w-0 flex-1 md:flex-none', inBar(index))}>
              <NavLink
                to={platformPath(slug, item.path)}
                end={item.path === ''}
                className={({ isActive: active }) => barLinkClasses(active)}
              >
                {({ isActive: active }) => (
                  <>
                    <span
                      className={cn(
                        'flex h-7 w-12 items-center justify-center rounded-full md:h-auto md:w-auto',
                        active && 'bg-brand-100 md:bg-transparent',
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
        <li ref={moreItem} className="relative min-w-0 flex-1 md:flex-none">
          <button
            ref={moreButton}
            type="button"
            aria-expanded={open}
            aria-controls={menuId}
            onClick={() => {
              setOpenedAt(pathname);
              setOpen((was) => !was);
            }}
            className={cn(
              barLinkClasses(false),
              'w-full',
              more.text,
              more.tab,
              open && 'text-slate-950',
            )}
          >
            <span
              className={cn(
                'flex h-7 w-12 items-center justify-center rounded-full md:h-auto md:w-auto',
                more.pill,
              )}
            >
              <MoreIcon className="size-5" />
            </span>
            <span className="max-w-full truncate tracking-tight md:text-base">{t('nav.more')}</span>
          </button>
          <ul
            id={menuId}
            hidden={!open}
            className="absolute right-1 bottom-full mb-2 w-64 max-w-[calc(100vw-0.5rem)] rounded-xl border border-slate-300 bg-white py-1 shadow-lg md:top-full md:right-0 md:bottom-auto md:mt-1 md:mb-0"
          >
            {items.map((item, index) => {
              const Icon = icons[item.screen];
              return (
                <li key={item.screen} className={inMenu(index)}>
                  <NavLink
                    to={platformPath(slug, item.path)}
                    end={item.path === ''}
                    onClick={() => setOpen(false)}
                    className={({ isActive: active }) =>
                      cn(
                        'flex min-h-12 items-center gap-3 px-4 font-semibold',
                        active
                          ? 'bg-brand-50 text-brand-800'
                          : 'text-slate-800 hover:bg-slate-100 hover:text-slate-950',
                      )
                    }
                  >
                    <Icon className="size-5 shrink-0" />
                    {t(`nav.${item.screen}`)}
                  </NavLink>
                </li>
              );
            })}
          </ul>
        </li>
      </ul>
    </nav>
  );
}
