/**
 * The joint agenda, live from the platform's agenda board and those of the member's groups:
 * everyone reads it (also offline, from this device's copy) as a list of the coming weeks, a
 * week or a month; representatives add items, change them, call off a date or a whole item.
 */
import { addDays, agendaBoard, docNameOf, idList, type AgendaItem } from '@opale/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PresenceList } from '@/components/presence-list';
import { SyncStatus } from '@/components/sync-status';
import { Button } from '@/components/ui/button';
import { ConfirmDialog, Dialog } from '@/components/ui/dialog';
import { PlusIcon } from '@/components/ui/icons';
import { LoadingState, StatusMessage } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { cn } from '@/lib/cn';
import { formatWeekdayDay, parisDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { LiveBoard } from '@/lib/live-board/live-board';
import type { SyncState } from '@/lib/live-board/sync-state';
import { useLiveBoard } from '@/lib/live-board/use-live-board';
import { useOrganisationNames } from '@/lib/schedule/organisation-names';
import { useSchedule } from '@/lib/schedule/use-schedule';
import { useAgendaBoards, type AgendaGroup } from '../api/use-agenda-boards';
import { addItem, removeItem, updateItem } from '../api/write-items';
import {
  changedItemFields,
  draftOf,
  emptyDraft,
  newItemFields,
  platformVisibility,
  type AgendaDraft,
} from '../utils/agenda-draft';
import {
  activeFilterCount,
  applyFilters,
  filterChoices,
  readFilters,
  writeFilters,
  type AgendaFilters,
} from '../utils/agenda-filters';
import {
  editingFocus,
  expandBoards,
  mergePresence,
  ownAnswer,
  type BoardOccurrence,
} from '../utils/agenda-occurrences';
import { agendaViews, readPlace, writePlace, type AgendaPlace } from '../utils/agenda-view';
import { daysWithThings, gridSpan, monthOf, upcomingDays } from '../utils/calendar-grid';
import { AgendaCard } from './agenda-card';
import { AgendaFiltersPanel } from './agenda-filters-panel';
import { ItemForm } from './item-form';
import { MonthView } from './month-view';
import { UpcomingView } from './upcoming-view';
import { WeekView } from './week-view';

export interface AgendaScreenProps {
  platform: string;
  platformName: string;
  /** The viewer's organisation on this platform. */
  organisation: { id: string; name: string };
  /** May this person write agenda items (core's write rules)? */
  canEdit: boolean;
}

/** An item on the board it lives on, and the date it was opened from. */
interface Target {
  docName: string;
  group: AgendaGroup | null;
  itemId: string;
  title: string;
  /** The date of a recurring item the person opened; null for a one-off item. */
  recurringDate: string | null;
}

type Editing =
  | { mode: 'add'; opened: AgendaDraft }
  | { mode: 'edit'; target: Target; item: AgendaItem; opened: AgendaDraft };

type Confirming = { action: 'skip' | 'cancel' | 'delete'; target: Target };

/** States in which a board takes no more changes from this device. */
function takesChanges(sync: SyncState): boolean {
  return !['no-access', 'signed-out', 'stopped', 'unavailable'].includes(sync.kind);
}

const loading: SyncState = { kind: 'syncing' };

/** The days each view expands: the coming six weeks, the week shown, or the month's page. */
function spanOf(place: AgendaPlace, today: string): { from: string; to: string } {
  if (place.view === 'week') return { from: place.week, to: addDays(place.week, 6) };
  if (place.view === 'month') return gridSpan(place.month);
  return { from: today, to: addDays(today, upcomingDays - 1) };
}

export function AgendaScreen({ platform, platformName, organisation, canEdit }: AgendaScreenProps) {
  const { t } = useTranslation('agenda');
  const { t: tc } = useTranslation();
  const locale = currentLocale();
  const agenda = useAgendaBoards(platform);
  const schedule = useLiveBoard(docNameOf({ board: 'schedule', platform, group: null }));
  const { sites, siteNames } = useSchedule(schedule.snapshot);
  const organisationNames = useOrganisationNames(platform);
  const [search, setSearch] = useSearchParams();
  const today = parisDay(new Date());
  const place = readPlace(search, today);
  const filters = readFilters(search);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [status, setStatus] = useState('');

  const platformBoard = agenda.boards[0];
  const snapshot = platformBoard?.snapshot ?? null;
  const sync = platformBoard?.sync ?? loading;
  // After a refusal, what was said about the undone change no longer holds.
  const refused = agenda.boards.some((b) => b.sync.kind === 'refused');
  const [wasRefused, setWasRefused] = useState(refused);
  if (refused !== wasRefused) {
    setWasRefused(refused);
    if (refused) setStatus('');
  }

  const { from, to } = spanOf(place, today);
  // A few dozen items over six weeks at most: cheap enough for every render.
  const occurrences = expandBoards(agenda.items, from, to);
  const shown = applyFilters(occurrences, filters);
  const groupsRead = agenda.boards.flatMap((b) => (b.group ? [b.group] : []));
  const choices = filterChoices(occurrences, groupsRead, filters, t('list.filters.unknownGroup'));
  const filtered = activeFilterCount(filters) > 0;
  const presence = useMemo(
    () => mergePresence(agenda.boards.map((b) => b.presence)),
    [agenda.boards],
  );

  const boardOf = (docName: string) => agenda.boards.find((b) => b.docName === docName);
  /** The board to write an item into, if this person may and it still takes changes. */
  const writableBoard = (docName: string): LiveBoard | null => {
    const found = boardOf(docName);
    return canEdit && found?.board && takesChanges(found.sync) ? found.board : null;
  };
  const platformDoc = docNameOf({ board: 'agenda', platform, group: null });
  const groupDoc = (id: string) => docNameOf({ board: 'agenda', platform, group: id });
  const writableGroups = groupsRead.filter((g) => writableBoard(groupDoc(g.id)) !== null);
  const mayAdd = writableBoard(platformDoc) !== null || writableGroups.length > 0;

  // Others see who has which item open in the editor.
  const focusBoard =
    editing?.mode === 'edit' ? (boardOf(editing.target.docName)?.board ?? null) : null;
  const focus = editing?.mode === 'edit' ? editingFocus(editing.target.itemId) : null;
  useEffect(() => {
    if (!focusBoard) return;
    focusBoard.setFocus(focus);
    return () => focusBoard.setFocus(null);
  }, [focusBoard, focus]);

  const organisationName = (id: string) =>
    organisationNames.get(id)?.shortName ??
    (id === organisation.id ? organisation.name : t('unknownOrganisation'));
  const siteName = (id: string) => siteNames.get(id) ?? t('unknownSite');
  const organisationList = useMemo(
    () => [...organisationNames.values()].sort((a, b) => a.name.localeCompare(b.name)),
    [organisationNames],
  );

  function announce(message: string, docName: string) {
    const offline = boardOf(docName)?.sync.kind === 'offline';
    setStatus(offline ? `${message} ${t('savedOnDevice')}` : message);
  }

  function changePlace(next: AgendaPlace) {
    setSearch(writePlace(search, next, today), { replace: true });
  }

  function changeFilters(next: AgendaFilters) {
    setSearch(writeFilters(search, next), { replace: true });
  }

  function openAdd() {
    setStatus('');
    const date =
      place.view === 'month' && place.day !== null && place.day >= today
        ? place.day
        : place.view === 'week' && place.week > today
          ? place.week
          : today;
    const chosenGroup = writableGroups.find((g) => g.id === filters.agenda);
    const visibility =
      chosenGroup?.id ?? (writableBoard(platformDoc) ? platformVisibility : writableGroups[0]?.id);
    setEditing({
      mode: 'add',
      opened: emptyDraft({ date, organisationId: organisation.id, visibility }),
    });
  }

  function openEdit(occurrence: BoardOccurrence) {
    const found = agenda.items.find(
      (i) => i.docName === occurrence.docName && i.entry.id === occurrence.itemId,
    );
    if (!found) return;
    setStatus('');
    const item = found.entry.fields;
    setEditing({
      mode: 'edit',
      target: {
        docName: occurrence.docName,
        group: occurrence.group,
        itemId: occurrence.itemId,
        title: item.title,
        recurringDate: occurrence.recurringDate,
      },
      item,
      opened: draftOf(item, occurrence.group?.id ?? platformVisibility),
    });
  }

  function save(draft: AgendaDraft) {
    if (!editing) return;
    const title = draft.title.trim();
    if (editing.mode === 'add') {
      const docName =
        draft.visibility === platformVisibility ? platformDoc : groupDoc(draft.visibility);
      const board = writableBoard(docName);
      if (!board) {
        setStatus(t('list.saved.boardClosed'));
      } else {
        addItem(board, newItemFields(draft, organisation.id));
        announce(t('list.saved.added', { title }), docName);
      }
    } else {
      const { docName, itemId } = editing.target;
      const board = writableBoard(docName);
      const changes = changedItemFields(editing.opened, draft);
      if (!board) {
        setStatus(t('list.saved.boardClosed'));
      } else if (Object.keys(changes).length === 0) {
        setStatus(t('list.saved.unchanged', { title }));
      } else {
        updateItem(board, itemId, changes);
        announce(t('list.saved.changed', { title }), docName);
      }
    }
    setEditing(null);
  }

  /**
   * Changes one item as it is on the board now, not as the editor opened it: someone may have
   * skipped another date meanwhile.
   */
  function act(target: Target, change: (item: AgendaItem, board: LiveBoard) => string) {
    setEditing(null);
    setConfirming(null);
    const board = writableBoard(target.docName);
    if (!board) {
      setStatus(t('list.saved.boardClosed'));
      return;
    }
    const item = agendaBoard.item(board.doc, target.itemId);
    if (!item) return;
    announce(change(item, board), target.docName);
  }

  const day = (date: string) => formatWeekdayDay(date, locale);
  const skip = (target: Target, date: string) =>
    act(target, (item, board) => {
      agendaBoard.skipDate(
        board.doc,
        target.itemId,
        date,
        organisation.id,
        new Date().toISOString(),
      );
      return t('list.saved.skipped', { title: item.title, day: day(date) });
    });
  const unskip = (target: Target, date: string) =>
    act(target, (item, board) => {
      agendaBoard.unskipDate(board.doc, target.itemId, date);
      return t('list.saved.unskipped', { title: item.title, day: day(date) });
    });
  const setCancelled = (target: Target, cancelled: boolean) =>
    act(target, (item, board) => {
      updateItem(board, target.itemId, { cancelled });
      return t(cancelled ? 'list.saved.cancelled' : 'list.saved.restored', { title: item.title });
    });
  const remove = (target: Target) =>
    act(target, (item, board) => {
      removeItem(board, target.itemId);
      return t('list.saved.deleted', { title: item.title });
    });

  const renderCard = (occurrence: BoardOccurrence) => (
    <AgendaCard
      key={`${occurrence.docName}|${occurrence.key}`}
      occurrence={occurrence}
      platform={platform}
      organisationName={organisationName}
      siteName={siteName}
      answer={ownAnswer(occurrence, agenda.answers, organisation.id)}
      editors={presence.filter((p) => p.focus === editingFocus(occurrence.itemId))}
      onEdit={writableBoard(occurrence.docName) ? () => openEdit(occurrence) : undefined}
    />
  );

  let body;
  if (sync.kind === 'unavailable') {
    body = null;
  } else if (sync.kind === 'no-access') {
    body = <p className="text-slate-800">{t('noAccess')}</p>;
  } else if (
    !snapshot?.ready ||
    (agenda.items.length === 0 && !snapshot.known && sync.kind !== 'offline')
  ) {
    body = <LoadingState label={tc('common.loading')} />;
  } else if (!snapshot.known && agenda.items.length === 0) {
    body = <p className="text-slate-800">{t('notDownloaded')}</p>;
  } else {
    let view;
    if (place.view === 'week') {
      view = (
        <WeekView
          platform={platform}
          week={place.week}
          today={today}
          occurrences={shown}
          filtered={filtered}
          onWeek={(week) => changePlace({ ...place, week })}
        />
      );
    } else if (place.view === 'month') {
      view = (
        <MonthView
          month={place.month}
          day={place.day ?? (place.month === monthOf(today) ? today : null)}
          today={today}
          occurrences={shown}
          filtered={filtered}
          onMonth={(month, picked) => changePlace({ ...place, month, day: picked })}
          renderCard={renderCard}
        />
      );
    } else {
      view = (
        <UpcomingView
          days={daysWithThings(shown, from, to)}
          today={today}
          lastDay={to}
          emptyText={
            filtered
              ? t('list.upcoming.emptyFiltered')
              : mayAdd
                ? t('list.upcoming.emptyCanAdd')
                : t('list.upcoming.empty')
          }
          renderCard={renderCard}
        />
      );
    }
    body = (
      <>
        <AgendaFiltersPanel
          filters={filters}
          choices={choices}
          organisationName={organisationName}
          onChange={changeFilters}
        />
        {view}
      </>
    );
  }

  const confirmTarget = confirming?.target;
  const confirmDate = confirmTarget?.recurringDate ?? null;

  return (
    <Page
      title={t('list.title')}
      documentTitle={`${t('list.title')} · ${platformName}`}
      lead={t('list.lead', { platform: platformName })}
      actions={
        mayAdd ? (
          <Button onClick={openAdd}>
            <PlusIcon className="size-5" />
            {t('list.add')}
          </Button>
        ) : null
      }
    >
      <div className="mb-4 flex flex-col gap-3 rounded-xl border border-slate-300 bg-slate-50 p-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-2">
          <SyncStatus state={sync} onDismiss={() => platformBoard?.board?.dismissRefusal()} />
          {agenda.boards.slice(1).map((b) =>
            b.group && b.sync.kind !== sync.kind ? (
              <div key={b.docName} className="flex flex-wrap items-center gap-2">
                <span className="text-sm font-medium text-slate-800">
                  {t('list.sync.group', { group: b.group.name })}
                </span>
                <SyncStatus state={b.sync} onDismiss={() => b.board?.dismissRefusal()} />
              </div>
            ) : null,
          )}
        </div>
        <PresenceList people={presence} />
      </div>
      {canEdit ? null : <p className="mb-4 text-slate-700">{t('list.readOnly')}</p>}
      <StatusMessage className="mb-4">{status}</StatusMessage>

      <nav aria-label={t('list.views.label')} className="mb-4">
        <ul className="grid grid-cols-3 gap-1 rounded-xl border border-slate-300 bg-white p-1">
          {agendaViews.map((view) => {
            const selected = place.view === view;
            return (
              <li key={view}>
                <Link
                  to={{ search: `?${writePlace(search, { ...place, view }, today).toString()}` }}
                  replace
                  aria-current={selected ? 'page' : undefined}
                  className={cn(
                    'flex min-h-11 items-center justify-center rounded-lg px-2 font-semibold',
                    selected
                      ? 'bg-brand-700 text-white'
                      : 'text-slate-900 underline-offset-4 hover:bg-slate-100 hover:underline',
                  )}
                >
                  {t(`list.views.${view}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      {body}

      <Dialog
        open={editing !== null}
        title={
          editing?.mode === 'edit'
            ? t('list.editor.editTitle', { title: editing.target.title })
            : t('list.editor.addTitle')
        }
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <>
            <ItemForm
              initial={editing.opened}
              today={today}
              sites={sites}
              organisations={organisationList}
              organisationName={(id) => organisationNames.get(id)?.name ?? organisationName(id)}
              groups={editing.mode === 'add' ? writableGroups : null}
              visibleTo={
                editing.mode === 'edit'
                  ? editing.target.group
                    ? t('restricted', { group: editing.target.group.name })
                    : t('list.form.visibilityPlatform')
                  : undefined
              }
              submitLabel={
                editing.mode === 'add' ? t('list.editor.submitAdd') : t('list.editor.submitEdit')
              }
              onSubmit={save}
              onCancel={() => setEditing(null)}
            />
            {editing.mode === 'edit' ? (
              <ItemActions
                target={editing.target}
                item={editing.item}
                onSkip={(date) => {
                  setEditing(null);
                  setConfirming({
                    action: 'skip',
                    target: { ...editing.target, recurringDate: date },
                  });
                }}
                onUnskip={(date) => unskip(editing.target, date)}
                onCancel={() => {
                  setEditing(null);
                  setConfirming({ action: 'cancel', target: editing.target });
                }}
                onRestore={() => setCancelled(editing.target, false)}
                onDelete={() => {
                  setEditing(null);
                  setConfirming({ action: 'delete', target: editing.target });
                }}
              />
            ) : null}
          </>
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={confirming !== null}
        title={
          confirming?.action === 'skip'
            ? t('list.confirm.skipTitle', {
                title: confirmTarget?.title ?? '',
                day: confirmDate ? day(confirmDate) : '',
              })
            : confirming?.action === 'delete'
              ? t('list.confirm.deleteTitle', { title: confirmTarget?.title ?? '' })
              : t('list.confirm.cancelTitle', { title: confirmTarget?.title ?? '' })
        }
        body={
          confirming?.action === 'skip'
            ? t('list.confirm.skipBody')
            : confirming?.action === 'delete'
              ? t('list.confirm.deleteBody')
              : t('list.confirm.cancelBody')
        }
        confirmLabel={
          confirming?.action === 'skip'
            ? t('list.confirm.skipConfirm')
            : confirming?.action === 'delete'
              ? t('list.confirm.deleteConfirm')
              : t('list.confirm.cancelConfirm')
        }
        cancelLabel={t('list.confirm.keep')}
        onConfirm={() => {
          if (!confirming) return;
          const { action, target } = confirming;
          if (action === 'skip' && target.recurringDate) skip(target, target.recurringDate);
          else if (action === 'cancel') setCancelled(target, true);
          else if (action === 'delete') remove(target);
        }}
        onCancel={() => setConfirming(null)}
      />
    </Page>
  );
}

/**
 * Below the editor: calling off the date it was opened from, or the whole item, or deleting it.
 * Each asks for confirmation, except putting back what was called off.
 */
function ItemActions({
  target,
  item,
  onSkip,
  onUnskip,
  onCancel,
  onRestore,
  onDelete,
}: {
  target: Target;
  item: AgendaItem;
  onSkip: (date: string) => void;
  onUnskip: (date: string) => void;
  onCancel: () => void;
  onRestore: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('agenda');
  const locale = currentLocale();
  const date = item.rrule !== null ? target.recurringDate : null;
  const skipped = date !== null && idList(item.skipped).includes(date);
  return (
    <section aria-labelledby="agenda-item-actions" className="mt-6 border-t border-slate-200 pt-4">
      <h3 id="agenda-item-actions" className="mb-2 font-bold text-slate-950">
        {t('list.editor.moreHeading')}
      </h3>
      <div className="flex flex-wrap gap-2">
        {date !== null && !item.cancelled ? (
          skipped ? (
            <Button variant="secondary" size="sm" onClick={() => onUnskip(date)}>
              {t('list.editor.unskipDate', { day: formatWeekdayDay(date, locale) })}
            </Button>
          ) : (
            <Button variant="dangerOutline" size="sm" onClick={() => onSkip(date)}>
              {t('list.editor.skipDate', { day: formatWeekdayDay(date, locale) })}
            </Button>
          )
        ) : null}
        {item.cancelled ? (
          <Button variant="secondary" size="sm" onClick={onRestore}>
            {t('list.editor.restoreItem')}
          </Button>
        ) : (
          <Button variant="dangerOutline" size="sm" onClick={onCancel}>
            {item.rrule !== null ? t('list.editor.cancelItem') : t('list.editor.cancelOne')}
          </Button>
        )}
        <Button variant="dangerOutline" size="sm" onClick={onDelete}>
          {t('list.editor.delete')}
        </Button>
      </div>
    </section>
  );
}
