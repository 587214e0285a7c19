/**
 * The platform's capacity board, live: every organisation's services (shelters, consultations,
 * showers …) with their status, free places and how fresh that is, grouped by type. Everyone
 * reads it (also offline, from this device's copy); each organisation's field team confirms its
 * statuses in one tap; its representatives edit its services; coordinators do both for all.
 */
import { docNameOf, serviceTypeOf, type CapacityEntry, type CapacityStatus } from '@opale/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PresenceList } from '@/components/presence-list';
import { serviceTypeName } from '@/components/service-type-label';
import { SyncStatus } from '@/components/sync-status';
import { Button } from '@/components/ui/button';
import { ConfirmDialog, Dialog } from '@/components/ui/dialog';
import { PlusIcon } from '@/components/ui/icons';
import { LoadingState, StatusMessage } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { parisDay } from '@/lib/format';
import type { SyncState } from '@/lib/live-board/sync-state';
import { useLiveBoard } from '@/lib/live-board/use-live-board';
import { platformPath } from '@/lib/platform-nav';
import { useOrganisationNames, type OrganisationName } from '@/lib/schedule/organisation-names';
import { useSchedule } from '@/lib/schedule/use-schedule';
import {
  addService,
  deleteService,
  recordReading,
  updateService,
  useCapacityEntries,
} from '../api/use-capacity';
import { useNow } from '../hooks/use-now';
import {
  applyFilters,
  filterChoices,
  groupByServiceType,
  needsConfirmation,
  readFilters,
  splitArchived,
  writeFilters,
  type CapacityFilters,
} from '../utils/capacity-list';
import { readingOf, type ReadingDraft } from '../utils/reading-draft';
import {
  changedServiceFields,
  draftOf,
  emptyDraft,
  newServiceFields,
  type ServiceDraft,
} from '../utils/service-draft';
import { UnconfirmedIcon } from './capacity-icons';
import { CapacityFiltersPanel } from './capacity-filters';
import { ServiceCard } from './service-card';
import { ServiceForm } from './service-form';

export interface CapacityScreenProps {
  platform: string;
  platformName: string;
  /** The viewer's organisation on this platform. */
  organisation: { id: string; name: string };
  /** Who confirms a status, as the board keeps it. */
  viewerName: string;
  /** May this person edit that organisation's services (core's write rules)? */
  mayEditServicesOf: (organisationId: string) => boolean;
  /** May this person confirm the statuses of that organisation's services? */
  mayRecordFor: (organisationId: string) => boolean;
}

type Editing =
  | { mode: 'add'; opened: ServiceDraft }
  | { mode: 'edit'; entry: CapacityEntry; opened: ServiceDraft };

/** States in which the board takes no more changes from this device. */
function takesChanges(sync: SyncState): boolean {
  return !['no-access', 'signed-out', 'stopped', 'unavailable'].includes(sync.kind);
}

const entryKeyOf = (entry: CapacityEntry) => `${entry.organisationId}:${entry.id}`;

export function CapacityScreen({
  platform,
  platformName,
  organisation,
  viewerName,
  mayEditServicesOf,
  mayRecordFor,
}: CapacityScreenProps) {
  const { t } = useTranslation('capacity');
  const { t: tc } = useTranslation();
  const live = useLiveBoard(docNameOf({ board: 'capacity', platform, group: null }));
  const { board, snapshot, sync } = live;
  // Sites come from the schedule board, read alongside (also from this device's copy).
  const schedule = useLiveBoard(docNameOf({ board: 'schedule', platform, group: null }));
  const { sites, siteNames } = useSchedule(schedule.snapshot);
  const entries = useCapacityEntries(snapshot);
  const organisationNames = useOrganisationNames(platform);
  const nowMs = useNow();
  const now = useMemo(() => new Date(nowMs), [nowMs]);
  const today = parisDay(now);
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<CapacityEntry | null>(null);
  const [feedback, setFeedback] = useState<{ key: string; text: string } | null>(null);
  const [status, setStatus] = useState('');
  // After a refusal, what was said about the undone change no longer holds.
  const [lastSync, setLastSync] = useState(sync.kind);
  if (sync.kind !== lastSync) {
    setLastSync(sync.kind);
    if (sync.kind === 'refused') {
      setStatus('');
      setFeedback(null);
    }
  }
  const writable = board !== null && takesChanges(sync);

  // Others see who is editing which service.
  const focus = editing?.mode === 'edit' ? `service:${editing.entry.id}` : null;
  useEffect(() => {
    if (!board) return;
    board.setFocus(focus);
    return () => board.setFocus(null);
  }, [board, focus]);

  /** Organisations this person may add a service for, their own first. */
  const addableOrganisations: OrganisationName[] = useMemo(() => {
    const own = organisationNames.get(organisation.id) ?? {
      id: organisation.id,
      name: organisation.name,
      shortName: organisation.name,
    };
    const others = [...organisationNames.values()]
      .filter((o) => o.id !== organisation.id)
      .sort((a, b) => a.name.localeCompare(b.name));
    return [own, ...others].filter((o) => mayEditServicesOf(o.id));
  }, [organisationNames, organisation, mayEditServicesOf]);

  const organisationName = (id: string) =>
    organisationNames.get(id)?.shortName ??
    (id === organisation.id ? organisation.name : t('unknownOrganisation'));
  const placeOf = (entry: CapacityEntry): string | null => {
    const { siteId, address } = entry.service;
    if (siteId) {
      return siteNames.get(siteId) ?? (schedule.snapshot?.known ? t('unknownSite') : null);
    }
    return address;
  };

  const { current, archived } = splitArchived(entries);
  const shown = applyFilters(current, filters, now);
  const groups = groupByServiceType(shown, organisationName);
  const choices = filterChoices(current, filters);
  const toConfirm = current.filter((entry) => needsConfirmation(entry, now)).length;
  const restorable = archived.filter((entry) => mayEditServicesOf(entry.organisationId));
  const filtered = Object.values(filters).some((value) => value !== null && value !== false);
  const recordsForOwn = mayRecordFor(organisation.id);
  // The write rules name organisations by role, not one by one: an organisation that is not the
  // viewer's stands for every other.
  const recordsForAll = mayRecordFor(`${organisation.id}:other`);

  function changeFilters(next: CapacityFilters) {
    setSearch(writeFilters(search, next), { replace: true });
  }

  function announce(message: string) {
    setStatus(sync.kind === 'offline' ? `${message} ${t('savedOnDevice')}` : message);
  }

  function record(entry: CapacityEntry, chosen: CapacityStatus, numbers: ReadingDraft | null) {
    if (!board) return;
    recordReading(
      board,
      entry.organisationId,
      entry.id,
      readingOf(chosen, numbers, entry.service.total, viewerName, new Date()),
    );
    const said = t('reading.saved', {
      name: entry.service.name,
      status: t(`status.${chosen}`),
    });
    setFeedback({
      key: entryKeyOf(entry),
      text: sync.kind === 'offline' ? `${said} ${t('savedOnDevice')}` : said,
    });
  }

  function save(draft: ServiceDraft) {
    if (!board || !editing) return;
    const name = draft.name.trim();
    if (editing.mode === 'add') {
      addService(board, draft.organisationId, newServiceFields(draft));
      announce(t('board.added', { name }));
    } else {
      updateService(
        board,
        editing.entry.organisationId,
        editing.entry.id,
        changedServiceFields(editing.opened, draft),
      );
      announce(t('board.saved', { name }));
    }
    setEditing(null);
  }

  function setArchived(entry: CapacityEntry, value: boolean) {
    if (!board) return;
    updateService(board, entry.organisationId, entry.id, { archived: value });
    announce(t(value ? 'board.archived' : 'board.restored', { name: entry.service.name }));
    setEditing(null);
  }

  function remove(entry: CapacityEntry) {
    if (!board) return;
    deleteService(board, entry.organisationId, entry.id);
    announce(t('board.deleted', { name: entry.service.name }));
    setDeleting(null);
  }

  function startEditing(entry: CapacityEntry) {
    setStatus('');
    setEditing({ mode: 'edit', entry, opened: draftOf(entry.service, entry.organisationId) });
  }

  const card = (entry: CapacityEntry) => {
    const key = entryKeyOf(entry);
    const mayEdit = writable && mayEditServicesOf(entry.organisationId);
    return (
      <ServiceCard
        key={key}
        entry={entry}
        organisationName={organisationName(entry.organisationId)}
        place={placeOf(entry)}
        now={now}
        today={today}
        historyPath={platformPath(platform, `capacity/${entry.organisationId}/${entry.id}`)}
        editors={live.presence.filter((person) => person.focus === `service:${entry.id}`)}
        onRecord={
          writable && !entry.service.archived && mayRecordFor(entry.organisationId)
            ? (chosen, numbers) => record(entry, chosen, numbers)
            : undefined
        }
        onEdit={mayEdit ? () => startEditing(entry) : undefined}
        onRestore={mayEdit && entry.service.archived ? () => setArchived(entry, false) : undefined}
        feedback={feedback?.key === key ? feedback.text : ''}
      />
    );
  };

  let body;
  if (sync.kind === 'unavailable') {
    body = null;
  } else if (sync.kind === 'no-access') {
    body = <p className="text-slate-800">{t('noAccess')}</p>;
  } else if (
    !snapshot?.ready ||
    (entries.length === 0 && !snapshot.known && sync.kind !== 'offline')
  ) {
    body = <LoadingState label={tc('common.loading')} />;
  } else if (!snapshot.known && entries.length === 0) {
    body = <p className="text-slate-800">{t('notDownloaded')}</p>;
  } else {
    body = (
      <>
        {current.length > 0 ? (
          <>
            <div className="mb-3 flex flex-wrap items-center gap-2">
              {toConfirm > 0 || filters.toConfirm ? (
                <button
                  type="button"
                  aria-pressed={filters.toConfirm}
                  onClick={() => changeFilters({ ...filters, toConfirm: !filters.toConfirm })}
                  className={
                    filters.toConfirm
                      ? 'inline-flex min-h-11 items-center gap-2 rounded-full border-2 border-amber-700 bg-amber-100 px-3 font-semibold text-amber-950'
                      : 'inline-flex min-h-11 items-center gap-2 rounded-full border border-amber-500 bg-amber-50 px-3 font-semibold text-amber-950 hover:bg-amber-100'
                  }
                >
                  <UnconfirmedIcon className="size-5 shrink-0" />
                  {t('board.toConfirm', { count: toConfirm })}
                </button>
              ) : (
                <p className="text-sm text-slate-700">{t('board.allConfirmed')}</p>
              )}
            </div>
            <CapacityFiltersPanel
              filters={filters}
              choices={choices}
              organisationName={organisationName}
              onChange={changeFilters}
            />
          </>
        ) : null}
        {current.length === 0 ? (
          <p className="text-slate-800">
            {addableOrganisations.length > 0 && writable
              ? t('board.emptyCanAdd')
              : t('board.empty')}
          </p>
        ) : groups.length === 0 ? (
          <p className="text-slate-800">
            {filtered ? t('board.nothingFiltered') : t('board.empty')}
          </p>
        ) : (
          <div className="space-y-6">
            {groups.map(({ serviceType, entries: ofType }) => (
              <section key={serviceType} aria-labelledby={`type-${serviceType}`}>
                <h2
                  id={`type-${serviceType}`}
                  className="sticky top-13 z-10 -mx-4 mb-2 flex items-baseline gap-2 bg-slate-50/95 px-4 py-1 text-lg font-bold text-slate-950"
                >
                  {serviceTypeOf(serviceType) ? (
                    <span aria-hidden="true">{serviceTypeOf(serviceType)?.icon}</span>
                  ) : null}
                  {serviceTypeName(serviceType)}
                  <span className="text-sm font-medium text-slate-700">
                    {t('board.count', { count: ofType.length })}
                  </span>
                </h2>
                <ul className="grid gap-3 md:grid-cols-2">{ofType.map(card)}</ul>
              </section>
            ))}
          </div>
        )}
        {restorable.length > 0 ? (
          <details className="mt-8 rounded-xl border border-slate-300 bg-white">
            <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-4 py-2 font-bold text-slate-950">
              <h2 className="text-lg">{t('board.archivedHeading')}</h2>
              <span className="text-sm font-medium text-slate-700">
                {t('board.count', { count: restorable.length })}
              </span>
            </summary>
            <div className="border-t border-slate-200 p-4">
              <p className="mb-3 text-slate-700">{t('board.archivedHint')}</p>
              <ul className="grid gap-3 md:grid-cols-2">
                {groupByServiceType(restorable, organisationName).flatMap((group) =>
                  group.entries.map(card),
                )}
              </ul>
            </div>
          </details>
        ) : null}
      </>
    );
  }

  return (
    <Page
      title={t('board.title')}
      documentTitle={`${t('board.title')} · ${platformName}`}
      lead={t('board.lead', { platform: platformName })}
      actions={
        writable && addableOrganisations.length > 0 ? (
          <Button
            onClick={() => {
              setStatus('');
              setEditing({
                mode: 'add',
                opened: emptyDraft(addableOrganisations[0]?.id ?? organisation.id),
              });
            }}
          >
            <PlusIcon className="size-5" />
            {t('board.add')}
          </Button>
        ) : null
      }
    >
      <div className="mb-4 flex flex-col gap-3 rounded-xl border border-slate-300 bg-slate-50 p-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-2">
          <SyncStatus state={sync} onDismiss={() => board?.dismissRefusal()} />
          <p className="text-sm text-slate-700">
            {recordsForAll
              ? t('board.everyOrganisation')
              : recordsForOwn
                ? t('board.yourOrganisation', { organisation: organisation.name })
                : t('board.readOnly')}
          </p>
        </div>
        <PresenceList people={live.presence} />
      </div>
      <StatusMessage className="mb-4">{status}</StatusMessage>
      {body}
      <Dialog
        open={editing !== null}
        title={
          editing?.mode === 'edit'
            ? t('board.editTitle', { name: editing.entry.service.name })
            : t('board.addTitle')
        }
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <>
            <ServiceForm
              initial={editing.opened}
              organisations={editing.mode === 'add' ? addableOrganisations : []}
              sites={sites}
              today={today}
              submitLabel={editing.mode === 'add' ? t('board.addSubmit') : tc('common.save')}
              onSubmit={save}
              onCancel={() => setEditing(null)}
            />
            {editing.mode === 'edit' ? (
              <div className="mt-6 space-y-3 border-t border-slate-200 pt-4">
                <h3 className="font-bold text-slate-950">{t('board.moreActions')}</h3>
                <div>
                  <Button
                    variant="secondary"
                    onClick={() => setArchived(editing.entry, !editing.entry.service.archived)}
                  >
                    {editing.entry.service.archived ? t('board.restore') : t('board.archive')}
                  </Button>
                  <p className="mt-1 text-sm text-slate-700">
                    {editing.entry.service.archived
                      ? t('board.restoreHint')
                      : t('board.archiveHint')}
                  </p>
                </div>
                <div>
                  <Button
                    variant="dangerOutline"
                    onClick={() => {
                      setDeleting(editing.entry);
                      setEditing(null);
                    }}
                  >
                    {t('board.delete')}
                  </Button>
                </div>
              </div>
            ) : null}
          </>
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={t('board.deleteTitle', { name: deleting?.service.name ?? '' })}
        body={t('board.deleteBody')}
        confirmLabel={t('board.deleteConfirm')}
        cancelLabel={tc('common.cancel')}
        onConfirm={() => deleting && remove(deleting)}
        onCancel={() => setDeleting(null)}
      />
    </Page>
  );
}
