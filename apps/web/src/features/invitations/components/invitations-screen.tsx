import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BadgeTone } from '@/components/ui/badge';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ErrorMessage, LoadingState, StatusMessage } from '@/components/ui/message';
import { Page, Section } from '@/components/ui/page';
import { formatDate } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useDescribeError } from '@/lib/use-describe-error';
import { useInvitations, type InvitationSummary } from '../api/use-invitations';
import { useRevokeInvitation } from '../api/use-revoke-invitation';
import { CreateInvitationForm, type CreatedInvitation } from './create-invitation-form';
import { InvitationLink } from './invitation-link';

const statusTones: Record<InvitationSummary['status'], BadgeTone> = {
  open: 'brand',
  accepted: 'success',
  expired: 'neutral',
  revoked: 'danger',
};

export function InvitationsScreen({ platform }: { platform: string }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const invitations = useInvitations(platform);
  const revoke = useRevokeInvitation();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [revoking, setRevoking] = useState<InvitationSummary | null>(null);
  const [status, setStatus] = useState('');
  const locale = currentLocale();

  function confirmRevoke() {
    if (!revoking) return;
    revoke.mutate(
      { platform, invitationId: revoking.id },
      {
        onSuccess: () => {
          setRevoking(null);
          setStatus(t('invitations.revoked'));
        },
      },
    );
  }

  return (
    <Page title={t('invitations.title')}>
      <div className="space-y-8">
        {created ? (
          <InvitationLink
            url={created.url}
            expiresAt={created.expiresAt}
            description={t('invitations.linkFor', {
              role: t(`roles.${created.role}`),
              organisation: created.organisationName,
            })}
            onDone={() => setCreated(null)}
          />
        ) : (
          <Section
            title={t('invitations.createHeading')}
            className="rounded-xl border border-slate-300 bg-white p-4"
          >
            <CreateInvitationForm platform={platform} onCreated={setCreated} />
          </Section>
        )}

        <Section title={t('invitations.listHeading')}>
          <StatusMessage className="mb-3">{status}</StatusMessage>
          {invitations.isPending ? <LoadingState label={t('common.loading')} /> : null}
          {invitations.isError ? (
            <ErrorMessage>{describeError(invitations.error)}</ErrorMessage>
          ) : null}
          {invitations.data?.length === 0 ? (
            <p className="text-slate-700">{t('invitations.empty')}</p>
          ) : null}
          {invitations.data && invitations.data.length > 0 ? (
            <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-300 bg-white">
              {invitations.data.map((invitation) => (
                <li
                  key={invitation.id}
                  className="flex flex-col gap-2 p-4 md:flex-row md:items-center md:justify-between"
                >
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-2">
                      <span className="font-semibold text-slate-950">
                        {invitation.organisationName}
                      </span>
                      <span className="text-slate-800">· {t(`roles.${invitation.role}`)}</span>
                      <Badge tone={statusTones[invitation.status]}>
                        {t(`invitationStatuses.${invitation.status}`)}
                      </Badge>
                    </p>
                    <p className="break-all text-slate-800">
                      {invitation.email ?? t('invitations.anyEmail')}
                    </p>
                    <p className="text-sm text-slate-700">
                      {t('invitations.createdBy', {
                        name: invitation.createdByName,
                        date: formatDate(invitation.createdAt, locale),
                      })}
                      {' · '}
                      {t(
                        invitation.status === 'expired'
                          ? 'invitations.expiredOn'
                          : 'invitations.expiresOn',
                        {
                          date: formatDate(invitation.expiresAt, locale),
                        },
                      )}
                    </p>
                  </div>
                  {invitation.status === 'open' ? (
                    <Button
                      variant="dangerOutline"
                      size="sm"
                      className="self-start md:self-center"
                      onClick={() => {
                        revoke.reset();
                        setStatus('');
                        setRevoking(invitation);
                      }}
                    >
                      {t('invitations.revoke')}
                      <span className="sr-only">
                        {' '}
                        {invitation.organisationName} {invitation.email ?? ''}
                      </span>
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </Section>
      </div>

      <ConfirmDialog
        open={revoking !== null}
        title={t('invitations.revokeTitle', { organisation: revoking?.organisationName ?? '' })}
        body={t('invitations.revokeBody')}
        confirmLabel={t('invitations.revokeConfirm')}
        cancelLabel={t('common.cancel')}
        busy={revoke.isPending}
        error={revoke.isError ? describeError(revoke.error) : null}
        onConfirm={confirmRevoke}
        onCancel={() => setRevoking(null)}
      />
    </Page>
  );
}
