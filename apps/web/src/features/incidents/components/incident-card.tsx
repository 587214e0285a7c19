/**
 * One report in the log: what happened, when and where, who acted, its status, the counts, and
 * whose it is when it is another organisation's. The whole heading is the link to the report.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatList } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { ListedIncidentView } from '../api/use-incidents';
import type { IncidentNames } from '../hooks/use-incident-names';
import { contestDeadlineOf, deadlineNeedsAttention } from '../utils/contest-deadline';
import { displayStatusOf, placeOf, sharedThrough } from '../utils/incident-list';
import { formatEuros } from '../utils/money';
import { ContestDeadlineText } from './contest-deadline-text';
import { IncidentStatusBadge } from './incident-status-badge';

export interface IncidentCardProps {
  incident: ListedIncidentView;
  platform: string;
  viewer: { userId: string; organisationId: string };
  names: IncidentNames;
  /** Today in Paris (YYYY-MM-DD). */
  today: string;
}

export function IncidentCard({ incident, platform, viewer, names, today }: IncidentCardProps) {
  const { t } = useTranslation('incidents');
  const locale = currentLocale();
  const deadline = contestDeadlineOf(incident.fineContestDeadline, today);
  const place = placeOf(incident, names.siteName);
  const counts = [
    incident.officers !== null ? t('list.log.card.officers', { count: incident.officers }) : null,
    incident.vehicles !== null ? t('list.log.card.vehicles', { count: incident.vehicles }) : null,
    incident.itemsSeized !== null
      ? t('list.log.card.itemsSeized', { count: incident.itemsSeized })
      : null,
    incident.fineAmountCents !== null
      ? t('list.log.card.fine', { amount: formatEuros(incident.fineAmountCents, locale) })
      : null,
  ].filter((part): part is string => part !== null);
  const groups = sharedThrough(
    incident,
    names.myGroups.map((g) => g.id),
  ).map(names.groupName);

  let whose: string | null = null;
  if (incident.access === 'group') {
    const organisation = names.organisationName(incident.organisationId);
    whose =
      groups.length > 0
        ? t('list.log.card.sharedBy', { organisation, groups: formatList(groups, locale) })
        : t('list.log.card.sharedByYourGroups', { organisation });
  } else if (groups.length > 0) {
    whose = t('list.log.card.sharedWith', { groups: formatList(groups, locale) });
  }
  const mine = incident.createdBy !== null && incident.createdBy === viewer.userId;

  return (
    <li className="rounded-xl border border-slate-300 bg-white p-3 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 flex-1 text-lg font-bold">
          <Link
            to={`/${platform}/incidents/${incident.id}`}
            className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-4 hover:text-brand-900"
          >
            {t(`common.types.${incident.type}`)}
          </Link>
        </h3>
        <IncidentStatusBadge status={displayStatusOf(incident)} className="mt-2" />
      </div>
      <p className="text-slate-900">
        <time dateTime={incident.occurredAt}>{formatDateTime(incident.occurredAt, locale)}</time>
        {' · '}
        {place ? `${place}, ${incident.commune}` : incident.commune}
      </p>
      <p className="text-slate-800">
        {t('list.log.card.authority', { authority: t(`common.authorities.${incident.authority}`) })}
      </p>
      {counts.length > 0 ? <p className="text-slate-800">{counts.join(' · ')}</p> : null}
      {deadline && deadlineNeedsAttention(deadline, incident.closedAt) ? (
        <ContestDeadlineText deadline={deadline} className="mt-1" />
      ) : null}
      {whose || mine ? (
        <p className="mt-1 text-sm text-slate-700">
          {[mine ? t('list.log.card.writtenByYou') : null, whose].filter(Boolean).join(' · ')}
        </p>
      ) : null}
    </li>
  );
}
