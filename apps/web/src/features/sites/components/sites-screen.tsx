/**
 * The platform's distribution sites, live from the schedule board: everyone reads them (also
 * offline, from this device's copy); coordinators and admins add, edit and close them. A closed
 * site stays in the history.
 */
import { docNameOf, type Entry, type Site } from '@opale/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PresenceList } from '@/components/presence-list';
import { SyncStatus } from '@/components/sync-status';
import { Button } from '@/components/ui/button';
import { ConfirmDialog, Dialog } from '@/components/ui/dialog';
import { PlusIcon } from '@/components/ui/icons';
import { LoadingState, StatusMessage } from '@/components/ui/message';
import { Page, Section } from '@/components/ui/page';
import { parisDay } from '@/lib/format';
import type { SyncState } from '@/lib/live-board/sync-state';
import { useLiveBoard } from '@/lib/live-board/use-live-board';
import { addSite, updateSite, useSites } from '../api/use-sites';
import {
  changedSiteFields,
  draftOf,
  emptyDraft,
  newSiteFields,
  sitesByStatus,
  type SiteDraft,
} from '../utils/site-draft';
import { SiteCard } from './site-card';
import { SiteForm } from './site-form';

export interface SitesScreenProps {
  platform: string;
  platformName: string;
  /** May this person write the board's sites (core's write rules)? */
  canEdit: boolean;
}

type Editing =
  { mode: 'add'; opened: SiteDraft } | { mode: 'edit'; site: Entry<Site>; opened: SiteDraft };

/** States in which the board takes no more changes from this device. */
function takesChanges(sync: SyncState): boolean {
  return !['no-access', 'signed-out', 'stopped', 'unavailable'].includes(sync.kind);
}

export function SitesScreen({ platform, platformName, canEdit }: SitesScreenProps) {
  const { t } = useTranslation();
  const live = useLiveBoard(docNameOf({ board: 'schedule', platform, group: null }));
  const { board, snapshot, sync } = live;
  const sites = useSites(snapshot);
  const today = parisDay(new Date());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [closing, setClosing] = useState<Entry<Site> | null>(null);
  const [status, setStatus] = useState('');
  // After a refusal, what was said about the undone change no longer holds.
  const [lastSync, setLastSync] = useState(sync.kind);
  if (sync.kind !== lastSync) {
    setLastSync(sync.kind);
    if (sync.kind === 'refused') setStatus('');
  }
  const writable = canEdit && board !== null && takesChanges(sync);

  // Others see who is editing which site.
  const focus = editing?.mode === 'edit' ? `site:${editing.site.id}` : null;
  useEffect(() => {
    if (!board) return;
    board.setFocus(focus);
    return () => board.setFocus(null);
  }, [board, focus]);

  function announce(message: string) {
    setStatus(sync.kind === 'offline' ? `${message} ${t('sites.savedOnDevice')}` : message);
  }

  function save(draft: SiteDraft) {
    if (!board || !editing) return;
    if (editing.mode === 'add') {
      addSite(board, newSiteFields(draft));
      announce(t('sites.added', { name: draft.name.trim() }));
    } else {
      updateSite(board, editing.site.id, changedSiteFields(editing.opened, draft));
      announce(t('sites.saved', { name: draft.name.trim() }));
    }
    setEditing(null);
  }

  function closeSite(site: Entry<Site>) {
    if (!board) return;
    updateSite(board, site.id, { activeUntil: today });
    announce(t('sites.closed', { name: site.fields.name }));
    setClosing(null);
  }

  const { current, closed } = sitesByStatus(sites, today);
  const editorsOf = (site: Entry<Site>) =>
    live.presence.filter((person) => person.focus === `site:${site.id}`);
  const card = (site: Entry<Site>, closable: boolean) => (
    <SiteCard
      key={site.id}
      site={site}
      today={today}
      editors={editorsOf(site)}
      onEdit={
        writable
          ? () => {
              setStatus('');
              setEditing({ mode: 'edit', site, opened: draftOf(site.fields) });
            }
          : undefined
      }
      onClose={
        writable && closable
          ? () => {
              setStatus('');
              setClosing(site);
            }
          : undefined
      }
    />
  );

  let body;
  if (sync.kind === 'unavailable') {
    body = null;
  } else if (sync.kind === 'no-access') {
    body = <p className="text-slate-800">{t('sites.noAccess')}</p>;
  } else if (
    !snapshot?.ready ||
    (sites.length === 0 && !snapshot.known && sync.kind !== 'offline')
  ) {
    body = <LoadingState label={t('common.loading')} />;
  } else if (sites.length === 0) {
    body = (
      <p className="text-slate-800">
        {!snapshot.known
          ? t('sites.notDownloaded')
          : writable
            ? t('sites.emptyCanAdd')
            : t('sites.empty')}
      </p>
    );
  } else {
    body = (
      <div className="space-y-8">
        <Section title={t('sites.current')}>
          {current.length > 0 ? (
            <ul className="grid gap-3 md:grid-cols-2">{current.map((site) => card(site, true))}</ul>
          ) : (
            <p className="text-slate-800">{writable ? t('sites.emptyCanAdd') : t('sites.empty')}</p>
          )}
        </Section>
        <Section title={t('sites.history')}>
          {closed.length > 0 ? (
            <ul className="grid gap-3 md:grid-cols-2">{closed.map((site) => card(site, false))}</ul>
          ) : (
            <p className="text-slate-700">{t('sites.noHistory')}</p>
          )}
        </Section>
      </div>
    );
  }

  return (
    <Page
      title={t('sites.title')}
      lead={t('sites.lead', { platform: platformName })}
      actions={
        writable ? (
          <Button
            onClick={() => {
              setStatus('');
              setEditing({ mode: 'add', opened: emptyDraft(today) });
            }}
          >
            <PlusIcon className="size-5" />
            {t('sites.add')}
          </Button>
        ) : null
      }
    >
      <div className="mb-5 flex flex-col gap-3 rounded-xl border border-slate-300 bg-slate-50 p-3 sm:flex-row sm:items-start sm:justify-between">
        <SyncStatus state={sync} onDismiss={() => board?.dismissRefusal()} />
        <PresenceList people={live.presence} />
      </div>
      {canEdit ? null : <p className="mb-4 text-slate-700">{t('sites.readOnly')}</p>}
      <StatusMessage className="mb-4">{status}</StatusMessage>
      {body}
      <Dialog
        open={editing !== null}
        title={
          editing?.mode === 'edit'
            ? t('sites.editTitle', { name: editing.site.fields.name })
            : t('sites.addTitle')
        }
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <SiteForm
            initial={editing.opened}
            submitLabel={editing.mode === 'add' ? t('sites.addSubmit') : t('common.save')}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={closing !== null}
        title={t('sites.closeTitle', { name: closing?.fields.name ?? '' })}
        body={t('sites.closeBody')}
        confirmLabel={t('sites.closeConfirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => closing && closeSite(closing)}
        onCancel={() => setClosing(null)}
      />
    </Page>
  );
}
