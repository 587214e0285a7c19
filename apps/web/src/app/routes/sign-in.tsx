import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { StatusMessage } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { safeNextPath } from '@/lib/safe-next';
import { useMe } from '@/lib/session';

export function SignInRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const location = useLocation();
  const next = safeNextPath(params.get('next'));
  const sessionEnded = (location.state as { sessionEnded?: boolean } | null)?.sessionEnded === true;

  if (me.data) return <Navigate to={next} replace />;

  return (
    <Page title={t('signIn.heading')} documentTitle={t('signIn.title')}>
      <div className="rounded-xl border border-slate-300 bg-white p-5">
        <StatusMessage className="mb-4">
          {sessionEnded ? t('signIn.sessionEnded') : null}
        </StatusMessage>
        <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
      </div>
      <p className="mt-6 text-slate-700">{t('signIn.noAccount')}</p>
    </Page>
  );
}
