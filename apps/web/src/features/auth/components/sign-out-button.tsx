import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/dialog';
import { SignOutIcon } from '@/components/ui/icons';
import { useMe } from '@/lib/session';
import { describeAuthError } from '../api/describe-auth-error';
import { useSignOut } from '../api/use-sign-out';

/** How many incident reports of this account still wait on this device (signing out deletes them). */
async function waitingReports(userId: string): Promise<number> {
  try {
    const { countWaitingReports } = await import('@/lib/incident-outbox/incident-outbox');
    return await countWaitingReports(userId);
  } catch {
    return 0;
  }
}

/** Compact on phones (icon, name for assistive tech), labelled on wider screens. */
export function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const userId = useMe().data?.user.id ?? null;
  const [waiting, setWaiting] = useState(0);
  const label = signOut.isPending ? t('nav.signingOut') : t('nav.signOut');

  async function start() {
    const count = userId === null ? 0 : await waitingReports(userId);
    if (count > 0) setWaiting(count);
    else signOut.mutate();
  }

  return (
    <>
      <button
        type="button"
        onClick={() => void start()}
        disabled={signOut.isPending}
        className="inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-lg px-2 font-semibold text-white hover:bg-brand-800 md:px-3"
      >
        <SignOutIcon />
        <span className="sr-only md:not-sr-only">{label}</span>
      </button>
      {signOut.isError ? (
        <p
          role="alert"
          className="absolute inset-x-2 top-full z-30 mt-2 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-red-900 shadow md:left-auto md:max-w-sm"
        >
          {describeAuthError(signOut.error, t)}
        </p>
      ) : null}
      <ConfirmDialog
        open={waiting > 0}
        title={t('nav.signOutWaitingTitle')}
        body={t('nav.signOutWaitingBody', { count: waiting })}
        confirmLabel={t('nav.signOutAnyway')}
        cancelLabel={t('nav.stayToSend')}
        onConfirm={() => {
          setWaiting(0);
          signOut.mutate();
        }}
        onCancel={() => setWaiting(0)}
      />
    </>
  );
}
