import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '@opale/core';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ErrorMessage, LoadingState } from '@/components/ui/message';
import { fieldErrorsOf } from '@/lib/errors';
import { useDescribeError } from '@/lib/use-describe-error';
import { useCreateInvitation } from '../api/use-create-invitation';
import { usePlatformOrganisations } from '../api/use-platform-organisations';

export interface CreatedInvitation {
  url: string;
  expiresAt: string;
  role: Role;
  organisationName: string;
}

export function CreateInvitationForm({
  platform,
  onCreated,
}: {
  platform: string;
  onCreated: (created: CreatedInvitation) => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const organisations = usePlatformOrganisations(platform);
  const create = useCreateInvitation();
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<Role>('rep');
  const [email, setEmail] = useState('');
  const fieldErrors = fieldErrorsOf(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const organisation = organisations.data?.find((o) => o.id === organisationId);
    if (!organisation) return;
    const trimmed = email.trim();
    create.mutate(
      { platform, organisationId, role, email: trimmed === '' ? undefined : trimmed },
      {
        onSuccess: ({ url, expiresAt }) => {
          setEmail('');
          onCreated({ url, expiresAt, role, organisationName: organisation.name });
        },
      },
    );
  }

  if (organisations.isPending) return <LoadingState label={t('common.loading')} />;
  if (organisations.isError)
    return <ErrorMessage>{describeError(organisations.error)}</ErrorMessage>;
  if (organisations.data.length === 0)
    return <p className="text-slate-800">{t('invitations.noOrganisations')}</p>;

  return (
    <form onSubmit={submit} className="grid gap-4 md:grid-cols-2">
      <SelectField
        label={t('invitations.organisation')}
        required
        value={organisationId}
        error={fieldErrors.organisationId}
        onChange={(e) => setOrganisationId(e.target.value)}
      >
        <option value="" disabled>
          {t('invitations.chooseOrganisation')}
        </option>
        {organisations.data.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('invitations.role')}
        hint={t(`roleDescriptions.${role}`)}
        value={role}
        error={fieldErrors.role}
        onChange={(e) => setRole(e.target.value as Role)}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        className="md:col-span-2"
        label={t('invitations.email')}
        labelSuffix={`(${t('common.optional')})`}
        hint={t('invitations.emailHint')}
        type="email"
        inputMode="email"
        autoComplete="off"
        value={email}
        error={fieldErrors.email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <ErrorMessage className="md:col-span-2">
        {create.isError ? describeError(create.error) : null}
      </ErrorMessage>
      <div className="md:col-span-2">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t('invitations.submitting') : t('invitations.submit')}
        </Button>
      </div>
    </form>
  );
}
