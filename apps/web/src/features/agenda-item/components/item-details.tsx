/** What a meeting is: when (Paris time), where, who organises it, who is invited, which agenda. */
import { docNameOf, onlinePlaceProblem, type AgendaOccurrence } from '@opale/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MapPinIcon } from '@/components/ui/icons';
import { currentLocale } from '@/lib/i18n';
import { useLiveBoard } from '@/lib/live-board/use-live-board';
import { timeWindow } from '@/lib/schedule/time-window';
import { useSchedule } from '@/lib/schedule/use-schedule';
import { formatLongDay } from '../utils/item-dates';

export interface ItemDetailsProps {
  platform: string;
  occurrence: AgendaOccurrence;
  organisers: readonly string[];
  invited: readonly string[];
  nameOf: (organisationId: string) => string;
  /** The group whose board holds the item; null for the platform's agenda. */
  groupName: string | null;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 py-2 sm:grid-cols-[12rem_1fr] sm:gap-3">
      <dt className="font-semibold text-slate-700">{term}</dt>
      <dd className="min-w-0 break-words text-slate-950">{children}</dd>
    </div>
  );
}

export function ItemDetails({
  platform,
  occurrence,
  organisers,
  invited,
  nameOf,
  groupName,
}: ItemDetailsProps) {
  const { t } = useTranslation('agenda');
  const locale = currentLocale();
  const { item } = occurrence;
  const span = timeWindow(occurrence.startTime, occurrence.endTime);
  const names = (ids: readonly string[]) =>
    ids
      .map(nameOf)
      .sort((a, b) => a.localeCompare(b))
      .join(', ');

  return (
    <dl className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white px-3">
      <Fact term={t('item.facts.when')}>
        <span className="font-semibold">{formatLongDay(occurrence.date, locale)}</span>
        {', '}
        <span className="tabular-nums">
          {t('item.facts.time', { start: occurrence.startTime, end: occurrence.endTime })}
        </span>
        {span.pastMidnight ? <span> {t('item.facts.nextDay')}</span> : null}
      </Fact>
      <Fact term={t('item.facts.where')}>
        <Place platform={platform} kind={item.placeKind} place={item.place} />
      </Fact>
      <Fact term={t('item.facts.organisers')}>
        {organisers.length > 0 ? names(organisers) : t('item.facts.noOrganisers')}
      </Fact>
      <Fact term={t('item.facts.invited')}>
        {invited.length > 0 ? names(invited) : t('item.facts.noneInvited')}
      </Fact>
      <Fact term={t('item.facts.board')}>
        {groupName !== null ? t('restricted', { group: groupName }) : t('platformAgenda')}
      </Fact>
    </dl>
  );
}

function Place({
  platform,
  kind,
  place,
}: {
  platform: string;
  kind: AgendaOccurrence['item']['placeKind'];
  place: string | null;
}) {
  const { t } = useTranslation('agenda');
  if (kind === null || place === null || place.trim() === '') return <>{t('item.facts.noPlace')}</>;
  if (kind === 'site') return <SitePlace platform={platform} siteId={place} />;
  if (kind === 'online') {
    // Only https links become links: a stored `javascript:` or `data:` address stays text.
    if (onlinePlaceProblem(place) !== null) return <>{place}</>;
    return (
      <>
        <span className="text-slate-700">{t('placeKinds.online')} · </span>
        <a
          href={place}
          target="_blank"
          rel="noopener noreferrer"
          className="font-medium break-all text-brand-800 underline underline-offset-2 hover:no-underline"
        >
          {t('item.facts.onlineLink')}
          <span className="sr-only"> {t('item.facts.opensNewTab')}</span>
        </a>
        <span className="block text-sm break-all text-slate-700">{place}</span>
      </>
    );
  }
  return (
    <span className="inline-flex items-start gap-1">
      <MapPinIcon className="mt-0.5 size-4 shrink-0 text-slate-600" />
      <span className="whitespace-pre-line">{place}</span>
    </span>
  );
}

/** A distribution site, named from the schedule board (also offline, from this device's copy). */
function SitePlace({ platform, siteId }: { platform: string; siteId: string }) {
  const { t } = useTranslation('agenda');
  const { snapshot } = useLiveBoard(docNameOf({ board: 'schedule', platform, group: null }));
  const { sites } = useSchedule(snapshot);
  const site = sites.find((s) => s.id === siteId)?.fields;
  return (
    <span className="inline-flex items-start gap-1">
      <MapPinIcon className="mt-0.5 size-4 shrink-0 text-slate-600" />
      <span>
        <span className="text-slate-700">{t('placeKinds.site')} · </span>
        <span className="font-medium">
          {site?.name ?? (snapshot?.ready ? t('unknownSite') : '…')}
        </span>
        {site?.locationText ? (
          <span className="block text-sm text-slate-700">{site.locationText}</span>
        ) : null}
      </span>
    </span>
  );
}
