/**
 * One report: every field, the fine's deadline, the disrupted distribution, the attachments, and
 * for its own organisation the workflow, follow-ups and witnesses. A reader from a group sees what
 * was shared and whose report it is; a report the member may not read is "not found", as the
 * server answers it.
 */
import type { Role } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChevronLeftIcon } from '@/components/ui/board-icons';
import { Button } from '@/components/ui/button';
import { ErrorMessage, LoadingState } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { formatDateTime, formatList, parisDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { isRefusal } from '@/lib/errors';
import { useDescribeError } from '@/lib/use-describe-error';
import { useIncident, type IncidentDetail } from '../api/use-incident';
import { useIncidentNames, type IncidentNames } from '../hooks/use-incident-names';
import { incidentActions } from '../utils/incident-actions';
import { displayStatusOf, placeOf, sharedThrough } from '../utils/incident-list';
import { AttachmentsSection } from './attachments-section';
import { DisruptedOccurrence } from './disrupted-occurrence';
import { FollowupsSection } from './followups-section';
import { IncidentDetails } from './incident-details';
import { IncidentStatusBadge } from './incident-status-badge';
import { WitnessesSection } from './witnesses-section';
import { WorkflowPanel } from './workflow-panel';

export interface IncidentScreenProps {
  platform: string;
  platformName: string;
  incidentId: string;
  viewer: { userId: string; organisationId: string; organisationName: string; role: Role };
}

export function IncidentScreen({
  platform,
  platformName,
  incidentId,
  viewer,
}: IncidentScreenProps) {
  const { t } = useTranslation('incidents');
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
  const incident = useIncident(platform, incidentId);
  const names = useIncidentNames(platform);

  const backLink = (
    <Link
      to={`/${platform}/incidents`}
      className="mb-2 inline-flex min-h-11 items-center gap-1 font-semibold text-brand-800 underline-offset-4 hover:underline"
    >
      <ChevronLeftIcon className="size-5" />
      {t('list.page.back')}
    </Link>
  );

  if (incident.isPending) {
    return (
      <>
        {backLink}
        <Page title={tc('common.loading')}>
          <LoadingState label={tc('common.loading')} />
        </Page>
      </>
    );
  }
  if (incident.isError) {
    // The server answers "not found" for a report that is not shared with the reader too.
    const notFound = isRefusal(incident.error);
    return (
      <>
        {backLink}
        <Page title={notFound ? t('list.page.notFoundTitle') : t('list.page.loadFailed')}>
          {notFound ? (
            <p className="text-slate-800">{t('list.page.notFound', { platform: platformName })}</p>
          ) : (
            <>
              <ErrorMessage className="mb-3">{describeError(incident.error)}</ErrorMessage>
              <Button variant="secondary" onClick={() => void incident.refetch()}>
                {t('list.page.retry')}
              </Button>
            </>
          )}
        </Page>
      </>
    );
  }

  return (
    <>
      {backLink}
      <IncidentPage
        incident={incident.data}
        platform={platform}
        platformName={platformName}
        viewer={viewer}
        names={names}
      />
    </>
  );
}

function IncidentPage({
  incident,
  platform,
  platformName,
  viewer,
  names,
}: {
  incident: IncidentDetail;
  platform: string;
  platformName: string;
  viewer: IncidentScreenProps['viewer'];
  names: IncidentNames;
}) {
  const { t } = useTranslation('incidents');
  const locale = currentLocale();
  const today = parisDay(new Date());
  const place = placeOf(incident, names.siteName);
  const myGroupIds = names.myGroups.map((g) => g.id);
  const shareable = names.myGroups.filter((g) => !incident.sharedWith.includes(g.id));
  const actions = incidentActions(viewer, incident, {
    memberOf: names.myGroups.length,
    notSharedWith: shareable.length,
  });
  const organisationName =
    incident.organisationId === viewer.organisationId
      ? viewer.organisationName
      : names.organisationName(incident.organisationId);
  const typeLabel = t(`common.types.${incident.type}`);
  const when = formatDateTime(incident.occurredAt, locale);

  let whose = null;
  if (incident.access === 'group') {
    const groups = sharedThrough(incident, myGroupIds).map(names.groupName);
    whose = (
      <div className="mb-5 rounded-xl border border-brand-200 bg-brand-50 p-3 text-brand-900">
        <p className="font-semibold">
          {groups.length > 0
            ? t('list.page.readFromGroup', {
                organisation: organisationName,
                groups: formatList(groups, locale),
              })
            : t('list.page.readFromYourGroups', { organisation: organisationName })}
        </p>
        <p className="text-sm">{t('list.page.readFromGroupNote')}</p>
      </div>
    );
  } else if (incident.createdBy === viewer.userId) {
    whose = <p className="mb-5 text-slate-800">{t('list.page.writtenByYou')}</p>;
  }

  return (
    <Page
      title={typeLabel}
      documentTitle={`${typeLabel} · ${when} · ${platformName}`}
      lead={
        <span className="flex flex-wrap items-center gap-2">
          <IncidentStatusBadge status={displayStatusOf(incident)} />
          <span>
            {when} · {place ? `${place}, ${incident.commune}` : incident.commune}
          </span>
        </span>
      }
    >
      {whose}
      {incident.closedAt ? (
        <p className="mb-5 text-slate-800">{t('list.page.workflow.isClosed')}</p>
      ) : null}
      <div className="space-y-8">
        <WorkflowPanel
          platform={platform}
          platformName={platformName}
          incidentId={incident.id}
          organisationName={organisationName}
          actions={actions}
          shareableGroups={shareable}
          sharedWith={incident.access === 'group' ? [] : incident.sharedWith.map(names.groupName)}
        />
        <IncidentDetails incident={incident} place={place} today={today} />
        {incident.occurrence ? (
          <DisruptedOccurrence link={incident.occurrence} names={names} />
        ) : null}
        <AttachmentsSection
          platform={platform}
          incidentId={incident.id}
          attachments={incident.attachments}
          mayRemove={actions.edit}
          mayAdd={actions.edit}
        />
        {actions.followups.read ? (
          <FollowupsSection
            platform={platform}
            incidentId={incident.id}
            followups={incident.followups}
            mayAdd={actions.followups.add}
            mayChange={actions.followups.add}
            redacted={incident.redactedAt !== null}
          />
        ) : null}
        {actions.witnesses.read ? (
          <WitnessesSection
            platform={platform}
            incidentId={incident.id}
            organisationName={organisationName}
            closed={incident.closedAt !== null}
            mayAdd={actions.witnesses.add}
          />
        ) : null}
      </div>
    </Page>
  );
}
