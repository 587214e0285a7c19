/**
 * The distribution bans of the platform (prefectoral and municipal orders): every member reads
 * them, in force first; reps and coordinators record them, renew them and record the challenge
 * before the court and its outcome. The schedule warns from the same list.
 */
import {
  banStandingOn,
  docNameOf,
  type BanChallenge,
  type BanDraft,
  type BanRenewal,
} from '@opale/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Button } from '@/components/ui/button';
import { ConfirmDialog, Dialog } from '@/components/ui/dialog';
import { PlusIcon } from '@/components/ui/icons';
import { ErrorMessage, LoadingState, StatusMessage } from '@/components/ui/message';
import { Page, Section } from '@/components/ui/page';
import { useBans, type BanListed } from '@/lib/bans/use-bans';
import { formatDay, parisDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useLiveBoard } from '@/lib/live-board/use-live-board';
import { useSchedule } from '@/lib/schedule/use-schedule';
import { useDescribeError } from '@/lib/use-describe-error';
import { useCreateBan } from '../api/use-create-ban';
import { useRecordBanChallenge } from '../api/use-record-ban-challenge';
import { useRemoveBan } from '../api/use-remove-ban';
import { useRenewBan } from '../api/use-renew-ban';
import { useUpdateBan } from '../api/use-update-ban';
import { banSections, banValuesOf, emptyBanValues } from '../utils/ban-values';
import { BanCard } from './ban-card';
import { BanForm } from './ban-form';
import { ChallengeForm } from './challenge-form';
import { RenewalForm } from './renewal-form';

export interface BansScreenProps {
  platform: string;
  platformName: string;
  /** Reps and above record, renew and challenge orders. */
  canRecord: boolean;
}

type Editing =
  { kind: 'create' } | { kind: 'edit' | 'renew' | 'challenge' | 'remove'; ban: BanListed } | null;

export function BansScreen({ platform, platformName, canRecord }: BansScreenProps) {
  const { t } = useTranslation('incidents');
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
  const locale = currentLocale();
  const today = parisDay(new Date());
  const bans = useBans(platform);
  const { snapshot } = useLiveBoard(docNameOf({ board: 'schedule', platform, group: null }));
  const { sites, siteNames } = useSchedule(snapshot);
  const create = useCreateBan();
  const update = useUpdateBan();
  const renew = useRenewBan();
  const challenge = useRecordBanChallenge();
  const remove = useRemoveBan();
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');
  const { hash } = useLocation();

  // A link from the schedule's warning points at one order: bring it into view once listed.
  const loaded = bans.data !== undefined;
  useEffect(() => {
    if (loaded && hash.startsWith('#ban-')) {
      document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'start' });
    }
  }, [loaded, hash]);

  function open(next: Editing) {
    for (const mutation of [create, update, renew, challenge, remove]) mutation.reset();
    setStatus('');
    setEditing(next);
  }
  const close = () => setEditing(null);

  function submitBan(draft: BanDraft) {
    if (editing?.kind === 'edit') {
      update.mutate(
        { platform, banId: editing.ban.id, ban: draft },
        {
          onSuccess: (ban) => {
            close();
            setStatus(t('bans.done.updated', { reference: ban.reference }));
          },
        },
      );
    } else {
      create.mutate(
        { platform, ban: draft },
        {
          onSuccess: (ban) => {
            close();
            setStatus(t('bans.done.created', { reference: ban.reference }));
          },
        },
      );
    }
  }

  function submitRenewal(ban: BanListed, renewal: BanRenewal) {
    renew.mutate(
      { platform, banId: ban.id, renewal },
      {
        onSuccess: (renewed) => {
          close();
          setStatus(
            t('bans.done.renewed', {
              reference: renewed.reference,
              date: formatDay(renewed.renewedUntil, locale),
            }),
          );
        },
      },
    );
  }

  function submitChallenge(ban: BanListed, next: BanChallenge) {
    challenge.mutate(
      { platform, banId: ban.id, challenge: next },
      {
        onSuccess: () => {
          close();
          setStatus(t('bans.done.challenge', { reference: ban.reference }));
        },
      },
    );
  }

  function confirmRemove() {
    if (editing?.kind !== 'remove') return;
    const { ban } = editing;
    remove.mutate(
      { platform, banId: ban.id },
      {
        onSuccess: () => {
          close();
          setStatus(t('bans.done.removed', { reference: ban.reference }));
        },
      },
    );
  }

  const list = bans.data ?? [];
  const sections = banSections(list, (ban) => banStandingOn(ban, today));
  const fromDevice = bans.data !== undefined && (bans.isError || bans.fetchStatus === 'paused');

  let body;
  if (bans.data === undefined && bans.isPending) {
    body = <LoadingState label={tc('common.loading')} />;
  } else if (bans.data === undefined) {
    body = <ErrorMessage>{describeError(bans.error)}</ErrorMessage>;
  } else if (list.length === 0) {
    body = <p className="text-slate-800">{t('bans.empty')}</p>;
  } else {
    body = (
      <div className="space-y-8">
        {sections.map(({ section, bans: inSection }) => (
          <Section key={section} title={t(`bans.sections.${section}`)}>
            <ul className="grid gap-3 lg:grid-cols-2">
              {inSection.map((ban) => {
                const standing = banStandingOn(ban, today);
                return (
                  <BanCard
                    key={ban.id}
                    ban={ban}
                    standing={standing}
                    siteName={(id) => siteNames.get(id)}
                    onEdit={canRecord ? () => open({ kind: 'edit', ban }) : undefined}
                    onRenew={
                      canRecord && standing !== 'lifted'
                        ? () => open({ kind: 'renew', ban })
                        : undefined
                    }
                    onChallenge={canRecord ? () => open({ kind: 'challenge', ban }) : undefined}
                    onRemove={ban.mayRemove ? () => open({ kind: 'remove', ban }) : undefined}
                  />
                );
              })}
            </ul>
          </Section>
        ))}
      </div>
    );
  }

  const dialogTitle =
    editing?.kind === 'create'
      ? t('bans.form.addTitle')
      : editing?.kind === 'edit'
        ? t('bans.form.editTitle', { reference: editing.ban.reference })
        : editing?.kind === 'renew'
          ? t('bans.renew.title', { reference: editing.ban.reference })
          : editing?.kind === 'challenge'
            ? t('bans.challenge.title', { reference: editing.ban.reference })
            : '';

  return (
    <Page
      title={t('bans.title')}
      lead={
        <>
          <p>{t('bans.lead', { platform: platformName })}</p>
          {canRecord ? null : <p className="mt-2">{t('bans.readOnly')}</p>}
          <p className="mt-2">
            <Link
              to={`/${platform}/incidents`}
              className="font-medium text-brand-800 underline underline-offset-2"
            >
              {t('bans.back')}
            </Link>
          </p>
        </>
      }
      actions={
        canRecord ? (
          <Button onClick={() => open({ kind: 'create' })}>
            <PlusIcon className="size-5" />
            {t('bans.record')}
          </Button>
        ) : null
      }
    >
      <StatusMessage className="mb-4">{status}</StatusMessage>
      {fromDevice ? <p className="mb-4 text-slate-700">{t('bans.offline')}</p> : null}
      {body}
      <Dialog
        open={editing !== null && editing.kind !== 'remove'}
        title={dialogTitle}
        onClose={close}
      >
        {editing?.kind === 'create' || editing?.kind === 'edit' ? (
          <BanForm
            initial={editing.kind === 'edit' ? banValuesOf(editing.ban) : emptyBanValues(today)}
            sites={sites}
            today={today}
            submitLabel={
              editing.kind === 'edit' ? t('bans.form.submitEdit') : t('bans.form.submitCreate')
            }
            pending={create.isPending || update.isPending}
            error={editing.kind === 'edit' ? update.error : create.error}
            onSubmit={submitBan}
            onCancel={close}
          />
        ) : null}
        {editing?.kind === 'renew' ? (
          <RenewalForm
            renewedUntil={editing.ban.renewedUntil}
            today={today}
            pending={renew.isPending}
            error={renew.error}
            onSubmit={(renewal) => submitRenewal(editing.ban, renewal)}
            onCancel={close}
          />
        ) : null}
        {editing?.kind === 'challenge' ? (
          <ChallengeForm
            initial={editing.ban.challenge}
            today={today}
            pending={challenge.isPending}
            error={challenge.error}
            onSubmit={(next) => submitChallenge(editing.ban, next)}
            onCancel={close}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={editing?.kind === 'remove'}
        title={
          editing?.kind === 'remove'
            ? t('bans.removal.title', { reference: editing.ban.reference })
            : ''
        }
        body={t('bans.removal.body')}
        confirmLabel={t('bans.removal.confirm')}
        cancelLabel={tc('common.cancel')}
        busy={remove.isPending}
        error={remove.error ? describeError(remove.error) : null}
        onConfirm={confirmRemove}
        onCancel={close}
      />
    </Page>
  );
}
