/**
 * The volunteers who agreed to be named as witnesses: seen only by the reps and up of the
 * report's organisation (the server refuses everyone else), and erased for good when the case
 * closes, which the section says before anyone adds a name.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { LockIcon } from '@/components/ui/icons';
import { ErrorMessage, LoadingState, StatusMessage } from '@/components/ui/message';
import { Section } from '@/components/ui/page';
import { fieldErrorsOf } from '@/lib/errors';
import { useDescribeError } from '@/lib/use-describe-error';
import { useAddWitness } from '../api/use-add-witness';
import { useWitnesses } from '../api/use-witnesses';

export interface WitnessesSectionProps {
  platform: string;
  incidentId: string;
  organisationName: string;
  closed: boolean;
  mayAdd: boolean;
}

export function WitnessesSection({
  platform,
  incidentId,
  organisationName,
  closed,
  mayAdd,
}: WitnessesSectionProps) {
  const { t } = useTranslation('incidents');
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
  const witnesses = useWitnesses(platform, incidentId, true);

  let list;
  if (witnesses.isPending) list = <LoadingState label={tc('common.loading')} />;
  else if (witnesses.isError) list = <ErrorMessage>{describeError(witnesses.error)}</ErrorMessage>;
  else if (witnesses.data.length === 0)
    list = (
      <p className="text-slate-700">
        {closed ? t('list.page.witnesses.erased') : t('list.page.witnesses.none')}
      </p>
    );
  else
    list = (
      <ul className="space-y-2">
        {witnesses.data.map((witness) => (
          <li key={witness.id} className="rounded-xl border border-slate-300 bg-white p-3">
            <p className="font-semibold text-slate-950">{witness.name}</p>
            {witness.contact ? (
              <p className="break-words text-slate-800">
                {t('list.page.witnesses.contact', { contact: witness.contact })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    );

  return (
    <Section title={t('list.page.witnesses.heading')}>
      <p className="mb-3 flex items-start gap-2 text-sm text-slate-800">
        <LockIcon className="mt-0.5 size-5 shrink-0" />
        {t('list.page.witnesses.note', { organisation: organisationName })}
      </p>
      {list}
      {mayAdd ? <WitnessForm platform={platform} incidentId={incidentId} /> : null}
    </Section>
  );
}

function WitnessForm({ platform, incidentId }: { platform: string; incidentId: string }) {
  const { t } = useTranslation('incidents');
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
  const add = useAddWitness();
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [said, setSaid] = useState('');
  const fieldErrors = fieldErrorsOf(add.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaid('');
    const witness = { name: name.trim(), contact: contact.trim() };
    add.mutate(
      { platform, incidentId, witness },
      {
        onSuccess: () => {
          setName('');
          setContact('');
          setSaid(t('list.page.witnesses.added', { name: witness.name }));
        },
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="mt-4 space-y-3 rounded-xl border border-slate-300 bg-white p-3"
    >
      <h3 className="font-bold text-slate-950">{t('list.page.witnesses.add')}</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('list.page.witnesses.name')}
          hint={t('list.page.witnesses.nameHint')}
          value={name}
          maxLength={100}
          autoComplete="off"
          required
          onChange={(event) => setName(event.target.value)}
          error={fieldErrors['witness.name']}
        />
        <TextField
          label={t('list.page.witnesses.contactLabel')}
          labelSuffix={`(${tc('common.optional')})`}
          hint={t('list.page.witnesses.contactHint')}
          value={contact}
          maxLength={200}
          autoComplete="off"
          onChange={(event) => setContact(event.target.value)}
          error={fieldErrors['witness.contact']}
        />
      </div>
      <ErrorMessage>{add.isError ? describeError(add.error) : null}</ErrorMessage>
      <StatusMessage>{said}</StatusMessage>
      <Button type="submit" disabled={add.isPending} aria-busy={add.isPending}>
        {add.isPending ? tc('common.saving') : t('list.page.witnesses.submit')}
      </Button>
    </form>
  );
}
