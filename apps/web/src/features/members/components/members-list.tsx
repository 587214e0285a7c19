import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '@opale/core';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { ErrorMessage, LoadingState, StatusMessage } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { formatDate } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { matchesSearch } from '@/lib/search';
import { useDescribeError } from '@/lib/use-describe-error';
import { useChangeRole } from '../api/use-change-role';
import { useEndMemberSessions } from '../api/use-end-member-sessions';
import { useMembers, type Member } from '../api/use-members';
import { useRemoveMember } from '../api/use-remove-member';

export interface MembersListProps {
  platform: string;
  platformName: string;
  canManage: boolean;
  myUserId: string;
}

type Pending = { kind: 'remove' | 'endSessions'; member: Member } | null;

export function MembersList({ platform, platformName, canManage, myUserId }: MembersListProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const members = useMembers(platform);
  const changeRole = useChangeRole();
  const removeMember = useRemoveMember();
  const endSessions = useEndMemberSessions();
  const [search, setSearch] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const [status, setStatus] = useState('');
  const locale = currentLocale();

  const shown = useMemo(
    () =>
      (members.data ?? []).filter((m) =>
        matchesSearch(search, m.name, m.organisationName, m.email),
      ),
    [members.data, search],
  );

  function onRoleChange(member: Member, role: Role) {
    setStatus('');
    changeRole.mutate(
      { platform, membershipId: member.id, role },
      {
        onSuccess: () =>
          setStatus(t('members.roleChanged', { name: member.name, role: t(`roles.${role}`) })),
      },
    );
  }

  function confirmPending() {
    if (!pending) return;
    const { member } = pending;
    setStatus('');
    if (pending.kind === 'remove') {
      removeMember.mutate(
        { platform, membershipId: member.id },
        {
          onSuccess: () => {
            setPending(null);
            setStatus(t('members.removed', { name: member.name }));
          },
        },
      );
    } else {
      endSessions.mutate(
        { platform, membershipId: member.id },
        {
          onSuccess: ({ sessionsEnded }) => {
            setPending(null);
            setStatus(t('members.sessionsEnded', { name: member.name, count: sessionsEnded }));
          },
        },
      );
    }
  }

  function closeDialog() {
    setPending(null);
    removeMember.reset();
    endSessions.reset();
  }

  const dialogMutation = pending?.kind === 'remove' ? removeMember : endSessions;

  return (
    <Page
      title={t('members.title')}
      lead={members.data ? t('members.count', { count: members.data.length }) : null}
    >
      {members.isPending ? <LoadingState label={t('common.loading')} /> : null}
      {members.isError ? <ErrorMessage>{describeError(members.error)}</ErrorMessage> : null}

      {members.data ? (
        <>
          <TextField
            className="mb-4 max-w-md"
            label={t('members.filter')}
            hint={t('members.filterHint')}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <StatusMessage className="mb-3">{status}</StatusMessage>
          <ErrorMessage className="mb-3">
            {changeRole.isError ? describeError(changeRole.error) : null}
          </ErrorMessage>

          {shown.length === 0 ? (
            <p className="py-4 text-slate-700">{t('members.noMatch')}</p>
          ) : null}
          <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-300 bg-white">
            {shown.map((member) => {
              const isMe = member.userId === myUserId;
              return (
                <li
                  key={member.id}
                  className="flex flex-col gap-3 p-4 md:flex-row md:items-center md:justify-between"
                >
                  <div className="min-w-0">
                    <p className="font-semibold text-slate-950">
                      {member.name}{' '}
                      {isMe ? (
                        <span className="font-normal text-slate-700">{t('members.you')}</span>
                      ) : null}
                    </p>
                    <p className="text-slate-800">{member.organisationName}</p>
                    {member.email ? (
                      <p className="break-all text-sm text-slate-700">{member.email}</p>
                    ) : null}
                    <p className="text-sm text-slate-700">
                      {t('members.since', { date: formatDate(member.createdAt, locale) })}
                    </p>
                  </div>
                  {canManage ? (
                    <div className="flex flex-col gap-2 md:shrink-0 md:flex-row md:items-center">
                      <label htmlFor={`role-${member.id}`} className="sr-only">
                        {t('members.roleOf', { name: member.name })}
                      </label>
                      <select
                        id={`role-${member.id}`}
                        value={member.role}
                        disabled={changeRole.isPending}
                        onChange={(event) => onRoleChange(member, event.target.value as Role)}
                        className="block min-h-11 w-full rounded-lg border border-slate-500 bg-white px-3 md:w-44"
                      >
                        {roles.map((role) => (
                          <option key={role} value={role}>
                            {t(`roles.${role}`)}
                          </option>
                        ))}
                      </select>
                      <div className="flex flex-wrap gap-2">
                        <Button
                          variant="secondary"
                          size="sm"
                          onClick={() => setPending({ kind: 'endSessions', member })}
                        >
                          {t('members.endSessions')}
                          <span className="sr-only"> — {member.name}</span>
                        </Button>
                        <Button
                          variant="dangerOutline"
                          size="sm"
                          onClick={() => setPending({ kind: 'remove', member })}
                        >
                          {t('members.remove')}
                          <span className="sr-only"> {member.name}</span>
                        </Button>
                      </div>
                    </div>
                  ) : (
                    <div className="md:shrink-0">
                      <Badge tone={member.role === 'admin' ? 'brand' : 'neutral'}>
                        {t(`roles.${member.role}`)}
                      </Badge>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}

      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.kind === 'remove'
            ? t('members.removeTitle', { name: pending.member.name, platform: platformName })
            : t('members.endSessionsTitle', { name: pending?.member.name ?? '' })
        }
        body={
          pending?.kind === 'remove'
            ? t('members.removeBody', { name: pending.member.name, platform: platformName })
            : t('members.endSessionsBody', { name: pending?.member.name ?? '' })
        }
        confirmLabel={
          pending?.kind === 'remove' ? t('members.removeConfirm') : t('members.endSessionsConfirm')
        }
        cancelLabel={t('common.cancel')}
        busy={dialogMutation.isPending}
        error={dialogMutation.isError ? describeError(dialogMutation.error) : null}
        onConfirm={confirmPending}
        onCancel={closeDialog}
      />
    </Page>
  );
}
