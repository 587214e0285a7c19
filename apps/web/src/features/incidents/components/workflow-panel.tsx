/**
 * The report's next steps: edit, verify (never by its author), share with a group the
 * organisation is in, close the case (erasing the witnesses, after confirming). A step held back
 * says why and who can take it; the server's refusal, if any, is shown in its own words.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, buttonClasses } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { SelectField } from '@/components/ui/field';
import { ErrorMessage, StatusMessage } from '@/components/ui/message';
import { Section } from '@/components/ui/page';
import { formatList } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useDescribeError } from '@/lib/use-describe-error';
import { useCloseIncident } from '../api/use-close-incident';
import { useShareIncident } from '../api/use-share-incident';
import { useVerifyIncident } from '../api/use-verify-incident';
import type { IncidentActions } from '../utils/incident-actions';

export interface WorkflowPanelProps {
  platform: string;
  platformName: string;
  incidentId: string;
  organisationName: string;
  actions: IncidentActions;
  /** The groups the report may still be shared with, by name. */
  shareableGroups: readonly { id: string; name: string }[];
  /** The names of the groups it is already shared with. */
  sharedWith: readonly string[];
}

export function WorkflowPanel({
  platform,
  platformName,
  incidentId,
  organisationName,
  actions,
  shareableGroups,
  sharedWith,
}: WorkflowPanelProps) {
  const { t } = useTranslation('incidents');
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
  const locale = currentLocale();
  const verify = useVerifyIncident();
  const share = useShareIncident();
  const close = useCloseIncident();
  const [groupId, setGroupId] = useState('');
  const [groupMissing, setGroupMissing] = useState(false);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const [said, setSaid] = useState('');

  const failed = verify.isError ? verify.error : share.isError ? share.error : null;

  function start() {
    setSaid('');
    verify.reset();
    share.reset();
  }

  function onVerify() {
    start();
    verify.mutate(
      { platform, incidentId },
      { onSuccess: () => setSaid(t('list.page.workflow.verified')) },
    );
  }

  function onShare(event: FormEvent) {
    event.preventDefault();
    start();
    const group = shareableGroups.find((g) => g.id === groupId);
    if (!group) {
      setGroupMissing(true);
      return;
    }
    setGroupMissing(false);
    share.mutate(
      { platform, incidentId, groupId: group.id },
      {
        onSuccess: () => {
          setGroupId('');
          setSaid(t('list.page.workflow.shared', { group: group.name }));
        },
      },
    );
  }

  function onClose() {
    close.mutate(
      { platform, incidentId },
      {
        onSuccess: (answer) => {
          setConfirmingClose(false);
          setSaid(t('list.page.workflow.closed', { count: answer.witnessesErased }));
        },
      },
    );
  }

  const blockedWords = {
    author: t('list.page.workflow.author'),
    authorField: t('list.page.workflow.authorField'),
    draft: t('list.page.workflow.draft'),
    noGroup: t('list.page.workflow.noGroup', {
      organisation: organisationName,
      platform: platformName,
    }),
    sharedWithAll: t('list.page.workflow.sharedWithAll', { organisation: organisationName }),
  };

  const nothingToShow =
    !actions.edit &&
    actions.verify.kind === 'hidden' &&
    actions.share.kind === 'hidden' &&
    actions.close.kind === 'hidden' &&
    sharedWith.length === 0 &&
    !said;
  if (nothingToShow) return null;

  return (
    <Section
      title={t('list.page.workflow.heading')}
      className="rounded-xl border border-slate-300 bg-white p-3"
    >
      <div className="space-y-4">
        {actions.edit || actions.verify.kind !== 'hidden' ? (
          <div className="flex flex-wrap items-start gap-2">
            {actions.edit ? (
              <Link
                to={`/${platform}/incidents/${incidentId}/edit`}
                className={buttonClasses('secondary')}
              >
                {t('list.page.workflow.edit')}
              </Link>
            ) : null}
            {actions.verify.kind === 'allowed' ? (
              <Button onClick={onVerify} disabled={verify.isPending} aria-busy={verify.isPending}>
                {t('list.page.workflow.verify')}
              </Button>
            ) : null}
          </div>
        ) : null}
        {actions.verify.kind === 'allowed' ? (
          <p className="text-sm text-slate-700">{t('list.page.workflow.verifyHint')}</p>
        ) : null}
        {actions.verify.kind === 'blocked' ? (
          <div>
            <Button disabled aria-describedby={`${incidentId}-verify-why`}>
              {t('list.page.workflow.verify')}
            </Button>
            <p id={`${incidentId}-verify-why`} className="mt-1 text-sm text-slate-800">
              {blockedWords[actions.verify.reason]}
            </p>
          </div>
        ) : null}

        {sharedWith.length > 0 ? (
          <p className="text-slate-800">
            {t('list.page.workflow.sharedWith', { groups: formatList(sharedWith, locale) })}
          </p>
        ) : null}
        {actions.share.kind === 'allowed' ? (
          <form onSubmit={onShare} noValidate className="space-y-2">
            <h3 className="font-bold text-slate-950">{t('list.page.workflow.share')}</h3>
            <p className="text-sm text-slate-700">{t('list.page.workflow.shareHint')}</p>
            <div className="flex flex-wrap items-end gap-2">
              <SelectField
                label={t('list.page.workflow.shareGroup')}
                value={groupId}
                onChange={(event) => {
                  setGroupId(event.target.value);
                  setGroupMissing(false);
                }}
                error={groupMissing ? t('list.page.workflow.shareChooseFirst') : undefined}
                className="min-w-0 flex-1 basis-56"
              >
                <option value="">{t('list.page.workflow.shareChoose')}</option>
                {shareableGroups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </SelectField>
              <Button type="submit" disabled={share.isPending} aria-busy={share.isPending}>
                {t('list.page.workflow.shareSubmit')}
              </Button>
            </div>
          </form>
        ) : null}
        {actions.share.kind === 'blocked' ? (
          <div>
            <h3 className="font-bold text-slate-950">{t('list.page.workflow.share')}</h3>
            <p className="mt-1 text-sm text-slate-800">{blockedWords[actions.share.reason]}</p>
          </div>
        ) : null}

        {actions.close.kind === 'allowed' ? (
          <Button
            variant="dangerOutline"
            onClick={() => {
              start();
              close.reset();
              setConfirmingClose(true);
            }}
          >
            {t('list.page.workflow.close')}
          </Button>
        ) : null}

        <ErrorMessage>{failed ? describeError(failed) : null}</ErrorMessage>
        <StatusMessage>{said}</StatusMessage>
      </div>
      <ConfirmDialog
        open={confirmingClose}
        title={t('list.page.workflow.closeTitle')}
        body={t('list.page.workflow.closeBody')}
        confirmLabel={t('list.page.workflow.closeConfirm')}
        cancelLabel={tc('common.cancel')}
        busy={close.isPending}
        error={close.isError ? describeError(close.error) : null}
        onConfirm={onClose}
        onCancel={() => setConfirmingClose(false)}
      />
    </Section>
  );
}
