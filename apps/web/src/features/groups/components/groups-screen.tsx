/**
 * The platform's groups: everyone sees which exist and which organisations are in them; an
 * organisation invited to an advocacy group answers here; admins create and remove groups and
 * choose their organisations. What a group discusses stays on its own agenda board.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ConfirmDialog, Dialog } from '@/components/ui/dialog';
import { LockIcon } from '@/components/ui/icons';
import { ErrorMessage, LoadingState, StatusMessage } from '@/components/ui/message';
import { Page, Section } from '@/components/ui/page';
import { currentLocale } from '@/lib/i18n';
import { useDescribeError } from '@/lib/use-describe-error';
import { useAddGroupOrganisation } from '../api/use-add-group-organisation';
import { useAnswerGroupInvitation } from '../api/use-answer-group-invitation';
import { useCreateGroup } from '../api/use-create-group';
import { useGroups, type Group } from '../api/use-groups';
import {
  usePlatformOrganisations,
  type PlatformOrganisation,
} from '../api/use-platform-organisations';
import { useRemoveGroup } from '../api/use-remove-group';
import { useRemoveGroupOrganisation } from '../api/use-remove-group-organisation';
import {
  addableOrganisations,
  groupRoster,
  openInvitations,
  sortGroupsForViewer,
  type RosterEntry,
} from '../utils/group-view';
import { AddOrganisationForm } from './add-organisation-form';
import { GroupCard } from './group-card';
import { GroupForm } from './group-form';
import { GroupInvitation } from './group-invitation';

export interface GroupsScreenProps {
  platform: string;
  platformName: string;
  myOrganisationName: string;
  /** Admins create and remove groups and choose their organisations. */
  canManage: boolean;
  /** Reps and above answer their organisation's invitations. */
  canAnswerInvitations: boolean;
}

type Editing =
  | { kind: 'create' }
  | { kind: 'add'; group: Group }
  | {
      kind: 'removeOrganisation';
      group: Group;
      organisation: RosterEntry;
      status: 'member' | 'invited';
    }
  | { kind: 'removeGroup'; group: Group }
  | null;

export function GroupsScreen({
  platform,
  platformName,
  myOrganisationName,
  canManage,
  canAnswerInvitations,
}: GroupsScreenProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const locale = currentLocale();
  const groups = useGroups(platform);
  const organisations = usePlatformOrganisations(platform);
  const create = useCreateGroup();
  const removeGroup = useRemoveGroup();
  const addOrganisation = useAddGroupOrganisation();
  const removeOrganisation = useRemoveGroupOrganisation();
  const answer = useAnswerGroupInvitation();
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');

  const sorted = useMemo(
    () => sortGroupsForViewer(groups.data ?? [], locale),
    [groups.data, locale],
  );
  const invitations = useMemo(() => openInvitations(sorted, locale), [sorted, locale]);
  const platformOrganisations: readonly PlatformOrganisation[] = organisations.data ?? [];
  // The list may have been read again while a dialog was open.
  const current = (group: Group) => groups.data?.find((g) => g.id === group.id) ?? group;
  const nameOf = (organisation: RosterEntry) =>
    organisation.name ?? t('groups.unknownOrganisation');

  function open(next: Editing) {
    create.reset();
    removeGroup.reset();
    addOrganisation.reset();
    removeOrganisation.reset();
    setStatus('');
    setEditing(next);
  }

  function close() {
    setEditing(null);
  }

  function submitCreate(group: { name: string; kind: Group['kind'] }) {
    create.mutate(
      { platform, ...group },
      {
        onSuccess: () => {
          close();
          setStatus(t('groups.created', { group: group.name }));
        },
      },
    );
  }

  function submitAdd(group: Group, organisation: PlatformOrganisation) {
    addOrganisation.mutate(
      { platform, groupId: group.id, organisationId: organisation.id },
      {
        onSuccess: (result) => {
          close();
          const names = { organisation: organisation.name, group: group.name };
          setStatus(
            result.status === 'invited'
              ? t('groups.addedAsInvited', names)
              : t('groups.added', names),
          );
        },
      },
    );
  }

  function confirmRemoveOrganisation() {
    if (editing?.kind !== 'removeOrganisation') return;
    const { group, organisation, status: was } = editing;
    removeOrganisation.mutate(
      { platform, groupId: group.id, organisationId: organisation.organisationId },
      {
        onSuccess: () => {
          close();
          const names = { organisation: nameOf(organisation), group: group.name };
          setStatus(
            was === 'invited'
              ? t('groups.invitationWithdrawn', names)
              : t('groups.organisationRemoved', names),
          );
        },
      },
    );
  }

  function confirmRemoveGroup() {
    if (editing?.kind !== 'removeGroup') return;
    const { group } = editing;
    removeGroup.mutate(
      { platform, groupId: group.id },
      {
        onSuccess: () => {
          close();
          setStatus(t('groups.removed', { group: group.name }));
        },
      },
    );
  }

  function answerInvitation(group: Group, accept: boolean) {
    setStatus('');
    answer.mutate(
      { platform, groupId: group.id, accept },
      {
        onSuccess: () => {
          const names = { organisation: myOrganisationName, group: group.name };
          setStatus(accept ? t('groups.joined', names) : t('groups.declined', names));
        },
      },
    );
  }

  const loading = groups.isPending || organisations.isPending;
  const failure = groups.error ?? organisations.error;
  const ready = groups.data !== undefined && organisations.data !== undefined;

  const removing = editing?.kind === 'removeOrganisation' ? editing : null;
  const removingNames = removing
    ? { organisation: nameOf(removing.organisation), group: removing.group.name }
    : { organisation: '', group: '' };

  return (
    <Page
      title={t('groups.title')}
      lead={
        <>
          <p>{t('groups.lead', { platform: platformName })}</p>
          <p className="mt-2 flex gap-2 text-slate-800">
            <LockIcon className="mt-0.5 size-5 shrink-0" />
            {t('groups.privacy')}
          </p>
          {canManage ? null : <p className="mt-2">{t('groups.askAdmin')}</p>}
        </>
      }
      actions={
        canManage ? (
          <Button onClick={() => open({ kind: 'create' })}>{t('groups.create')}</Button>
        ) : null
      }
    >
      <StatusMessage className="mb-4">{status}</StatusMessage>
      <ErrorMessage className="mb-4">
        {answer.isError ? describeError(answer.error) : null}
      </ErrorMessage>
      {loading ? <LoadingState label={t('common.loading')} /> : null}
      {failure ? <ErrorMessage>{describeError(failure)}</ErrorMessage> : null}

      {ready && invitations.length > 0 ? (
        <Section title={t('groups.invitationsHeading')} className="mb-6">
          <ul className="grid gap-3">
            {invitations.map((group) => (
              <GroupInvitation
                key={group.id}
                group={group}
                myOrganisationName={myOrganisationName}
                canAnswer={canAnswerInvitations}
                answering={answer.isPending && answer.variables.groupId === group.id}
                onAnswer={(accept) => answerInvitation(group, accept)}
              />
            ))}
          </ul>
        </Section>
      ) : null}

      {ready ? (
        <Section title={t('groups.listHeading')}>
          {sorted.length === 0 ? (
            <p className="text-slate-700">
              {canManage ? t('groups.emptyCanCreate') : t('groups.empty')}
            </p>
          ) : (
            <ul className="grid gap-3 md:grid-cols-2">
              {sorted.map((group) => (
                <GroupCard
                  key={group.id}
                  group={group}
                  roster={groupRoster(group, platformOrganisations, locale)}
                  myOrganisationName={myOrganisationName}
                  manage={
                    canManage
                      ? {
                          onAdd: () => open({ kind: 'add', group }),
                          onRemoveOrganisation: (organisation, was) =>
                            open({ kind: 'removeOrganisation', group, organisation, status: was }),
                          onRemoveGroup: () => open({ kind: 'removeGroup', group }),
                        }
                      : undefined
                  }
                />
              ))}
            </ul>
          )}
        </Section>
      ) : null}

      <Dialog open={editing?.kind === 'create'} title={t('groups.createTitle')} onClose={close}>
        <GroupForm
          pending={create.isPending}
          error={create.error}
          onSubmit={submitCreate}
          onCancel={close}
        />
      </Dialog>

      <Dialog
        open={editing?.kind === 'add'}
        title={editing?.kind === 'add' ? t('groups.addTitle', { group: editing.group.name }) : ''}
        onClose={close}
      >
        {editing?.kind === 'add' ? (
          <AddOrganisationForm
            key={editing.group.id}
            group={current(editing.group)}
            addable={addableOrganisations(current(editing.group), platformOrganisations, locale)}
            pending={addOrganisation.isPending}
            error={addOrganisation.error}
            onSubmit={(organisation) => submitAdd(editing.group, organisation)}
            onCancel={close}
          />
        ) : null}
      </Dialog>

      <ConfirmDialog
        open={removing !== null}
        title={
          removing?.status === 'invited'
            ? t('groups.withdrawTitle', removingNames)
            : t('groups.removeOrganisationTitle', removingNames)
        }
        body={
          removing?.status === 'invited'
            ? t('groups.withdrawBody', removingNames)
            : t('groups.removeOrganisationBody', removingNames)
        }
        confirmLabel={
          removing?.status === 'invited'
            ? t('groups.withdrawConfirm')
            : t('groups.removeOrganisationConfirm')
        }
        cancelLabel={t('common.cancel')}
        busy={removeOrganisation.isPending}
        error={removeOrganisation.isError ? describeError(removeOrganisation.error) : null}
        onConfirm={confirmRemoveOrganisation}
        onCancel={close}
      />

      <ConfirmDialog
        open={editing?.kind === 'removeGroup'}
        title={
          editing?.kind === 'removeGroup'
            ? t('groups.removeTitle', { group: editing.group.name })
            : ''
        }
        body={t('groups.removeBody')}
        confirmLabel={t('groups.removeConfirm')}
        cancelLabel={t('common.cancel')}
        busy={removeGroup.isPending}
        error={removeGroup.isError ? describeError(removeGroup.error) : null}
        onConfirm={confirmRemoveGroup}
        onCancel={close}
      />
    </Page>
  );
}
