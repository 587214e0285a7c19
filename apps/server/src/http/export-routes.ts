/**
 * Exports (DESIGN.md §6), downloaded with the session cookie by members of the platform:
 * `GET /export/<platform>/distributions.csv?from=YYYY-MM-DD&to=YYYY-MM-DD`, one row per
 * occurrence, times local to Paris; `GET /export/<platform>/services.csv`, one row per service of
 * the capacity board with its latest reading, `confirmed_at` in ISO 8601 with the Paris offset
 * (`2026-03-25T10:30:00+01:00`); `GET /export/<platform>/agenda.ics`, the agenda the member's
 * organisation may read over the feeds' window; `GET /export/<platform>/incidents.csv`, the
 * incidents the member may read, redacted (`?full=1`: their own organisation's, in full), and
 * `GET /export/<platform>/incidents/report.html`, the printable report of the same (both take
 * optional `from`, `to` and `scope`; see exports/incidents.ts).
 */
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import { recordAudit, type ApiDeps } from '@opale/api';
import { isLocalDate } from '@opale/core';
import { agendaCalendar } from '../exports/agenda-calendar';
import { daysSpanned, readDistributions } from '../exports/distributions';
import {
  incidentReportContentSecurityPolicy,
  renderIncidentReport,
} from '../exports/incident-report-html';
import {
  auditOutsideReads,
  readIncidentExport,
  readIncidentExportQuery,
  readIncidentReportPage,
} from '../exports/incidents';
import { parisTimestamp, readServices } from '../exports/services';
import { memberAccess } from './member-access';

/** A quarter: enough for a report, small enough to answer at once. */
export const maxExportDays = 92;

export const distributionColumns = [
  'date',
  'start',
  'end',
  'site',
  'service_type',
  'organisation',
  'status',
  'series_id',
] as const;

export const serviceColumns = [
  'organisation',
  'service',
  'service_type',
  'status',
  'available',
  'total',
  'confirmed_at',
] as const;

/** A CSV as every export writes it. */
function csvOf(rows: unknown[][]): string {
  // A name typed as "=HYPERLINK(…)" stays text in a spreadsheet; the BOM makes Excel read UTF-8.
  return stringify(rows, { bom: true, escape_formulas: true, record_delimiter: 'windows' });
}

type DateRange = { from: string; to: string } | { error: string };

function readRange(query: unknown): DateRange {
  const { from, to } = (query ?? {}) as Record<string, unknown>;
  const example = `?from=2026-11-01&to=2026-11-30`;
  if (typeof from !== 'string' || typeof to !== 'string' || from === '' || to === '') {
    return {
      error: `Say which days to export, first and last, as YYYY-MM-DD: ${example} (at most ${maxExportDays} days).`,
    };
  }
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isLocalDate(value)) {
      return {
        error: `'${value.slice(0, 20)}' (${name}) is not a date; write it as YYYY-MM-DD, e.g. ${example}.`,
      };
    }
  }
  if (to < from) {
    return { error: `The last day (${to}) comes before the first (${from}); swap them.` };
  }
  const days = daysSpanned(from, to);
  if (days > maxExportDays) {
    return {
      error: `That is ${days} days; export at most ${maxExportDays} days at once (split the period).`,
    };
  }
  return { from, to };
}

export async function exportRoutes(
  app: FastifyInstance,
  options: { deps: ApiDeps },
): Promise<void> {
  const { deps } = options;

  app.get<{ Params: { platform: string } }>(
    '/export/:platform/distributions.csv',
    async (request, reply) => {
      const access = await memberAccess(deps, request, request.params.platform);
      if (!access.ok) return reply.code(access.status).send({ error: access.error });
      const range = readRange(request.query);
      if ('error' in range) return reply.code(400).send({ error: range.error });

      const distributions = await readDistributions(
        deps,
        access.platform.slug,
        range.from,
        range.to,
      );
      const csv = csvOf([
        [...distributionColumns],
        ...distributions.map(({ occurrence, siteName, organisationName, status }) => [
          occurrence.date,
          occurrence.startTime,
          occurrence.endTime,
          siteName,
          occurrence.serviceType,
          organisationName,
          status,
          occurrence.seriesId,
        ]),
      ]);

      await recordAudit(deps.db, deps.now(), {
        action: 'export.downloaded',
        actorId: access.user.id,
        platformId: access.platform.id,
        target: { type: 'export', id: 'distributions.csv' },
        detail: {
          export: 'distributions',
          from: range.from,
          to: range.to,
          rows: distributions.length,
        },
        ip: request.ip || null,
      });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="opale-${access.platform.slug}-distributions-${range.from}-${range.to}.csv"`,
        )
        .send(csv);
    },
  );

  app.get<{ Params: { platform: string } }>(
    '/export/:platform/services.csv',
    async (request, reply) => {
      const access = await memberAccess(deps, request, request.params.platform);
      if (!access.ok) return reply.code(access.status).send({ error: access.error });
      const services = await readServices(deps, access.platform.slug);
      // Without a reading, its cells stay empty: nobody has confirmed anything yet.
      const csv = csvOf([
        [...serviceColumns],
        ...services.map(({ entry, organisationName }) => [
          organisationName,
          entry.service.name,
          entry.service.serviceType,
          entry.reading?.status ?? '',
          entry.reading?.available ?? '',
          entry.reading?.total ?? '',
          entry.reading ? parisTimestamp(entry.reading.at) : '',
        ]),
      ]);
      await recordAudit(deps.db, deps.now(), {
        action: 'export.downloaded',
        actorId: access.user.id,
        platformId: access.platform.id,
        target: { type: 'export', id: 'services.csv' },
        detail: { export: 'services', rows: services.length },
        ip: request.ip || null,
      });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="opale-${access.platform.slug}-services.csv"`,
        )
        .send(csv);
    },
  );

  app.get<{ Params: { platform: string } }>(
    '/export/:platform/agenda.ics',
    async (request, reply) => {
      const access = await memberAccess(deps, request, request.params.platform);
      if (!access.ok) return reply.code(access.status).send({ error: access.error });
      const agenda = await agendaCalendar(deps, {
        platform: access.platform,
        organisationId: access.organisationId,
        onlyConcerning: false,
        language: access.user.locale === 'en' ? 'en' : 'fr',
      });
      await recordAudit(deps.db, deps.now(), {
        action: 'export.downloaded',
        actorId: access.user.id,
        platformId: access.platform.id,
        target: { type: 'export', id: 'agenda.ics' },
        detail: { export: 'agenda', items: agenda.items },
        ip: request.ip || null,
      });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="opale-${access.platform.slug}-agenda.ics"`,
        )
        .send(agenda.text);
    },
  );

  app.get<{ Params: { platform: string } }>(
    '/export/:platform/incidents.csv',
    async (request, reply) => {
      const access = await memberAccess(deps, request, request.params.platform);
      if (!access.ok) return reply.code(access.status).send({ error: access.error });
      const query = readIncidentExportQuery(request.query);
      if ('error' in query) return reply.code(400).send({ error: query.error });
      if (query.full && access.role === 'observer') {
        return reply.code(403).send({
          error:
            'The full export holds the reports your organisation wrote, and observers write none: download the redacted export (without full=1).',
        });
      }
      const exported = await readIncidentExport(deps, access, query);
      const csv = csvOf([[...exported.columns], ...exported.rows]);

      await recordAudit(deps.db, deps.now(), {
        action: 'export.downloaded',
        actorId: access.user.id,
        platformId: access.platform.id,
        target: { type: 'export', id: 'incidents.csv' },
        detail: {
          export: 'incidents',
          full: query.full,
          scope: query.scope,
          from: query.from ?? null,
          to: query.to ?? null,
          rows: exported.rows.length,
        },
        ip: request.ip || null,
      });
      await auditOutsideReads(deps, access, exported.outside, request.ip || null);
      const period = [query.from, query.to].filter(Boolean).join('-');
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="opale-${access.platform.slug}-incidents${query.full ? '-full' : ''}${period ? `-${period}` : ''}.csv"`,
        )
        .send(csv);
    },
  );

  app.get<{ Params: { platform: string } }>(
    '/export/:platform/incidents/report.html',
    async (request, reply) => {
      const access = await memberAccess(deps, request, request.params.platform);
      if (!access.ok) return reply.code(access.status).send({ error: access.error });
      const query = readIncidentExportQuery(request.query);
      if ('error' in query) return reply.code(400).send({ error: query.error });
      if (query.full) {
        return reply.code(400).send({
          error:
            'The printable report is always redacted; for your organisation’s reports in full, download incidents.csv?full=1.',
        });
      }
      const page = await readIncidentReportPage(deps, access, query);
      await recordAudit(deps.db, deps.now(), {
        action: 'export.downloaded',
        actorId: access.user.id,
        platformId: access.platform.id,
        target: { type: 'export', id: 'incidents/report.html' },
        detail: {
          export: 'incident-report',
          full: false,
          scope: query.scope,
          from: page.report.period?.from ?? null,
          to: page.report.period?.to ?? null,
          rows: page.report.totals.incidents,
        },
        ip: request.ip || null,
      });
      return reply
        .header('content-security-policy', incidentReportContentSecurityPolicy)
        .header('content-language', page.language)
        .type('text/html; charset=utf-8')
        .send(renderIncidentReport(page));
    },
  );
}
