import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { switchPlatformPath } from '@/lib/platform-nav';
import type { MyMembership } from '@/lib/session';

export interface PlatformSwitcherProps {
  memberships: MyMembership[];
  currentSlug: string | undefined;
}

/** A native select: the lightest control on cheap phones, and it names the platform in view. */
export function PlatformSwitcher({ memberships, currentSlug }: PlatformSwitcherProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = memberships.find((m) => m.platformSlug === currentSlug);

  if (memberships.length < 2) {
    return current ? <span className="truncate font-semibold">{current.platformName}</span> : null;
  }

  return (
    <div className="min-w-0">
      <label htmlFor="platform-switcher" className="sr-only">
        {t('nav.platform')}
      </label>
      <select
        id="platform-switcher"
        value={currentSlug ?? ''}
        onChange={(event) => {
          const target = memberships.find((m) => m.platformSlug === event.target.value);
          if (target) void navigate(switchPlatformPath(pathname, target.platformSlug, target.role));
        }}
        className="min-h-11 max-w-full truncate rounded-lg border border-brand-300 bg-brand-800 px-2 font-semibold text-white"
      >
        {current ? null : <option value="">{t('nav.platform')}</option>}
        {memberships.map((m) => (
          <option key={m.platformSlug} value={m.platformSlug}>
            {m.platformName}
          </option>
        ))}
      </select>
    </div>
  );
}
