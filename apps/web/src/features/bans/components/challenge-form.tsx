import {
  banChallengeOutcomes,
  banLimits,
  type BanChallenge,
  type BanChallengeOutcome,
} from '@opale/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/ui/field';
import {
  challengeOf,
  challengeValuesOf,
  checkChallengeValues,
  type BanProblem,
  type ChallengeValues,
} from '../utils/ban-values';
import { FormFooter } from './form-footer';

export interface ChallengeFormProps {
  initial: BanChallenge;
  today: string;
  pending: boolean;
  error: unknown;
  onSubmit: (challenge: BanChallenge) => void;
  onCancel: () => void;
}

const states = ['none', 'filed', 'decided'] as const;

export function ChallengeForm({
  initial,
  today,
  pending,
  error,
  onSubmit,
  onCancel,
}: ChallengeFormProps) {
  const { t } = useTranslation('incidents');
  const stateName = useId();
  const [values, setValues] = useState<ChallengeValues>(() => challengeValuesOf(initial, today));
  const [problems, setProblems] = useState<Partial<Record<keyof ChallengeValues, BanProblem>>>({});
  const set = <K extends keyof ChallengeValues>(name: K, value: ChallengeValues[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const field = (name: 'court' | 'filedOn' | 'reference' | 'decidedOn') => ({
    name,
    value: values[name],
    error: problems[name] ? t(`bans.problems.${problems[name]}`, { date: '' }) : undefined,
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkChallengeValues(values);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSubmit(challengeOf(values));
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <fieldset>
        <legend className="mb-1 font-medium text-slate-900">{t('bans.challenge.state')}</legend>
        <div className="space-y-1">
          {states.map((state) => (
            <label key={state} className="flex min-h-11 items-center gap-3">
              <input
                type="radio"
                name={stateName}
                value={state}
                checked={values.state === state}
                onChange={() => set('state', state)}
                className="size-6 shrink-0 accent-brand-700"
              />
              <span>{t(`bans.challenge.states.${state}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {values.state === 'none' ? null : (
        <>
          <TextField
            label={t('bans.challenge.court')}
            hint={t('bans.challenge.courtHint')}
            required
            autoComplete="off"
            maxLength={banLimits.court}
            {...field('court')}
          />
          <div className="grid items-start gap-3 sm:grid-cols-2">
            <TextField
              label={t('bans.challenge.filedOn')}
              type="date"
              required
              {...field('filedOn')}
            />
            <TextField
              label={t('bans.challenge.caseReference')}
              labelSuffix={`(${t('bans.form.optional')})`}
              autoComplete="off"
              maxLength={banLimits.reference}
              {...field('reference')}
            />
          </div>
        </>
      )}
      {values.state === 'decided' ? (
        <div className="grid items-start gap-3 sm:grid-cols-2">
          <SelectField
            label={t('bans.challenge.outcome')}
            name="outcome"
            value={values.outcome}
            onChange={(event) => set('outcome', event.target.value as BanChallengeOutcome)}
          >
            {banChallengeOutcomes.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`bans.outcomes.${outcome}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('bans.challenge.decidedOn')}
            type="date"
            required
            {...field('decidedOn')}
          />
        </div>
      ) : null}
      <p className="text-sm text-slate-700">{t('bans.challenge.endsHint')}</p>
      <FormFooter
        submitLabel={t('bans.challenge.submit')}
        pending={pending}
        error={error}
        onCancel={onCancel}
      />
    </form>
  );
}
