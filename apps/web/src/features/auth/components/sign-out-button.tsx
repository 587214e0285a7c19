import { useTranslation } from 'react-i18next';
import { SignOutIcon } from '@/components/ui/icons';
import { describeAuthError } from '../api/describe-auth-error';
import { useSignOut } from '../api/use-sign-out';

/** Compact on phones (icon, name for assistive tech), labelled on wider screens. */
export function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const label = signOut.isPending ? t('nav.signingOut') : t('nav.signOut');
  return (
    <>
      <button
        type="button"
        onClick={() => signOut.mutate()}
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
    </>
  );
}
