import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CalendarIcon } from '@/components/ui/icons';
import { Page } from '@/components/ui/page';
import { navItemsFor, platformPath } from '@/lib/platform-nav';
import type { MyMembership } from '@/lib/session';

export function PlatformHome({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation();
  const role = membership.role;
  // Today's distributions are the way in, above all for field teams: one link, first and large.
  const screens = navItemsFor(role).filter(
    (item) => item.screen !== 'home' && item.screen !== 'today',
  );
  return (
    <Page
      title={membership.platformName}
      lead={t('platform.myPlace', {
        role: t(`roles.${role}`),
        organisation: membership.organisationName,
      })}
    >
      <Link
        to={platformPath(membership.platformSlug, 'today')}
        className="mb-6 flex min-h-11 items-center gap-4 rounded-xl bg-brand-700 p-4 text-white hover:bg-brand-800"
      >
        <CalendarIcon className="size-8 shrink-0" />
        <span>
          <span className="block text-xl font-bold">{t('platform.todayLink')}</span>
          <span className="block text-brand-50">{t('platform.todayLinkHint')}</span>
        </span>
      </Link>
      <section aria-labelledby="platform-screens">
        <h2 id="platform-screens" className="sr-only">
          {t('platform.screens')}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {screens.map((item) => (
            <li key={item.screen}>
              <Link
                to={platformPath(membership.platformSlug, item.path)}
                className="block min-h-11 rounded-xl border border-slate-300 bg-white p-4 hover:border-brand-600 hover:bg-brand-50"
              >
                <span className="block text-lg font-semibold text-brand-800">
                  {t(`nav.${item.screen}`)}
                </span>
                <span className="block text-slate-700">
                  {item.screen === 'home' ? null : t(`platform.screenHints.${item.screen}`)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
