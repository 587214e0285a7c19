import { banLimits, type BanRenewal } from '@opale/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ErrorMessage } from '@/components/ui/message';
import { formatDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useDescribeError } from '@/lib/use-describe-error';
import { checkRenewalValues, type BanProblem, type RenewalValues } from '../utils/ban-values';

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
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
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
      <ErrorMessage>{error ? describeError(error) : null}</ErrorMessage>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {tc('common.cancel')}
        </Button>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t('bans.renew.submit')}
        </Button>
      </div>
    </form>
  );
}
