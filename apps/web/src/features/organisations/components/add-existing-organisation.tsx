import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { ErrorMessage, LoadingState } from '@/components/ui/message';
import { useDescribeError } from '@/lib/use-describe-error';
import { useAddableOrganisations } from '../api/use-addable-organisations';
import { useAttachOrganisation } from '../api/use-attach-organisation';

export interface AddExistingOrganisationProps {
  platform: string;
  onAdded: (name: string) => void;
  onCancel: () => void;
}

export function AddExistingOrganisation({
  platform,
  onAdded,
  onCancel,
}: AddExistingOrganisationProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const addable = useAddableOrganisations(platform, true);
  const attach = useAttachOrganisation();
  const [chosen, setChosen] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const organisation = addable.data?.find((o) => o.id === chosen);
    if (!organisation) return;
    attach.mutate(
      { platform, organisationId: organisation.id },
      { onSuccess: () => onAdded(organisation.name) },
    );
  }

  if (addable.isPending) return <LoadingState label={t('common.loading')} />;
  if (addable.isError) return <ErrorMessage>{describeError(addable.error)}</ErrorMessage>;

  return (
    <form onSubmit={submit} className="space-y-4">
      <p className="text-slate-700">{t('organisations.addExistingHint')}</p>
      {addable.data.length === 0 ? (
        <p className="text-slate-800">{t('organisations.noneAddable')}</p>
      ) : (
        <SelectField
          label={t('organisations.addExistingChoose')}
          required
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
        >
          <option value="" disabled>
            {t('invitations.chooseOrganisation')}
          </option>
          {addable.data.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.shortName})
            </option>
          ))}
        </SelectField>
      )}
      <ErrorMessage>{attach.isError ? describeError(attach.error) : null}</ErrorMessage>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        {addable.data.length > 0 ? (
          <Button type="submit" disabled={attach.isPending || chosen === ''}>
            {attach.isPending ? t('common.saving') : t('organisations.addExistingSubmit')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
