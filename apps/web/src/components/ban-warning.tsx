/**
 * Says that a distribution falls inside a ban (a prefectoral or municipal order): which order,
 * which site, for which period, and that distributions there may be fined. A warning, never a
 * refusal: organisations decide, and the order may be challenged.
 */
import type { BanHit } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WarningIcon } from '@/components/ui/icons';
import type { BanListed } from '@/lib/bans/use-bans';
import { formatDay, formatList, formatWeekdayDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { registerIncidentsTranslations } from '@/lib/i18n/incidents';

registerIncidentsTranslations();

/** Where a ban is shown on the bans screen. */
export function banPath(platform: string, banId: string): string {
  return `/${platform}/incidents/bans#ban-${banId}`;
}

export interface BanWarningProps {
  hits: readonly BanHit<BanListed>[];
  platform: string;
  siteName: (siteId: string) => string;
}

export function BanWarning({ hits, platform, siteName }: BanWarningProps) {
  const { t } = useTranslation('incidents');
  const locale = currentLocale();
  if (hits.length === 0) return null;
  return (
    <div className="rounded-lg border border-red-400 bg-red-50 p-3 text-red-950">
      <p className="flex items-start gap-2 font-semibold">
        <WarningIcon className="mt-0.5 size-5 shrink-0" />
        {t('bans.warning.heading')}
      </p>
      <ul className="mt-2 space-y-2 text-sm">
        {hits.map(({ ban, dates, siteIds }) => (
          <li key={ban.id}>
            <Link
              to={banPath(platform, ban.id)}
              className="font-semibold underline underline-offset-2"
            >
              {ban.reference}
            </Link>{' '}
            {t('bans.warning.covers', {
              sites: formatList(siteIds.map(siteName), locale),
              from: formatDay(ban.validFrom, locale),
              until: formatDay(ban.validUntil, locale),
            })}
            {ban.renewals.length > 0
              ? ` ${t('bans.warning.renewed', { date: formatDay(ban.renewedUntil, locale) })}`
              : ''}
            .{' '}
            {t('bans.warning.dates', {
              count: dates.length,
              first: formatWeekdayDay(dates[0] ?? ban.validFrom, locale),
            })}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm font-medium">{t('bans.warning.fined')}</p>
    </div>
  );
}
