import { banLimits, type BanRenewal } from '@opale/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/field';
import { formatDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { checkRenewalValues, type BanProblem, type RenewalValues } from '../utils/ban-values';
import { FormFooter } from './form-footer';

export interface RenewalFormProps {
  /** The last day the order runs to now. */
  renewedUntil: string;
  today: string;
  pending: boolean;
  error: unknown;
  onSubmit: (renewal: BanRenewal) => void;
  onCancel: () => void;
}

export function RenewalForm({
  renewedUntil,
  today,
  pending,
  error,
  onSubmit,
  onCancel,
}: RenewalFormProps) {
  const { t } = useTranslation('incidents');
  const locale = currentLocale();
  const [values, setValues] = useState<RenewalValues>({
    reference: '',
    signedOn: today,
    validUntil: '',
  });
  const [problems, setProblems] = useState<Partial<Record<keyof RenewalValues, BanProblem>>>({});
  const field = (name: keyof RenewalValues) => ({
    name,
    value: values[name],
    error: problems[name]
      ? t(`bans.problems.${problems[name]}`, { date: formatDay(renewedUntil, locale) })
      : undefined,
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkRenewalValues(values, renewedUntil);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSubmit({ ...values, reference: values.reference.trim() });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <p className="text-slate-800">
        {t('bans.renew.current', { date: formatDay(renewedUntil, locale) })}
      </p>
      <TextField
        label={t('bans.renew.reference')}
        hint={t('bans.form.referenceHint')}
        required
        autoComplete="off"
        maxLength={banLimits.reference}
        {...field('reference')}
      />
      <div className="grid items-start gap-3 sm:grid-cols-2">
        <TextField label={t('bans.renew.signedOn')} type="date" required {...field('signedOn')} />
        <TextField
          label={t('bans.renew.validUntil')}
          type="date"
          required
          {...field('validUntil')}
        />
      </div>
      <FormFooter
        submitLabel={t('bans.renew.submit')}
        pending={pending}
        error={error}
        onCancel={onCancel}
      />
    </form>
  );
}
