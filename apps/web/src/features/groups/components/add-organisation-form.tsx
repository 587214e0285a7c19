import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { ErrorMessage } from '@/components/ui/message';
import { cn } from '@/lib/cn';
import { useDescribeError } from '@/lib/use-describe-error';
import type { Group } from '../api/use-groups';
import type { PlatformOrganisation } from '../api/use-platform-organisations';
import { joiningPreview } from '../utils/group-view';

export interface AddOrganisationFormProps {
  group: Group;
  /** The platform's organisations not yet in the group nor invited to it. */
  addable: readonly PlatformOrganisation[];
  pending: boolean;
  error: unknown;
  onSubmit: (organisation: PlatformOrganisation) => void;
  onCancel: () => void;
}

/**
 * Picks an organisation and says, before the admin confirms, whether it joins at once or is only
 * invited because it must consent first.
 */
export function AddOrganisationForm({
  group,
  addable,
  pending,
  error,
  onSubmit,
  onCancel,
}: AddOrganisationFormProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [chosenId, setChosenId] = useState('');
  const chosen = addable.find((o) => o.id === chosenId);
  const preview = chosen ? joiningPreview(group.kind, chosen) : null;
  const names = { organisation: chosen?.name ?? '', group: group.name };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen) onSubmit(chosen);
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      {addable.length === 0 ? (
        <p className="text-slate-800">{t('groups.noneAddable')}</p>
      ) : (
        <SelectField
          label={t('groups.addChoose')}
          required
          value={chosenId}
          onChange={(e) => setChosenId(e.target.value)}
        >
          <option value="" disabled>
            {t('groups.chooseOrganisation')}
          </option>
          {addable.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.shortName})
            </option>
          ))}
        </SelectField>
      )}
      {/* Announced as it changes: the choice decides what the button will do. */}
      <div aria-live="polite">
        {preview ? (
          <p
            className={cn(
              'rounded-lg border px-3 py-2',
              preview.status === 'invited'
                ? 'border-amber-300 bg-amber-50 text-amber-950'
                : 'border-slate-300 bg-slate-50 text-slate-800',
            )}
          >
            {preview.status === 'invited'
              ? t(`groups.willBeInvited.${preview.reason}`, names)
              : t('groups.willJoin', names)}
          </p>
        ) : null}
      </div>
      <ErrorMessage>{error ? describeError(error) : null}</ErrorMessage>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        {addable.length > 0 ? (
          <Button type="submit" disabled={pending || !chosen} aria-busy={pending}>
            {pending
              ? t('groups.sending')
              : preview?.status === 'invited'
                ? t('groups.inviteSubmit')
                : t('groups.addSubmit')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
