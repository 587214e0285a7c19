import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ErrorMessage, LoadingState, StatusMessage } from '@/components/ui/message';
import { formatDate, formatRelative } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useDescribeError } from '@/lib/use-describe-error';
import { useEndAllSessions } from '../api/use-end-all-sessions';
import { useEndSession } from '../api/use-end-session';
import { useSessions, type AccountSession } from '../api/use-sessions';
import { describeUserAgent } from '../utils/describe-user-agent';

/** This device first, then the most recently used. */
function byRecentUse(sessions: AccountSession[]): AccountSession[] {
  return [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
}

export function SessionsList() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const sessions = useSessions();
  const endSession = useEndSession();
  const endAll = useEndAllSessions();
  const [confirmAll, setConfirmAll] = useState(false);
  const [status, setStatus] = useState('');
  const locale = currentLocale();

  if (sessions.isPending) return <LoadingState label={t('common.loading')} />;
  if (sessions.isError) return <ErrorMessage>{describeError(sessions.error)}</ErrorMessage>;

  return (
    <>
      <p className="mb-3 text-slate-700">{t('account.sessionsHint')}</p>
      <StatusMessage className="mb-3">{status}</StatusMessage>
      <ErrorMessage className="mb-3">
        {endSession.isError ? describeError(endSession.error) : null}
      </ErrorMessage>
      <ul className="mb-4 divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-300 bg-white">
        {byRecentUse(sessions.data).map((session) => {
          const device = describeUserAgent(session.userAgent);
          const deviceName = device
            ? t('account.device', { browser: device.browser, os: device.os })
            : t('account.unknownDevice');
          return (
            <li
              key={session.id}
              className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between"
            >
              <div>
                <p className="flex flex-wrap items-center gap-2 font-semibold text-slate-950">
                  {deviceName}
                  {session.current ? <Badge tone="brand">{t('account.thisDevice')}</Badge> : null}
                </p>
                <p className="text-sm text-slate-700">
                  {t('account.lastSeen', { when: formatRelative(session.lastSeenAt, locale) })}
                  {' · '}
                  {t('account.signedInOn', { date: formatDate(session.createdAt, locale) })}
                </p>
              </div>
              <Button
                variant="secondary"
                className="self-start sm:self-center"
                disabled={endSession.isPending}
                onClick={() => {
                  setStatus('');
                  endSession.mutate(
                    { sessionId: session.id, current: session.current },
                    {
                      onSuccess: () => {
                        if (!session.current) setStatus(t('account.sessionEnded'));
                      },
                    },
                  );
                }}
              >
                {t('account.endSession')}
                <span className="sr-only">
                  {' '}
                  — {session.current ? t('account.thisDevice') : deviceName}
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
      <Button variant="danger" onClick={() => setConfirmAll(true)}>
        {t('account.signOutEverywhere')}
      </Button>
      <ConfirmDialog
        open={confirmAll}
        title={t('account.signOutEverywhereTitle')}
        body={t('account.signOutEverywhereBody')}
        confirmLabel={t('account.signOutEverywhere')}
        cancelLabel={t('common.cancel')}
        busy={endAll.isPending}
        error={endAll.isError ? describeError(endAll.error) : null}
        onConfirm={() => endAll.mutate()}
        onCancel={() => {
          setConfirmAll(false);
          endAll.reset();
        }}
      />
    </>
  );
}
