/**
 * The incident log: this device's reports still waiting to be sent, the way to record a new one,
 * the other incident screens, then every report the member may read, latest first, with filters
 * kept in the address. Who sees what is the server's rule; the screen says it in words, so an
 * empty log is never mistaken for a missing one.
 */
import { roleAtLeast, type Role } from '@opale/core';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { buttonClasses } from '@/components/ui/button';
import { PlusIcon } from '@/components/ui/icons';
import { ErrorMessage, LoadingState } from '@/components/ui/message';
import { Page } from '@/components/ui/page';
import { parisDay } from '@/lib/format';
import { useIncidentOutbox } from '@/lib/incident-outbox/use-incident-outbox';
import { useDescribeError } from '@/lib/use-describe-error';
import { useIncidents } from '../api/use-incidents';
import { useInvalidateIncidents } from '../api/use-invalidate-incidents';
import { useIncidentNames } from '../hooks/use-incident-names';
import {
  applyFilters,
  monthChoices,
  noFilters,
  readFilters,
  scopeChoices,
  writeFilters,
  type IncidentFilters,
} from '../utils/incident-list';
import { IncidentCard } from './incident-card';
import { IncidentFiltersPanel } from './incident-filters';

export interface IncidentsScreenProps {
  platform: string;
  platformName: string;
  viewer: { userId: string; organisationId: string; organisationName: string; role: Role };
  /** This device's outbox (another part of the app draws it), shown above the log. */
  outbox?: ReactNode;
}

type Audience = 'observer' | 'field' | 'organisation';

function audienceOf(role: Role): Audience {
  if (roleAtLeast(role, 'rep')) return 'organisation';
  return role === 'field' ? 'field' : 'observer';
}

export function IncidentsScreen({ platform, platformName, viewer, outbox }: IncidentsScreenProps) {
  const { t } = useTranslation('incidents');
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search);
  const incidents = useIncidents(platform);
  const names = useIncidentNames(platform);
  const today = parisDay(new Date());
  const audience = audienceOf(viewer.role);
  const mayRecord = roleAtLeast(viewer.role, 'field');

  // A report the outbox sends while the log is open shows up in it at once.
  const invalidate = useInvalidateIncidents();
  const sentCount = useIncidentOutbox(platform).sent.length;
  const seenSent = useRef(sentCount);
  useEffect(() => {
    if (sentCount === seenSent.current) return;
    seenSent.current = sentCount;
    void invalidate(platform);
  }, [sentCount, invalidate, platform]);

  const all = useMemo(() => incidents.data ?? [], [incidents.data]);
  const shown = useMemo(() => applyFilters(all, filters, viewer), [all, filters, viewer]);
  const months = monthChoices(all, filters.month);
  const scopes = scopeChoices(audience === 'organisation', mayRecord);

  function changeFilters(next: IncidentFilters) {
    setSearch(writeFilters(search, next), { replace: true });
  }

  const screenLink = buttonClasses('secondary', undefined, 'sm');
  let body;
  if (incidents.isPending) {
    body = <LoadingState label={tc('common.loading')} />;
  } else if (incidents.isError) {
    body = <ErrorMessage>{describeError(incidents.error)}</ErrorMessage>;
  } else if (all.length === 0) {
    body = (
      <p className="rounded-xl border border-dashed border-slate-400 bg-white p-4 text-slate-800">
        {t(`list.log.empty.${audience}`, { organisation: viewer.organisationName })}
      </p>
    );
  } else {
    body = (
      <>
        <IncidentFiltersPanel
          filters={filters}
          months={months}
          scopes={scopes}
          onChange={changeFilters}
        />
        <p role="status" className="mb-2 text-slate-700">
          {t('list.log.count', { count: shown.length })}
        </p>
        {shown.length === 0 ? (
          <div className="rounded-xl border border-dashed border-slate-400 bg-white p-4 text-slate-800">
            <p>{t('list.log.empty.filtered')}</p>
            <button
              type="button"
              className={buttonClasses('ghost', 'px-0', 'sm')}
              onClick={() => changeFilters(noFilters)}
            >
              {t('list.log.filters.clear')}
            </button>
          </div>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {shown.map((incident) => (
              <IncidentCard
                key={incident.id}
                incident={incident}
                platform={platform}
                viewer={viewer}
                names={names}
                today={today}
              />
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <Page
      title={t('list.log.title')}
      documentTitle={`${t('list.log.title')} · ${platformName}`}
      lead={t('list.log.lead', { platform: platformName })}
    >
      {outbox}
      {mayRecord ? (
        <Link
          to={`/${platform}/incidents/new`}
          className={buttonClasses('primary', 'mb-4 w-full text-lg sm:w-auto')}
        >
          <PlusIcon className="size-6" />
          {t('list.log.record')}
        </Link>
      ) : null}
      <nav aria-label={t('list.log.moreScreens')} className="mb-5">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link to={`/${platform}/incidents/report`} className={screenLink}>
              {t('list.log.reports')}
            </Link>
          </li>
          <li>
            <Link to={`/${platform}/incidents/bans`} className={screenLink}>
              {t('list.log.bans')}
            </Link>
          </li>
          {roleAtLeast(viewer.role, 'rep') ? (
            <li>
              <Link to={`/${platform}/incidents/retention`} className={screenLink}>
                {t('list.log.retention')}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <section aria-labelledby="incident-log-heading">
        <h2 id="incident-log-heading" className="mb-1 text-lg font-bold text-slate-950">
          {t('list.log.heading')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          {t(`list.log.visibility.${audience}`, { organisation: viewer.organisationName })}
        </p>
        {body}
      </section>
    </Page>
  );
}
