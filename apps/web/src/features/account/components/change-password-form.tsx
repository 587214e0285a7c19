import { newPassword } from '@opale/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ErrorMessage, StatusMessage } from '@/components/ui/message';
import { useDescribeError } from '@/lib/use-describe-error';
import { useChangePassword } from '../api/use-change-password';

const passwordMinLength = newPassword.minLength ?? 10;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    if (next !== confirmation) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: ({ otherSessionsEnded }) => {
          setCurrent('');
          setNext('');
          setConfirmation('');
          setDone(t('account.passwordChanged', { count: otherSessionsEnded }));
        },
      },
    );
  }

  const error = mismatch
    ? t('account.passwordsDiffer')
    : change.isError
      ? describeError(change.error)
      : null;

  return (
    <form onSubmit={submit} className="max-w-md space-y-4">
      {/* Lets password managers tie the new password to the right account. */}
      <input type="text" name="username" autoComplete="username" hidden readOnly />
      <TextField
        label={t('account.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <TextField
        label={t('account.newPassword')}
        hint={t('account.newPasswordHint', { min: passwordMinLength })}
        type="password"
        autoComplete="new-password"
        required
        minLength={passwordMinLength}
        value={next}
        onChange={(e) => setNext(e.target.value)}
      />
      <TextField
        label={t('account.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={confirmation}
        error={mismatch ? t('account.passwordsDiffer') : undefined}
        onChange={(e) => setConfirmation(e.target.value)}
      />
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{done}</StatusMessage>
      <Button type="submit" disabled={change.isPending}>
        {change.isPending ? t('account.changingPassword') : t('account.changePassword')}
      </Button>
    </form>
  );
}
