/**
 * The incident reports of a platform: totals, how recent and how verified, counts by month, over
 * time, by type, authority and place, over the reports the member may read (the server decides,
 * with the incident log's own rule). Links to the printable report and the CSV exports of the
 * same period, which the server audits.
 */
import { roleAtLeast, type Role } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ChevronLeftIcon } from '@/components/ui/board-icons';
import { buttonClasses } from '@/components/ui/button';
import { ErrorMessage, LoadingState } from '@/components/ui/message';
import { Page, Section } from '@/components/ui/page';
import { formatDate, formatDay, parisDay } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useOnline } from '@/lib/online';
import { useDescribeError } from '@/lib/use-describe-error';
import { useIncidentReport, type IncidentReportSummary } from '../api/use-incident-report';
import { reportExportLinks, reportQueryOf } from '../utils/report-query';
import { BarTable } from './bar-table';
import { ColumnChart } from './column-chart';
import { ReportControls } from './report-controls';

export interface IncidentReportScreenProps {
  platform: string;
  platformName: string;
  organisationName: string;
  role: Role;
}

export function IncidentReportScreen({
  platform,
  platformName,
  organisationName,
  role,
}: IncidentReportScreenProps) {
  const { t } = useTranslation('incidents');
  const locale = currentLocale();
  const online = useOnline();
  const describeError = useDescribeError();
  const [search] = useSearchParams();
  const query = reportQueryOf(search, parisDay(new Date()));
  const report = useIncidentReport(
    platform,
    { from: query.from, to: query.to, scope: query.scope },
    query.problem === null,
  );
  const links = reportExportLinks(platform, query);
  // Observers write no reports, so they have none of their own to take away in full.
  const mayExportFull = role !== 'observer';

  return (
    <Page
      title={t('report.title')}
      documentTitle={t('report.documentTitle', { platform: platformName })}
      lead={t('report.lead', { platform: platformName })}
    >
      <div className="space-y-8">
        <Link
          to={`/${platform}/incidents`}
          className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand-800 underline-offset-4 hover:underline"
        >
          <ChevronLeftIcon className="size-5" />
          {t('report.back')}
        </Link>

        <ReportControls
          key={`${query.from}:${query.to}`}
          query={query}
          organisationName={organisationName}
        />
        <p className="font-semibold text-slate-900">
          {t('report.period.shown', {
            from: formatDay(query.from, locale),
            to: formatDay(query.to, locale),
          })}
        </p>

        <Section title={t('report.exports.heading')}>
          <div className="space-y-3">
            <div className="flex flex-wrap gap-2">
              {/* Plain links: the server answers them with the session cookie, and audits them. */}
              <a
                href={links.printable}
                target="_blank"
                rel="noopener"
                className={buttonClasses('secondary')}
              >
                {t('report.exports.printable')}
              </a>
              <a href={links.csv} download className={buttonClasses('secondary')}>
                {t('report.exports.csv')}
              </a>
              {mayExportFull ? (
                <a href={links.fullCsv} download className={buttonClasses('secondary')}>
                  {t('report.exports.fullCsv')}
                </a>
              ) : null}
            </div>
            <p className="text-sm text-slate-700">{t('report.exports.redactedNote')}</p>
            {mayExportFull ? (
              <p className="text-sm text-slate-700">
                {roleAtLeast(role, 'rep')
                  ? t('report.exports.fullNote', { organisation: organisationName })
                  : t('report.exports.fieldFullNote')}
              </p>
            ) : null}
          </div>
        </Section>

        {report.data ? (
          <ReportBody report={report.data} />
        ) : report.isError ? (
          <ErrorMessage>
            {online ? describeError(report.error) : t('report.needsConnection')}
          </ErrorMessage>
        ) : query.problem ? null : (
          <LoadingState label={t('report.loading')} />
        )}
      </div>
    </Page>
  );
}

function ReportBody({ report }: { report: IncidentReportSummary }) {
  const { t } = useTranslation('incidents');
  const locale = currentLocale();
  const number = new Intl.NumberFormat(locale);
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const monthName = (month: string, format: 'short' | 'long') =>
    new Intl.DateTimeFormat(locale, {
      month: format,
      year: format === 'long' ? 'numeric' : undefined,
      timeZone: 'UTC',
    }).format(new Date(`${month}-01T12:00:00Z`));
  const dayShort = (day: string) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${day}T12:00:00Z`),
    );
  const typeLabel = (key: string) => t(`common.types.${key}` as 'common.types.other');
  const authorityLabel = (key: string) =>
    t(`common.authorities.${key}` as 'common.authorities.other');

  if (report.totals.incidents === 0) {
    return (
      <p className="rounded-lg border border-slate-300 bg-slate-50 px-3 py-2">
        {t('report.empty')}
      </p>
    );
  }

  const figures: [string, string][] = [
    [t('report.totals.incidents'), number.format(report.totals.incidents)],
    [t('report.totals.officers'), number.format(report.totals.officers)],
    [t('report.totals.vehicles'), number.format(report.totals.vehicles)],
    [t('report.totals.itemsSeized'), number.format(report.totals.itemsSeized)],
    [t('report.totals.fines'), number.format(report.totals.fines)],
    [t('report.totals.fineTotal'), money.format(report.totals.fineCents / 100)],
  ];
  const share = report.verification.verifiedShare;

  return (
    <div className="space-y-8">
      <Section title={t('report.totals.heading')}>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {figures.map(([label, value]) => (
            <div key={label} className="rounded-lg border border-slate-300 bg-white px-3 py-2">
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="text-2xl font-bold tabular-nums text-slate-950">{value}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <div className="grid gap-8 sm:grid-cols-2">
        <Section title={t('report.recency.heading')}>
          <dl className="space-y-1">
            {(['last7Days', 'last30Days', 'last90Days'] as const).map((key) => (
              <div key={key} className="flex justify-between gap-3 border-b border-slate-100 py-1">
                <dt>{t(`report.recency.${key}`)}</dt>
                <dd className="font-semibold tabular-nums">{number.format(report.recency[key])}</dd>
              </div>
            ))}
            <div className="flex justify-between gap-3 py-1">
              <dt>{t('report.recency.latest')}</dt>
              <dd className="font-semibold">
                {report.recency.latest
                  ? formatDate(report.recency.latest, locale)
                  : t('report.recency.none')}
              </dd>
            </div>
          </dl>
        </Section>
        <Section title={t('report.verification.heading')}>
          <dl className="space-y-1">
            {(['draft', 'verified', 'shared'] as const).map((key) => (
              <div key={key} className="flex justify-between gap-3 border-b border-slate-100 py-1">
                <dt>{t(`report.verification.${key}`)}</dt>
                <dd className="font-semibold tabular-nums">
                  {number.format(report.verification[key])}
                </dd>
              </div>
            ))}
            <div className="flex justify-between gap-3 py-1">
              <dt>{t('report.verification.share')}</dt>
              <dd className="font-semibold tabular-nums">
                {share === null ? '—' : percent.format(share)}
              </dd>
            </div>
          </dl>
          <p className="mt-2 text-sm text-slate-700">{t('report.verification.lead')}</p>
        </Section>
      </div>

      <ColumnChart
        title={t('report.charts.byMonth')}
        points={report.byMonth}
        shortLabel={(month) => monthName(month, 'short')}
        longLabel={(month) => monthName(month, 'long')}
      />
      <ColumnChart
        title={
          report.timeline.unit === 'day'
            ? t('report.charts.timelineDay')
            : t('report.charts.timelineWeek')
        }
        points={report.timeline.points}
        shortLabel={dayShort}
        longLabel={(day) =>
          report.timeline.unit === 'day'
            ? formatDay(day, locale)
            : t('report.charts.weekOf', { day: formatDay(day, locale) })
        }
      />
      <div className="grid gap-8 lg:grid-cols-2">
        <BarTable title={t('report.charts.byType')} counts={report.byType} labelOf={typeLabel} />
        <BarTable
          title={t('report.charts.byAuthority')}
          counts={report.byAuthority}
          labelOf={authorityLabel}
        />
      </div>
      <BarTable title={t('report.charts.byPlace')} counts={report.byPlace} labelOf={(key) => key} />
    </div>
  );
}
