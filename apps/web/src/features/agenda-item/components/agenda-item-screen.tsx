/**
 * One agenda item on one date: what it is, who comes, the notes everyone types together, and the
 * action items decided there; with who else has it open. Read from the board the item lives on
 * (the platform's agenda, or a group's), also offline from this device's copy.
 */
import { docNameOf, idList, type AgendaItem, type AgendaOccurrence, type Entry } from '@opale/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { SyncStatus } from '@/components/sync-status';
import { Badge } from '@/components/ui/badge';
import { ChevronLeftIcon } from '@/components/ui/board-icons';
import { LockIcon } from '@/components/ui/icons';
import { LoadingState } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { buttonClasses } from '@/components/ui/button';
import { parisDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useOrganisationNames } from '@/lib/schedule/organisation-names';
import { useTRPC } from '@/lib/trpc';
import type { AgendaBoardView, AgendaViewer } from '../api/agenda-board-view';
import { useAgendaItem } from '../api/use-agenda-item';
import { formatLongDay } from '../utils/item-dates';
import { itemPath, readItemSearch } from '../utils/item-link';
import { defaultOccurrenceDate, occurrenceOfItem } from '../utils/item-occurrence';
import { ItemPage } from './item-page';

export interface AgendaItemScreenProps {
  platform: string;
  platformName: string;
  itemId: string;
  /** The agenda boards this member reads (the platform's, then their groups'). */
  boards: readonly AgendaBoardView[];
  viewer: AgendaViewer;
}

type View =
  | { kind: 'loading' }
  | { kind: 'message'; title: string; text: string; link?: { to: string; label: string } }
  | { kind: 'redirect'; to: string }
  | {
      kind: 'item';
      live: AgendaBoardView;
      entry: Entry<AgendaItem>;
      occurrence: AgendaOccurrence;
    };

export function AgendaItemScreen({
  platform,
  platformName,
  itemId,
  boards,
  viewer,
}: AgendaItemScreenProps) {
  const { t } = useTranslation('agenda');
  const { t: tc } = useTranslation();
  const locale = currentLocale();
  const trpc = useTRPC();
  const [search] = useSearchParams();
  const { date, groupId } = readItemSearch(search);
  const live = boards.find(
    (b) => b.docName === docNameOf({ board: 'agenda', platform, group: groupId }),
  );
  // A group's board is listed once the server said the organisation is in the group (the app
  // asks it); until then an unlisted group may only be unknown yet.
  const groups = useQuery({
    ...trpc.group.list.queryOptions({ platform }),
    enabled: groupId !== null && live === undefined,
  });
  const organisationNames = useOrganisationNames(platform);
  const today = parisDay(new Date());

  const snapshot = live?.snapshot ?? null;
  const entry = useAgendaItem(snapshot, itemId);

  const nameOf = (organisationId: string) =>
    organisationNames.get(organisationId)?.name ??
    (organisationId === viewer.organisationId ? viewer.organisationName : t('unknownOrganisation'));

  const backLink = { to: `/${platform}/agenda`, label: t('item.backToAgenda') };
  const notFound: View = {
    kind: 'message',
    title: t('item.notFoundTitle'),
    text: t('item.notFound'),
    link: backLink,
  };

  let view: View;
  if (!live) {
    view = groups.isPending && groups.fetchStatus === 'fetching' ? { kind: 'loading' } : notFound;
  } else if (live.sync.kind === 'no-access') {
    view = { kind: 'message', title: t('item.notFoundTitle'), text: t('noAccess'), link: backLink };
  } else if (live.sync.kind === 'unavailable') {
    view = { kind: 'message', title: t('item.notFoundTitle'), text: '', link: backLink };
  } else if (!snapshot?.ready) {
    view = { kind: 'loading' };
  } else if (!entry) {
    if (!snapshot.known && live.sync.kind !== 'offline') view = { kind: 'loading' };
    else if (!snapshot.known)
      view = { kind: 'message', title: t('item.notFoundTitle'), text: t('notDownloaded') };
    else view = notFound;
  } else if (entry.fields.rrule !== null && date === null) {
    const first = defaultOccurrenceDate(entry, today);
    view =
      first === null
        ? { kind: 'message', title: entry.fields.title, text: t('item.noDates'), link: backLink }
        : { kind: 'redirect', to: itemPath(platform, { itemId, date: first, groupId }) };
  } else {
    const occurrence = occurrenceOfItem(entry, date);
    if (occurrence) {
      view = { kind: 'item', live, entry, occurrence };
    } else if (entry.fields.rrule === null || date === null) {
      view = {
        kind: 'message',
        title: entry.fields.title,
        text: t('item.noDates'),
        link: backLink,
      };
    } else {
      const nearest = defaultOccurrenceDate(entry, date);
      view = {
        kind: 'message',
        title: entry.fields.title,
        text: t('item.notADate', { date: formatLongDay(date, locale) }),
        link:
          nearest === null
            ? backLink
            : {
                to: itemPath(platform, { itemId, date: nearest, groupId }),
                label: t('item.goToDate', { date: formatLongDay(nearest, locale) }),
              },
      };
    }
  }

  if (view.kind === 'redirect') return <Navigate to={view.to} replace />;

  const title =
    view.kind === 'item'
      ? view.entry.fields.title
      : view.kind === 'message'
        ? view.title
        : tc('common.loading');

  let lead: ReactNode = null;
  let body: ReactNode;
  if (view.kind === 'item') {
    const { item } = view.occurrence;
    lead = (
      <span className="flex flex-wrap items-center gap-2">
        <Badge tone="brand">{t(`kinds.${item.kind}`)}</Badge>
        {view.live.group ? (
          <Badge tone="warning">
            <LockIcon className="mr-1 size-4" />
            {t('restricted', { group: view.live.group.name })}
          </Badge>
        ) : null}
        {view.occurrence.cancelled ? <Badge tone="danger">{t('cancelled')}</Badge> : null}
      </span>
    );
    body = (
      <ItemPage
        key={`${view.live.docName}\u0000${view.occurrence.key}`}
        platform={platform}
        live={view.live}
        entry={view.entry}
        occurrence={view.occurrence}
        organisers={idList(item.organisers)}
        invited={idList(item.invited)}
        viewer={viewer}
        nameOf={nameOf}
        organisationIds={[...organisationNames.keys()]}
        today={today}
      />
    );
  } else if (view.kind === 'message') {
    body = (
      <>
        {live ? (
          <SyncStatus
            className="mb-4"
            state={live.sync}
            onDismiss={() => live.board?.dismissRefusal()}
          />
        ) : null}
        {view.text ? <p className="mb-4 text-slate-800">{view.text}</p> : null}
        {view.link && view.link !== backLink ? (
          <Link to={view.link.to} className={buttonClasses('secondary')}>
            {view.link.label}
          </Link>
        ) : null}
      </>
    );
  } else {
    body = <LoadingState label={tc('common.loading')} />;
  }

  return (
    <Page title={title} documentTitle={`${title} · ${platformName}`} lead={lead}>
      <p className="-mt-3 mb-4">
        <Link
          to={backLink.to}
          className="inline-flex min-h-11 items-center gap-1 font-medium text-brand-800 underline-offset-4 hover:underline"
        >
          <ChevronLeftIcon className="size-4" />
          {backLink.label}
        </Link>
      </p>
      {body}
    </Page>
  );
}
