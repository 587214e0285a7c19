import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationKind } from '@opale/core';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog, Dialog } from '@/components/ui/dialog';
import { ErrorMessage, LoadingState, StatusMessage } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { useDescribeError } from '@/lib/use-describe-error';
import { useCreateOrganisation } from '../api/use-create-organisation';
import { useDetachOrganisation } from '../api/use-detach-organisation';
import { useOrganisations, type Organisation } from '../api/use-organisations';
import { useUpdateOrganisation } from '../api/use-update-organisation';
import { AddExistingOrganisation } from './add-existing-organisation';
import { OrganisationForm, type OrganisationFormValues } from './organisation-form';

export interface OrganisationsListProps {
  platform: string;
  platformName: string;
  canManage: boolean;
}

type Editing =
  | { kind: 'create' }
  | { kind: 'edit'; organisation: Organisation }
  | { kind: 'addExisting' }
  | { kind: 'detach'; organisation: Organisation }
  | null;

export function OrganisationsList({ platform, platformName, canManage }: OrganisationsListProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const organisations = useOrganisations(platform);
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const detach = useDetachOrganisation();
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');

  function open(next: Editing) {
    create.reset();
    update.reset();
    detach.reset();
    setStatus('');
    setEditing(next);
  }

  function save(values: OrganisationFormValues) {
    if (editing?.kind === 'create') {
      create.mutate(
        { platform, ...values },
        {
          onSuccess: () => {
            setEditing(null);
            setStatus(t('organisations.created', { name: values.name }));
          },
        },
      );
    } else if (editing?.kind === 'edit') {
      update.mutate(
        { platform, organisationId: editing.organisation.id, ...values },
        {
          onSuccess: () => {
            setEditing(null);
            setStatus(t('organisations.updated', { name: values.name }));
          },
        },
      );
    }
  }

  function confirmDetach() {
    if (editing?.kind !== 'detach') return;
    const { organisation } = editing;
    detach.mutate(
      { platform, organisationId: organisation.id },
      {
        onSuccess: () => {
          setEditing(null);
          setStatus(t('organisations.detached', { name: organisation.name }));
        },
      },
    );
  }

  const formOpen = editing?.kind === 'create' || editing?.kind === 'edit';

  return (
    <Page
      title={t('organisations.title')}
      lead={
        organisations.data ? t('organisations.count', { count: organisations.data.length }) : null
      }
      actions={
        canManage ? (
          <>
            <Button onClick={() => open({ kind: 'create' })}>{t('organisations.create')}</Button>
            <Button variant="secondary" onClick={() => open({ kind: 'addExisting' })}>
              {t('organisations.addExisting')}
            </Button>
          </>
        ) : null
      }
    >
      <StatusMessage className="mb-3">{status}</StatusMessage>
      {organisations.isPending ? <LoadingState label={t('common.loading')} /> : null}
      {organisations.isError ? (
        <ErrorMessage>{describeError(organisations.error)}</ErrorMessage>
      ) : null}
      {organisations.data?.length === 0 ? (
        <p className="text-slate-700">{t('organisations.empty')}</p>
      ) : null}

      <ul className="grid gap-3 md:grid-cols-2">
        {organisations.data?.map((organisation) => (
          <li
            key={organisation.id}
            className="flex flex-col gap-2 rounded-xl border border-slate-300 bg-white p-4"
          >
            <div>
              <h2 className="text-lg font-semibold text-slate-950">
                {organisation.name}{' '}
                <span className="font-normal text-slate-700">({organisation.shortName})</span>
              </h2>
              <p className="text-slate-800">
                {t(`organisationKinds.${organisation.kind as OrganisationKind}`)}
              </p>
            </div>
            {organisation.stateMandated || organisation.publiclyFunded ? (
              <p className="flex flex-wrap gap-2">
                {organisation.stateMandated ? (
                  <Badge tone="warning">{t('organisations.stateMandatedBadge')}</Badge>
                ) : null}
                {organisation.publiclyFunded ? (
                  <Badge>{t('organisations.publiclyFundedBadge')}</Badge>
                ) : null}
              </p>
            ) : null}
            <dl className="grid gap-1 text-slate-800">
              {organisation.contactEmail ? (
                <div>
                  <dt className="sr-only">{t('organisations.fields.contactEmail')}</dt>
                  <dd>
                    <a
                      className="break-all text-brand-800 underline"
                      href={`mailto:${organisation.contactEmail}`}
                    >
                      {organisation.contactEmail}
                    </a>
                  </dd>
                </div>
              ) : null}
              {organisation.contactPhone ? (
                <div>
                  <dt className="sr-only">{t('organisations.fields.contactPhone')}</dt>
                  <dd>
                    <a
                      className="text-brand-800 underline"
                      href={`tel:${organisation.contactPhone.replace(/\s+/g, '')}`}
                    >
                      {organisation.contactPhone}
                    </a>
                  </dd>
                </div>
              ) : null}
              {organisation.website ? (
                <div>
                  <dt className="sr-only">{t('organisations.fields.website')}</dt>
                  <dd>
                    <a
                      className="break-all text-brand-800 underline"
                      href={organisation.website}
                      rel="noreferrer"
                      target="_blank"
                    >
                      {organisation.website}
                    </a>
                  </dd>
                </div>
              ) : null}
            </dl>
            {canManage ? (
              <div className="mt-auto flex flex-wrap gap-2 pt-2">
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => open({ kind: 'edit', organisation })}
                >
                  {t('organisations.edit')}
                  <span className="sr-only"> {organisation.name}</span>
                </Button>
                <Button
                  variant="dangerOutline"
                  size="sm"
                  onClick={() => open({ kind: 'detach', organisation })}
                >
                  {t('organisations.detach')}
                  <span className="sr-only"> {organisation.name}</span>
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>

      <Dialog
        open={formOpen}
        title={
          editing?.kind === 'edit'
            ? t('organisations.editTitle', { name: editing.organisation.name })
            : t('organisations.createTitle')
        }
        onClose={() => setEditing(null)}
      >
        <OrganisationForm
          key={editing?.kind === 'edit' ? editing.organisation.id : 'new'}
          organisation={editing?.kind === 'edit' ? editing.organisation : undefined}
          submitLabel={
            editing?.kind === 'edit' ? t('common.save') : t('organisations.createSubmit')
          }
          pending={create.isPending || update.isPending}
          error={editing?.kind === 'edit' ? update.error : create.error}
          onSubmit={save}
          onCancel={() => setEditing(null)}
        />
      </Dialog>

      <Dialog
        open={editing?.kind === 'addExisting'}
        title={t('organisations.addExisting')}
        onClose={() => setEditing(null)}
      >
        <AddExistingOrganisation
          platform={platform}
          onAdded={(name) => {
            setEditing(null);
            setStatus(t('organisations.attached', { name }));
          }}
          onCancel={() => setEditing(null)}
        />
      </Dialog>

      <ConfirmDialog
        open={editing?.kind === 'detach'}
        title={
          editing?.kind === 'detach'
            ? t('organisations.detachTitle', {
                name: editing.organisation.name,
                platform: platformName,
              })
            : ''
        }
        body={t('organisations.detachBody', { platform: platformName })}
        confirmLabel={t('organisations.detachConfirm')}
        cancelLabel={t('common.cancel')}
        busy={detach.isPending}
        error={detach.isError ? describeError(detach.error) : null}
        onConfirm={confirmDetach}
        onCancel={() => setEditing(null)}
      />
    </Page>
  );
}
