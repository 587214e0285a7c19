/**
 * What each organisation owes, across every meeting of every agenda the member reads: per owner
 * organisation (the viewer's own first), what is still to do first, overdue ones flagged, each
 * with a link to the meeting it came from. Representatives tick them off here too.
 */
import { agendaBoard, type AgendaItem } from '@opale/core';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SyncStatus } from '@/components/sync-status';
import { WarningIcon } from '@/components/ui/icons';
import { LoadingState, StatusMessage } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { cn } from '@/lib/cn';
import { formatDay, parisDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useOrganisationNames } from '@/lib/schedule/organisation-names';
import { setActionDone } from '../api/action-items';
import type { AgendaBoardView, AgendaViewer } from '../api/agenda-board-view';
import {
  groupByOwner,
  readAction,
  readOwnerFilter,
  writeOwnerFilter,
  type HasAction,
  type OwnerFilter,
  type OwnerGroup,
} from '../utils/action-list';
import { agendaRights } from '../utils/agenda-rights';
import { mostPressing, takesChanges } from '../utils/board-state';
import { itemPath } from '../utils/item-link';
import { ActionRow } from './action-row';

export interface ActionsOverviewScreenProps {
  platform: string;
  platformName: string;
  boards: readonly AgendaBoardView[];
  viewer: AgendaViewer;
}

interface OverviewRow extends HasAction {
  /** Unique across boards. */
  key: string;
  id: string;
  board: AgendaBoardView;
  meeting: { label: string; href: string } | null;
}

export function ActionsOverviewScreen({
  platform,
  platformName,
  boards,
  viewer,
}: ActionsOverviewScreenProps) {
  const { t } = useTranslation('agenda');
  const { t: tc } = useTranslation();
  const locale = currentLocale();
  const [search, setSearch] = useSearchParams();
  const filter = readOwnerFilter(search);
  const organisationNames = useOrganisationNames(platform);
  const today = parisDay(new Date());
  const [status, setStatus] = useState('');
  const filterName = useId();

  const rows = useMemo(() => {
    const found: OverviewRow[] = [];
    for (const board of boards) {
      const doc = board.snapshot?.doc;
      if (!doc) continue;
      const items = new Map<string, AgendaItem>(
        agendaBoard.items(doc).map((entry) => [entry.id, entry.fields]),
      );
      for (const entry of agendaBoard.actions(doc)) {
        const action = readAction(entry.fields);
        const item = items.get(action.itemId);
        found.push({
          key: `${board.docName}\u0000${entry.id}`,
          id: entry.id,
          board,
          action,
          meeting: item
            ? {
                label: `${item.title} · ${formatDay(action.occurrenceDate ?? item.date, locale)}`,
                href: itemPath(platform, {
                  itemId: action.itemId,
                  date: action.occurrenceDate,
                  groupId: board.group?.id ?? null,
                }),
              }
            : null,
        });
      }
    }
    return found;
  }, [boards, platform, locale]);

  const nameOf = (organisationId: string) =>
    organisationNames.get(organisationId)?.name ??
    (organisationId === viewer.organisationId ? viewer.organisationName : t('unknownOrganisation'));
  const shown =
    filter === 'mine' ? rows.filter((row) => row.action.owner === viewer.organisationId) : rows;
  const groups = groupByOwner(shown, {
    today,
    viewerOrganisation: viewer.organisationId,
    nameOf,
  });

  const { role, organisationId } = viewer;
  const mayTick = agendaRights({ role, organisationId }).actions;
  const sync = mostPressing(boards.map((board) => board.sync));
  const platformBoard = boards[0];

  function changeFilter(next: OwnerFilter) {
    setSearch(writeOwnerFilter(search, next), { replace: true });
  }

  function toggle(row: OverviewRow, done: boolean) {
    const live = row.board.board;
    if (!live) return;
    setActionDone(live, row.id, done, { by: viewer.name, at: new Date() });
    const said = t(done ? 'item.actions.markedDone' : 'item.actions.markedOpen', {
      text: row.action.text,
    });
    setStatus(row.board.sync.kind === 'offline' ? `${said} ${t('savedOnDevice')}` : said);
  }

  const row = (r: OverviewRow) => (
    <ActionRow
      key={r.key}
      action={r.action}
      today={today}
      meeting={r.meeting}
      onToggle={
        mayTick && r.board.board !== null && takesChanges(r.board.sync)
          ? (done) => toggle(r, done)
          : undefined
      }
    />
  );

  let body;
  if (!platformBoard || platformBoard.sync.kind === 'unavailable') {
    body = null;
  } else if (platformBoard.sync.kind === 'no-access') {
    body = <p className="text-slate-800">{t('noAccess')}</p>;
  } else if (
    !platformBoard.snapshot?.ready ||
    (rows.length === 0 && !platformBoard.snapshot.known && platformBoard.sync.kind !== 'offline')
  ) {
    body = <LoadingState label={tc('common.loading')} />;
  } else if (rows.length === 0 && !platformBoard.snapshot.known) {
    body = <p className="text-slate-800">{t('notDownloaded')}</p>;
  } else if (groups.length === 0) {
    body = (
      <p className="text-slate-800">
        {filter === 'mine' && rows.length > 0
          ? t('item.overview.noneMine')
          : t('item.overview.none')}
      </p>
    );
  } else {
    body = (
      <div className="space-y-8">
        {groups.map((group) => (
          <OwnerSection
            key={group.owner}
            group={group}
            heading={
              group.owner === viewer.organisationId
                ? t('item.overview.yours', { organisation: nameOf(group.owner) })
                : nameOf(group.owner)
            }
            mine={group.owner === viewer.organisationId}
            row={row}
          />
        ))}
      </div>
    );
  }

  return (
    <Page
      title={t('item.overview.title')}
      documentTitle={`${t('item.overview.title')} · ${platformName}`}
      lead={t('item.overview.lead', { platform: platformName })}
    >
      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between">
        {sync ? (
          <SyncStatus
            state={sync}
            onDismiss={() => {
              for (const board of boards) board.board?.dismissRefusal();
            }}
          />
        ) : null}
        <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <legend className="sr-only">{t('item.overview.filterLabel')}</legend>
          <span aria-hidden="true" className="font-medium text-slate-800">
            {t('item.overview.filterLabel')}
          </span>
          {(['mine', 'all'] as const).map((choice) => (
            <label
              key={choice}
              className="flex min-h-11 cursor-pointer items-center gap-2 font-medium text-slate-900"
            >
              <input
                type="radio"
                name={filterName}
                value={choice}
                checked={filter === choice}
                onChange={() => changeFilter(choice)}
                className="size-5 accent-brand-700"
              />
              {t(`item.overview.${choice}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {mayTick ? null : <p className="mb-4 text-slate-700">{t('item.overview.readOnly')}</p>}
      <StatusMessage className="mb-4">{status}</StatusMessage>
      {body}
    </Page>
  );
}

function OwnerSection({
  group,
  heading,
  mine,
  row,
}: {
  group: OwnerGroup<OverviewRow>;
  heading: string;
  mine: boolean;
  row: (r: OverviewRow) => ReactNode;
}) {
  const { t } = useTranslation('agenda');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <div
        className={cn(
          'mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b pb-1',
          mine ? 'border-brand-700' : 'border-slate-300',
        )}
      >
        <h2 id={headingId} className="text-lg font-bold text-slate-950">
          {heading}
        </h2>
        <p className="flex flex-wrap items-center gap-x-3 text-sm font-semibold text-slate-800">
          {group.open.length > 0 ? (
            <span>{t('item.overview.open', { count: group.open.length })}</span>
          ) : null}
          {group.overdue > 0 ? (
            <span className="inline-flex items-center gap-1 text-red-800">
              <WarningIcon className="size-4" />
              {t('item.overview.overdue', { count: group.overdue })}
            </span>
          ) : null}
        </p>
      </div>
      {group.open.length > 0 ? (
        <ul className="grid gap-2 md:grid-cols-2" aria-labelledby={headingId}>
          {group.open.map(row)}
        </ul>
      ) : (
        <p className="text-slate-700">{t('item.overview.nothingOpen')}</p>
      )}
      {group.done.length > 0 ? (
        <details className="mt-3">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-800">
            {t('item.overview.doneCount', { count: group.done.length })}
          </summary>
          <ul className="grid gap-2 md:grid-cols-2">{group.done.map(row)}</ul>
        </details>
      ) : null}
    </section>
  );
}
