/** Every field of a report, in the order a reader asks: what, when, where, who, how much, the account. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '@/components/ui/page';
import { formatDate, formatDateTime, formatDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import type { IncidentDetail } from '../api/use-incident';
import { contestDeadlineOf } from '../utils/contest-deadline';
import { formatEuros } from '../utils/money';
import { ContestDeadlineText } from './contest-deadline-text';

export interface IncidentDetailsProps {
  incident: IncidentDetail;
  place: string;
  today: string;
}

/**
 * When the retention rules blanked its narrative, place and follow-up notes. Read defensively:
 * the field arrives with the retention work, and a server without it simply never redacts.
 */
function redactedAtOf(incident: object): string | null {
  const value: unknown = 'redactedAt' in incident ? incident.redactedAt : null;
  return typeof value === 'string' ? value : null;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 border-b border-slate-200 py-2 sm:grid-cols-[12rem_1fr] sm:gap-3">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="text-slate-950">{children}</dd>
    </div>
  );
}

export function IncidentDetails({ incident, place, today }: IncidentDetailsProps) {
  const { t } = useTranslation('incidents');
  const locale = currentLocale();
  const notGiven = <span className="text-slate-600">{t('list.page.details.notGiven')}</span>;
  const count = (value: number | null) => (value === null ? notGiven : value);
  const deadline = contestDeadlineOf(incident.fineContestDeadline, today);
  const redactedAt = redactedAtOf(incident);

  return (
    <Section title={t('list.page.details.heading')}>
      {redactedAt ? (
        <p className="mb-3 rounded-lg border border-slate-300 bg-slate-100 p-3 text-slate-900">
          {t('list.page.details.redacted', { date: formatDate(redactedAt, locale) })}
        </p>
      ) : null}
      <dl>
        <Row label={t('list.page.details.type')}>{t(`common.types.${incident.type}`)}</Row>
        <Row label={t('list.page.details.when')}>
          <time dateTime={incident.occurredAt}>{formatDateTime(incident.occurredAt, locale)}</time>
        </Row>
        <Row label={t('list.page.details.place')}>{place || notGiven}</Row>
        <Row label={t('list.page.details.commune')}>{incident.commune}</Row>
        <Row label={t('list.page.details.authority')}>
          {t(`common.authorities.${incident.authority}`)}
        </Row>
        <Row label={t('list.page.details.officers')}>{count(incident.officers)}</Row>
        <Row label={t('list.page.details.vehicles')}>{count(incident.vehicles)}</Row>
        <Row label={t('list.page.details.itemsSeized')}>{count(incident.itemsSeized)}</Row>
        <Row label={t('list.page.details.fine')}>
          {incident.fineAmountCents === null
            ? notGiven
            : formatEuros(incident.fineAmountCents, locale)}
        </Row>
        {incident.fineNoticeDate ? (
          <Row label={t('list.page.details.fineNotice')}>
            {formatDay(incident.fineNoticeDate, locale)}
          </Row>
        ) : null}
        {deadline ? (
          <Row label={t('list.page.details.contestDeadline')}>
            <ContestDeadlineText deadline={deadline} />
          </Row>
        ) : null}
      </dl>
      <h3 className="mt-4 mb-1 font-bold text-slate-950">{t('list.page.details.narrative')}</h3>
      {incident.narrative.trim() ? (
        <p className="rounded-lg bg-white p-3 whitespace-pre-wrap text-slate-950 ring-1 ring-slate-200">
          {incident.narrative}
        </p>
      ) : (
        <p className="text-slate-700">{t('list.page.details.noNarrative')}</p>
      )}
      <h3 className="mt-4 mb-1 font-bold text-slate-950">{t('list.page.details.history')}</h3>
      <ul className="text-sm text-slate-800">
        <li>
          {t('list.page.details.created', { date: formatDateTime(incident.createdAt, locale) })}
        </li>
        {incident.verifiedAt ? (
          <li>
            {t('list.page.details.verified', { date: formatDateTime(incident.verifiedAt, locale) })}
          </li>
        ) : null}
        {incident.updatedAt !== incident.createdAt ? (
          <li>
            {t('list.page.details.updated', { date: formatDateTime(incident.updatedAt, locale) })}
          </li>
        ) : null}
        {incident.closedAt ? (
          <li>
            {t('list.page.details.closed', { date: formatDateTime(incident.closedAt, locale) })}
          </li>
        ) : null}
      </ul>
    </Section>
  );
}
