/**
 * How long the platform keeps each part of its incident reports, in plain words for the reps who
 * record them; the platform's admins change the periods here and may erase what expired at once.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { LockIcon } from '@/components/ui/icons';
import { ErrorMessage, LoadingState, StatusMessage } from '@/components/ui/message';
import { Page, Section } from '@/components/ui/page';
import { currentLocale } from '@/lib/i18n';
import { formatDate, formatList } from '@/lib/format';
import { useDescribeError } from '@/lib/use-describe-error';
import { useIncidentRetention } from '../api/use-incident-retention';
import { useRunIncidentExpiry } from '../api/use-run-incident-expiry';
import { useSaveIncidentRetention } from '../api/use-save-incident-retention';
import { expiryCountsToTell } from '../utils/retention-draft';
import { RetentionForm } from './retention-form';

export interface RetentionScreenProps {
  platform: string;
  platformName: string;
  /** Reps and above read the rules (the server refuses the others). */
  canRead: boolean;
  /** Admins change the periods and run the expiry. */
  canManage: boolean;
}

export function RetentionScreen({
  platform,
  platformName,
  canRead,
  canManage,
}: RetentionScreenProps) {
  const { t } = useTranslation('incidents');
  const { t: tCommon } = useTranslation();
  const describeError = useDescribeError();
  const locale = currentLocale();
  const retention = useIncidentRetention(platform, canRead);
  const save = useSaveIncidentRetention();
  const runNow = useRunIncidentExpiry();
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);

  const title = t('retention.title');
  if (!canRead) {
    return (
      <Page title={title}>
        <p className="text-slate-700">{t('retention.notForRole')}</p>
      </Page>
    );
  }

  function confirmRun() {
    setStatus('');
    runNow.mutate(
      { platform },
      {
        onSuccess: (result) => {
          setConfirming(false);
          const told = expiryCountsToTell(result);
          const summary = formatList(
            told.map(({ key, count }) => t(`retention.counts.${key}`, { count })),
            locale,
          );
          const held = result.heldByFollowup
            ? ` ${t('retention.held', { count: result.heldByFollowup })}`
            : '';
          setStatus(
            (told.length ? t('retention.done', { summary }) : t('retention.nothing')) + held,
          );
        },
      },
    );
  }

  const data = retention.data;
  return (
    <Page title={title} lead={<p>{t('retention.lead', { platform: platformName })}</p>}>
      {retention.isPending ? <LoadingState label={tCommon('common.loading')} /> : null}
      {retention.error ? <ErrorMessage>{describeError(retention.error)}</ErrorMessage> : null}
      {data ? (
        <div className="grid gap-8">
          <Section title={t('retention.rulesHeading')}>
            <ul className="grid list-disc gap-2 pl-5 text-slate-800">
              <li>{t('retention.rules.witnesses', { days: data.settings.witnessDays })}</li>
              <li>{t('retention.rules.evidence', { years: data.settings.evidenceYears })}</li>
              <li>{t('retention.rules.details', { years: data.settings.detailsYears })}</li>
              <li>{t('retention.rules.drafts', { days: data.settings.draftDays })}</li>
            </ul>
            <p className="mt-3 flex gap-2 text-slate-800">
              <LockIcon className="mt-0.5 size-5 shrink-0" />
              {t('retention.rules.job')}
            </p>
            <p className="mt-2 text-sm text-slate-700">
              {data.updatedAt
                ? t('retention.setOn', { date: formatDate(data.updatedAt, locale) })
                : t('retention.defaults')}
              {canManage ? null : ` ${t('retention.askAdmin')}`}
            </p>
          </Section>

          {canManage ? (
            <Section title={t('retention.formHeading')}>
              <RetentionForm
                // Filled again from the server's answer once it is saved.
                key={data.updatedAt ?? 'defaults'}
                retention={data}
                pending={save.isPending}
                error={save.error}
                onSubmit={(settings) => {
                  setStatus('');
                  save.mutate(
                    { platform, ...settings },
                    { onSuccess: () => setStatus(t('retention.saved')) },
                  );
                }}
              />
            </Section>
          ) : null}

          {canManage ? (
            <Section title={t('retention.runHeading')}>
              <p className="mb-3 text-slate-700">{t('retention.runLead')}</p>
              <Button
                variant="dangerOutline"
                onClick={() => {
                  runNow.reset();
                  setConfirming(true);
                }}
              >
                {t('retention.run')}
              </Button>
            </Section>
          ) : null}

          <StatusMessage>{status}</StatusMessage>
        </div>
      ) : null}

      <ConfirmDialog
        open={confirming}
        title={t('retention.confirmTitle')}
        body={t('retention.confirmBody')}
        confirmLabel={runNow.isPending ? t('retention.running') : t('retention.confirm')}
        cancelLabel={t('retention.cancel')}
        busy={runNow.isPending}
        error={runNow.isError ? describeError(runNow.error) : null}
        onConfirm={confirmRun}
        onCancel={() => setConfirming(false)}
      />
    </Page>
  );
}
