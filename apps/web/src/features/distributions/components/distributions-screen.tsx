/**
 * The regular distributions of every organisation of the platform, live from the schedule board:
 * everyone reads them (also offline, from this device's copy); each organisation's
 * representatives add, edit and delete theirs and change single dates; coordinators and admins
 * do so for every organisation.
 */
import { docNameOf, type BanHit, type Entry, type Series } from '@opale/core';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BanWarning } from '@/components/ban-warning';
import { PresenceList } from '@/components/presence-list';
import { serviceTypeName } from '@/components/service-type-label';
import { SyncStatus } from '@/components/sync-status';
import { Button } from '@/components/ui/button';
import { ConfirmDialog, Dialog } from '@/components/ui/dialog';
import { PlusIcon } from '@/components/ui/icons';
import { LoadingState, StatusMessage } from '@/components/ui/message';
import { Page, Section } from '@/components/ui/page';
import { useBans, type BanListed } from '@/lib/bans/use-bans';
import { parisDay } from '@/lib/format';
import type { SyncState } from '@/lib/live-board/sync-state';
import { useLiveBoard } from '@/lib/live-board/use-live-board';
import { useOrganisationNames, type OrganisationName } from '@/lib/schedule/organisation-names';
import { useSchedule } from '@/lib/schedule/use-schedule';
import { addSeries, removeSeries, updateSeries, writeException } from '../api/use-series';
import { bansOfDraft } from '../utils/ban-draft';
import { changedDatesOf, exceptionOf, type ExceptionDraft } from '../utils/exception-draft';
import {
  changedSeriesFields,
  draftOf,
  emptyDraft,
  newSeriesFields,
  type SeriesDraft,
} from '../utils/series-draft';
import { CalendarFeeds } from './calendar-feeds';
import { ChangedDates } from './changed-dates';
import { ExportCsv } from './export-csv';
import { ScheduleImport } from './schedule-import';
import { SeriesCard, seriesName } from './series-card';
import { SeriesForm } from './series-form';

export interface DistributionsScreenProps {
  platform: string;
  platformName: string;
  /** The viewer's organisation on this platform. */
  organisation: { id: string; name: string };
  /** May this person write the series of that organisation (core's write rules)? */
  mayEditSeriesOf: (organisationId: string) => boolean;
  /** May this person change single dates of that organisation's series? */
  mayEditDatesOf: (organisationId: string) => boolean;
}

type Editing =
  | { mode: 'add'; id: string; opened: SeriesDraft }
  | { mode: 'edit'; series: Entry<Series>; organisationId: string; opened: SeriesDraft };

/** States in which the board takes no more changes from this device. */
function takesChanges(sync: SyncState): boolean {
  return !['no-access', 'signed-out', 'stopped', 'unavailable'].includes(sync.kind);
}

/** A tool below the list, folded away until opened (the screen stays short on a phone). */
function ToolSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="rounded-xl border border-slate-300 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 font-bold text-slate-950">
        <h2 className="text-lg">{title}</h2>
      </summary>
      <div className="border-t border-slate-200 p-4">{children}</div>
    </details>
  );
}

const organisationOf = (series: Entry<Series>) => series.root.slice('org:'.length);
const noBans: BanListed[] = [];

export function DistributionsScreen({
  platform,
  platformName,
  organisation,
  mayEditSeriesOf,
  mayEditDatesOf,
}: DistributionsScreenProps) {
  const { t } = useTranslation('schedule');
  const { t: tc } = useTranslation();
  const live = useLiveBoard(docNameOf({ board: 'schedule', platform, group: null }));
  const { board, snapshot, sync } = live;
  const { source, sites, siteNames } = useSchedule(snapshot);
  const organisationNames = useOrganisationNames(platform);
  const today = parisDay(new Date());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [changingDates, setChangingDates] = useState<Entry<Series> | null>(null);
  const [deleting, setDeleting] = useState<Entry<Series> | null>(null);
  const [status, setStatus] = useState('');
  const bans = useBans(platform).data ?? noBans;
  // Said again once a series is saved inside a ban, as an alert: saving it was still allowed.
  const [banAlert, setBanAlert] = useState<BanHit<BanListed>[]>([]);
  const [lastSync, setLastSync] = useState(sync.kind);
  if (sync.kind !== lastSync) {
    setLastSync(sync.kind);
    if (sync.kind === 'refused') setStatus('');
  }
  const writable = board !== null && takesChanges(sync);

  // Others see who is editing which series.
  const focusedId = editing?.mode === 'edit' ? editing.series.id : (changingDates?.id ?? null);
  const focus = focusedId ? `series:${focusedId}` : null;
  useEffect(() => {
    if (!board) return;
    board.setFocus(focus);
    return () => board.setFocus(null);
  }, [board, focus]);

  /** Organisations this person may add a series for, their own first. */
  const addableOrganisations: OrganisationName[] = useMemo(() => {
    const own = organisationNames.get(organisation.id) ?? {
      id: organisation.id,
      name: organisation.name,
      shortName: organisation.name,
    };
    const others = [...organisationNames.values()]
      .filter((o) => o.id !== organisation.id)
      .sort((a, b) => a.name.localeCompare(b.name));
    return [own, ...others].filter((o) => mayEditSeriesOf(o.id));
  }, [organisationNames, organisation, mayEditSeriesOf]);
  const canEditAny = addableOrganisations.length > 0;

  const siteName = (id: string) => siteNames.get(id) ?? t('unknownSite');
  const nameOf = (series: Series) => seriesName(series, siteName(series.siteId));

  function announce(message: string) {
    setStatus(sync.kind === 'offline' ? `${message} ${t('savedOnDevice')}` : message);
  }

  function save(draft: SeriesDraft) {
    if (!board || !editing) return;
    const name = `${serviceTypeName(draft.serviceType)} · ${siteName(draft.siteId)}`;
    const seriesId = editing.mode === 'add' ? editing.id : editing.series.id;
    setBanAlert(bansOfDraft(draft, seriesId, bans, source, today));
    if (editing.mode === 'add') {
      addSeries(board, draft.organisationId, newSeriesFields(draft));
      announce(t('distributions.added', { name }));
    } else {
      updateSeries(
        board,
        editing.organisationId,
        editing.series.id,
        changedSeriesFields(editing.opened, draft),
      );
      announce(t('distributions.saved', { name }));
    }
    setEditing(null);
  }

  function saveDate(series: Entry<Series>, draft: ExceptionDraft) {
    if (!board) return;
    writeException(
      board,
      organisationOf(series),
      series.id,
      draft.date,
      exceptionOf(draft, series.fields),
    );
  }

  function restoreDate(series: Entry<Series>, date: string) {
    if (!board) return;
    writeException(board, organisationOf(series), series.id, date, null);
  }

  function remove(series: Entry<Series>) {
    if (!board) return;
    removeSeries(board, organisationOf(series), series.id);
    announce(t('distributions.deleted', { name: nameOf(series.fields) }));
    setDeleting(null);
  }

  // One section per organisation that has series, the viewer's own first (even when empty).
  const byOrganisation = new Map<string, Entry<Series>[]>();
  if (mayEditSeriesOf(organisation.id)) byOrganisation.set(organisation.id, []);
  for (const series of source.series) {
    const id = organisationOf(series);
    byOrganisation.set(id, [...(byOrganisation.get(id) ?? []), series]);
  }
  const organisationName = (id: string) =>
    id === organisation.id
      ? organisation.name
      : (organisationNames.get(id)?.name ?? t('unknownOrganisation'));
  const sections = [...byOrganisation.entries()].sort(([a], [b]) =>
    a === organisation.id
      ? -1
      : b === organisation.id
        ? 1
        : organisationName(a).localeCompare(organisationName(b)),
  );
  const order = (a: Entry<Series>, b: Entry<Series>) =>
    serviceTypeName(a.fields.serviceType).localeCompare(serviceTypeName(b.fields.serviceType)) ||
    siteName(a.fields.siteId).localeCompare(siteName(b.fields.siteId)) ||
    a.fields.startTime.localeCompare(b.fields.startTime);

  const editorsOf = (series: Entry<Series>) =>
    live.presence.filter((person) => person.focus === `series:${series.id}`);

  let body;
  if (sync.kind === 'unavailable') {
    body = null;
  } else if (sync.kind === 'no-access') {
    body = <p className="text-slate-800">{t('noAccess')}</p>;
  } else if (
    !snapshot?.ready ||
    (source.series.length === 0 && !snapshot.known && sync.kind !== 'offline')
  ) {
    body = <LoadingState label={tc('common.loading')} />;
  } else if (!snapshot.known && source.series.length === 0) {
    body = <p className="text-slate-800">{t('notDownloaded')}</p>;
  } else if (sections.length === 0) {
    body = <p className="text-slate-800">{t('distributions.empty')}</p>;
  } else {
    body = (
      <div className="space-y-8">
        {sections.map(([organisationId, list]) => {
          const canEditSeries = writable && mayEditSeriesOf(organisationId);
          const canEditDates = writable && mayEditDatesOf(organisationId);
          return (
            <Section
              key={organisationId}
              title={
                organisationId === organisation.id
                  ? t('distributions.ownHeading', { organisation: organisation.name })
                  : organisationName(organisationId)
              }
            >
              {list.length === 0 ? (
                <p className="text-slate-800">
                  {canEditSeries
                    ? t('distributions.emptyCanAdd')
                    : t('distributions.noneForOrganisation')}
                </p>
              ) : (
                <ul className="grid gap-3 md:grid-cols-2">
                  {[...list].sort(order).map((series) => (
                    <SeriesCard
                      key={series.id}
                      series={series}
                      siteName={siteName(series.fields.siteId)}
                      today={today}
                      changedDates={changedDatesOf(source, series.id, today).length}
                      editors={editorsOf(series)}
                      onEdit={
                        canEditSeries
                          ? () => {
                              setStatus('');
                              setBanAlert([]);
                              setEditing({
                                mode: 'edit',
                                series,
                                organisationId,
                                opened: draftOf(series.fields, organisationId),
                              });
                            }
                          : undefined
                      }
                      onChangeDate={
                        canEditDates
                          ? () => {
                              setStatus('');
                              setChangingDates(series);
                            }
                          : undefined
                      }
                      onDelete={
                        canEditSeries
                          ? () => {
                              setStatus('');
                              setDeleting(series);
                            }
                          : undefined
                      }
                    />
                  ))}
                </ul>
              )}
            </Section>
          );
        })}
      </div>
    );
  }

  // The series being changed, as the board holds it now (someone may have changed it meanwhile).
  const datesOf = changingDates
    ? (source.series.find((s) => s.id === changingDates.id) ?? null)
    : null;

  return (
    <Page
      title={t('distributions.title')}
      lead={t('distributions.lead', { platform: platformName })}
      actions={
        writable && canEditAny ? (
          <Button
            onClick={() => {
              setStatus('');
              setBanAlert([]);
              setEditing({
                mode: 'add',
                id: crypto.randomUUID(),
                opened: emptyDraft(addableOrganisations[0]?.id ?? organisation.id, today),
              });
            }}
          >
            <PlusIcon className="size-5" />
            {t('distributions.add')}
          </Button>
        ) : null
      }
    >
      <div className="mb-5 flex flex-col gap-3 rounded-xl border border-slate-300 bg-slate-50 p-3 sm:flex-row sm:items-start sm:justify-between">
        <SyncStatus state={sync} onDismiss={() => board?.dismissRefusal()} />
        <PresenceList people={live.presence} />
      </div>
      {canEditAny ? null : <p className="mb-4 text-slate-700">{t('distributions.readOnly')}</p>}
      <StatusMessage className="mb-4">{status}</StatusMessage>
      <div role="alert" className="empty:m-0">
        {banAlert.length > 0 ? (
          <div className="mb-4">
            <BanWarning hits={banAlert} platform={platform} siteName={siteName} />
          </div>
        ) : null}
      </div>
      {body}
      <div className="mt-10 space-y-3">
        <ToolSection title={t('exportCsv.title')}>
          <ExportCsv platform={platform} today={today} />
        </ToolSection>
        <ToolSection title={t('feeds.title')}>
          <CalendarFeeds platform={platform} organisationName={organisation.name} />
        </ToolSection>
        {canEditAny ? (
          <ToolSection title={t('importCsv.title')}>
            <ScheduleImport platform={platform} organisations={addableOrganisations} />
          </ToolSection>
        ) : null}
      </div>
      <Dialog
        open={editing !== null}
        title={
          editing?.mode === 'edit'
            ? t('distributions.editTitle', { name: nameOf(editing.series.fields) })
            : t('distributions.addTitle')
        }
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <SeriesForm
            initial={editing.opened}
            seriesId={editing.mode === 'add' ? editing.id : editing.series.id}
            organisations={editing.mode === 'add' ? addableOrganisations : []}
            sites={sites}
            source={source}
            organisationNames={organisationNames}
            today={today}
            bans={bans}
            platform={platform}
            submitLabel={editing.mode === 'add' ? t('distributions.addSubmit') : tc('common.save')}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
      <Dialog
        open={datesOf !== null}
        title={datesOf ? t('distributions.dates.title', { name: nameOf(datesOf.fields) }) : ''}
        onClose={() => setChangingDates(null)}
      >
        {datesOf ? (
          <ChangedDates
            series={datesOf}
            changed={changedDatesOf(source, datesOf.id, today)}
            sites={sites}
            siteNames={siteNames}
            today={today}
            offline={sync.kind === 'offline'}
            onSave={(draft) => saveDate(datesOf, draft)}
            onRestore={(date) => restoreDate(datesOf, date)}
            onClose={() => setChangingDates(null)}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={t('distributions.deleteTitle', {
          name: deleting ? nameOf(deleting.fields) : '',
        })}
        body={t('distributions.deleteBody')}
        confirmLabel={t('distributions.deleteConfirm')}
        cancelLabel={tc('common.cancel')}
        onConfirm={() => deleting && remove(deleting)}
        onCancel={() => setDeleting(null)}
      />
    </Page>
  );
}
