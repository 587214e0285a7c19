import { newPassword, type Role } from '@opale/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, buttonClasses } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ErrorMessage, LoadingState } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { formatDate } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { platformPath } from '@/lib/platform-nav';
import { signInPath } from '@/lib/safe-next';
import { useDescribeError } from '@/lib/use-describe-error';
import { useAcceptInvitation } from '../api/use-accept-invitation';
import { useInvitationPreview, type InvitationPreview } from '../api/use-invitation-preview';

const passwordMinLength = newPassword.minLength ?? 10;

export function InvitationAccept({ token }: { token: string }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const preview = useInvitationPreview(token);

  if (preview.isPending) {
    return (
      <Page title={t('invite.title')}>
        <LoadingState label={t('common.loading')} />
      </Page>
    );
  }
  if (preview.isError) {
    return (
      <Page title={t('invite.unusable')} documentTitle={t('invite.title')}>
        <ErrorMessage className="mb-4">{describeError(preview.error)}</ErrorMessage>
        <Link to="/" className={buttonClasses('secondary')}>
          {t('errors.backHome')}
        </Link>
      </Page>
    );
  }

  const invitation = preview.data;
  const role = t(`roles.${invitation.role}`);
  return (
    <Page
      title={t('invite.heading', { platform: invitation.platformName })}
      documentTitle={t('invite.title')}
      lead={
        <>
          <p>
            {t('invite.summary', {
              platform: invitation.platformName,
              role,
              organisation: invitation.organisationName,
            })}
          </p>
          <p className="mt-1 text-sm">
            {t('invite.expires', { date: formatDate(invitation.expiresAt, currentLocale()) })}
          </p>
        </>
      }
    >
      {invitation.signedInAs ? (
        <JoinAsMember token={token} invitation={invitation} role={invitation.role} />
      ) : (
        <NewAccountForm token={token} invitation={invitation} />
      )}
    </Page>
  );
}

function JoinAsMember({
  token,
  invitation,
  role,
}: {
  token: string;
  invitation: InvitationPreview;
  role: Role;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const home = platformPath(invitation.platformSlug);

  if (invitation.alreadyMember) {
    return (
      <div className="space-y-4">
        <p className="text-slate-800">
          {t('invite.alreadyMember', { platform: invitation.platformName })}
        </p>
        <Link to={home} className={buttonClasses('primary')}>
          {t('invite.goToPlatform', { platform: invitation.platformName })}
        </Link>
      </div>
    );
  }

  return (
    <div className="max-w-md space-y-4">
      <p className="text-slate-800">{t('invite.signedInAs', { email: invitation.signedInAs })}</p>
      <ErrorMessage>{accept.isError ? describeError(accept.error) : null}</ErrorMessage>
      <Button
        className="w-full"
        disabled={accept.isPending}
        onClick={() =>
          accept.mutate(
            { token },
            { onSuccess: ({ platformSlug }) => void navigate(platformPath(platformSlug)) },
          )
        }
      >
        {accept.isPending
          ? t('invite.joining')
          : t('invite.join', {
              platform: invitation.platformName,
              role: t(`roles.${role}`),
              organisation: invitation.organisationName,
            })}
      </Button>
    </div>
  );
}

function NewAccountForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== confirmation) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    accept.mutate(
      {
        token,
        newAccount: {
          name: name.trim(),
          password,
          ...(invitation.email ? {} : { email: email.trim() }),
        },
      },
      { onSuccess: ({ platformSlug }) => void navigate(platformPath(platformSlug)) },
    );
  }

  const formError = mismatch
    ? t('invite.passwordsDiffer')
    : accept.isError
      ? describeError(accept.error)
      : null;

  return (
    <section aria-labelledby="new-account-heading" className="max-w-md">
      <h2 id="new-account-heading" className="mb-3 text-lg font-bold">
        {t('invite.createAccount')}
      </h2>
      <form onSubmit={submit} className="space-y-4">
        <TextField
          label={t('invite.name')}
          hint={t('invite.nameHint')}
          autoComplete="name"
          required
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        {invitation.email ? (
          <p className="text-slate-800">{t('invite.emailFixed', { email: invitation.email })}</p>
        ) : (
          <TextField
            label={t('invite.email')}
            hint={t('invite.emailHint')}
            type="email"
            inputMode="email"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
        <TextField
          label={t('invite.password')}
          hint={t('invite.passwordHint', { min: passwordMinLength })}
          type="password"
          autoComplete="new-password"
          required
          minLength={passwordMinLength}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <TextField
          label={t('invite.confirmPassword')}
          type="password"
          autoComplete="new-password"
          required
          value={confirmation}
          error={mismatch ? t('invite.passwordsDiffer') : undefined}
          onChange={(e) => setConfirmation(e.target.value)}
        />
        <ErrorMessage>{formError}</ErrorMessage>
        <Button type="submit" className="w-full" disabled={accept.isPending}>
          {accept.isPending ? t('invite.submitting') : t('invite.submit')}
        </Button>
      </form>
      <p className="mt-6">
        <Link
          to={signInPath(`/invite/${token}`)}
          className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
        >
          {t('invite.haveAccount')}
        </Link>
      </p>
    </section>
  );
}
