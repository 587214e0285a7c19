import { banLiftedOn, type BanStanding } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { BanListed } from '@/lib/bans/use-bans';
import { formatDay, formatList } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';

export interface BanCardProps {
  ban: BanListed;
  standing: BanStanding;
  siteName: (siteId: string) => string | undefined;
  onEdit?: (() => void) | undefined;
  onRenew?: (() => void) | undefined;
  onChallenge?: (() => void) | undefined;
  onRemove?: (() => void) | undefined;
}

const tones: Record<BanStanding, BadgeTone> = {
  in_force: 'danger',
  upcoming: 'warning',
  expired: 'neutral',
  lifted: 'success',
};

export function BanCard({
  ban,
  standing,
  siteName,
  onEdit,
  onRenew,
  onChallenge,
  onRemove,
}: BanCardProps) {
  const { t } = useTranslation('incidents');
  const locale = currentLocale();
  const day = (date: string) => formatDay(date, locale);
  const headingId = `ban-${ban.id}-heading`;
  const lifted = banLiftedOn(ban);
  const { challenge } = ban;

  return (
    <li>
      <article
        id={`ban-${ban.id}`}
        aria-labelledby={headingId}
        className="scroll-mt-4 rounded-xl border border-slate-300 bg-white p-4 target:ring-2 target:ring-brand-700"
      >
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h3 id={headingId} className="text-lg font-bold text-slate-950">
            {ban.reference}
          </h3>
          <Badge tone={tones[standing]}>{t(`bans.standing.${standing}`)}</Badge>
        </div>
        <p className="text-sm text-slate-700">
          {t('bans.card.issued', {
            authority: t(`bans.authorities.${ban.authority}`),
            commune: ban.commune,
            date: day(ban.signedOn),
          })}
        </p>
        <dl className="mt-3 space-y-2">
          <div>
            <dt className="font-medium text-slate-900">{t('bans.card.period')}</dt>
            <dd className="text-slate-800">
              {t('bans.card.periodText', { from: day(ban.validFrom), until: day(ban.validUntil) })}
              {ban.renewals.length > 0
                ? ` — ${t('bans.card.renewedUntil', { date: day(ban.renewedUntil) })}`
                : null}
              {lifted ? (
                <span className="block font-medium">
                  {t('bans.card.liftedOn', { date: day(lifted) })}
                </span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-900">{t('bans.card.area')}</dt>
            <dd className="whitespace-pre-line text-slate-800">{ban.area}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-900">{t('bans.card.sites')}</dt>
            <dd className="text-slate-800">
              {formatList(
                ban.siteIds.map((id) => siteName(id) ?? t('bans.card.unknownSite')),
                locale,
              )}
            </dd>
          </div>
          {ban.forbids ? (
            <div>
              <dt className="font-medium text-slate-900">{t('bans.card.forbids')}</dt>
              <dd className="text-slate-800">{ban.forbids}</dd>
            </div>
          ) : null}
          {ban.renewals.length > 0 ? (
            <div>
              <dt className="font-medium text-slate-900">{t('bans.card.timeline')}</dt>
              <dd>
                <ol className="mt-1 space-y-1 border-l-2 border-slate-300 pl-3 text-sm text-slate-800">
                  <li>
                    {t('bans.card.original', {
                      reference: ban.reference,
                      signedOn: day(ban.signedOn),
                      from: day(ban.validFrom),
                      until: day(ban.validUntil),
                    })}
                  </li>
                  {ban.renewals.map((renewal) => (
                    <li key={renewal.id}>
                      {t('bans.card.renewal', {
                        reference: renewal.reference,
                        signedOn: day(renewal.signedOn),
                        until: day(renewal.validUntil),
                      })}
                    </li>
                  ))}
                </ol>
              </dd>
            </div>
          ) : null}
          <div>
            <dt className="font-medium text-slate-900">{t('bans.card.challenge')}</dt>
            <dd className="text-slate-800">
              {challenge.state === 'none' ? t('bans.card.challengeNone') : null}
              {challenge.state === 'filed'
                ? t('bans.card.challengeFiled', {
                    date: day(challenge.filedOn),
                    court: challenge.court,
                  })
                : null}
              {challenge.state === 'decided'
                ? t('bans.card.challengeDecided', {
                    filedOn: day(challenge.filedOn),
                    court: challenge.court,
                    date: day(challenge.decidedOn),
                    outcome: t(`bans.outcomes.${challenge.outcome}`),
                  })
                : null}
              {challenge.state !== 'none' && challenge.reference ? (
                <span className="block text-sm text-slate-700">
                  {t('bans.card.caseNumber', { reference: challenge.reference })}
                </span>
              ) : null}
            </dd>
          </div>
        </dl>
        {onEdit || onRenew || onChallenge || onRemove ? (
          <div className="mt-3 flex flex-wrap gap-2">
            {onEdit ? (
              <Button size="sm" variant="secondary" onClick={onEdit}>
                {t('bans.card.edit')}
                <span className="sr-only"> {ban.reference}</span>
              </Button>
            ) : null}
            {onRenew ? (
              <Button size="sm" variant="secondary" onClick={onRenew}>
                {t('bans.card.renew')}
                <span className="sr-only"> {ban.reference}</span>
              </Button>
            ) : null}
            {onChallenge ? (
              <Button size="sm" variant="secondary" onClick={onChallenge}>
                {t('bans.card.recordChallenge')}
                <span className="sr-only"> {ban.reference}</span>
              </Button>
            ) : null}
            {onRemove ? (
              <Button size="sm" variant="dangerOutline" onClick={onRemove}>
                {t('bans.card.remove')}
                <span className="sr-only"> {ban.reference}</span>
              </Button>
            ) : null}
          </div>
        ) : null}
      </article>
    </li>
  );
}
