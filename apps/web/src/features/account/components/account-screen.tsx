import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { ErrorMessage, StatusMessage } from '@/components/ui/message';
import { Page, Section } from '@/components/ui/page';
import { platformPath } from '@/lib/platform-nav';
import type { Me } from '@/lib/session';
import { useDescribeError } from '@/lib/use-describe-error';
import { useSetLocale } from '../api/use-set-locale';
import { ChangePasswordForm } from './change-password-form';
import { SessionsList } from './sessions-list';

export function AccountScreen({ me }: { me: Me }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const setLocale = useSetLocale();

  return (
    <Page title={t('account.title')}>
      <div className="space-y-8">
        <Section
          title={t('account.profile')}
          className="rounded-xl border border-slate-300 bg-white p-4"
        >
          <dl className="grid gap-2 sm:grid-cols-[8rem_1fr]">
            <dt className="font-medium text-slate-700">{t('account.name')}</dt>
            <dd className="text-slate-950">{me.user.name}</dd>
            <dt className="font-medium text-slate-700">{t('account.email')}</dt>
            <dd className="break-all text-slate-950">{me.user.email}</dd>
          </dl>
          {me.memberships.length > 0 ? (
            <>
              <h3 className="mt-4 mb-2 font-bold">{t('account.memberships')}</h3>
              <ul className="space-y-1">
                {me.memberships.map((m) => (
                  <li key={m.id}>
                    <Link
                      to={platformPath(m.platformSlug)}
                      className="font-semibold text-brand-800 underline"
                    >
                      {m.platformName}
                    </Link>{' '}
                    —{' '}
                    {t('account.membership', {
                      role: t(`roles.${m.role}`),
                      organisation: m.organisationName,
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Section>

        <Section
          title={t('account.languageHeading')}
          className="rounded-xl border border-slate-300 bg-white p-4"
        >
          <LanguageSwitch onChange={(locale) => setLocale.mutate({ locale })} />
          <StatusMessage className="mt-2">
            {setLocale.isSuccess ? t('language.saved') : null}
          </StatusMessage>
          <ErrorMessage className="mt-2">
            {setLocale.isError ? describeError(setLocale.error) : null}
          </ErrorMessage>
        </Section>

        <Section
          title={t('account.passwordHeading')}
          className="rounded-xl border border-slate-300 bg-white p-4"
        >
          <ChangePasswordForm />
        </Section>

        <Section
          title={t('account.sessionsHeading')}
          className="rounded-xl border border-slate-300 bg-white p-4"
        >
          <SessionsList />
        </Section>
      </div>
    </Page>
  );
}
