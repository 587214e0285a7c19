/**
 * The incident log as the exports show it (DESIGN.md §6). The redacted export is one row per
 * report the member may read, at commune level: never the narrative, the exact place (site or
 * words), witnesses, attachments or the author. The full export holds only the member's own
 * organisation's reports (a field member: only theirs) and adds the time, the place, the
 * narrative, the follow-ups' notes and the attachments' count and hashes — never witnesses:
 * their names stay in the app and leave with the case.
 */
import {
  incidentReportRowOf,
  incidentViewerOf,
  readableIncidents,
  recordAudits,
  readSchedule,
  type ApiDeps,
  type IncidentReportScope,
  type IncidentViewer,
  type ReadableIncident,
} from '@opale/api';
import {
  incidentReport,
  isLocalDate,
  localDateOf,
  platformTimeZone,
  type IncidentReport,
} from '@opale/core';
import {
  findOrganisationsByIds,
  listGroupsOfPlatform,
  listIncidentAttachments,
  listIncidentFollowups,
  type Platform,
} from '@opale/db';
import type { MemberAccess } from '../http/member-access';

type Member = Extract<MemberAccess, { ok: true }>;

export const incidentColumns = [
  'id',
  'date',
  'month',
  'type',
  'authority',
  'commune',
  'officers',
  'vehicles',
  'items_seized',
  'fine_eur',
  'status',
  'organisation',
  'followups',
  'shared_with',
] as const;

/** The redacted columns, then what only the reporting organisation may take away. */
export const fullIncidentColumns = [
  ...incidentColumns,
  'time',
  'site',
  'place',
  'narrative',
  'followup_notes',
  'attachments',
  'attachment_sha256',
] as const;

export interface IncidentExportQuery {
  from?: string;
  to?: string;
  scope: IncidentReportScope;
  full: boolean;
}

const scopes: readonly IncidentReportScope[] = ['all', 'own', 'shared'];

/** The query of an incident export, or what to write instead. Every part is optional. */
export function readIncidentExportQuery(query: unknown): IncidentExportQuery | { error: string } {
  const { from, to, scope, full } = (query ?? {}) as Record<string, unknown>;
  const read: IncidentExportQuery = { scope: 'all', full: false };
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string' || !isLocalDate(value)) {
      const shown = typeof value === 'string' ? `'${value.slice(0, 20)}'` : 'That';
      return {
        error: `${shown} (${name}) is not a date; write it as YYYY-MM-DD, e.g. ?from=2026-08-01&to=2026-11-30, or leave it out for everything.`,
      };
    }
    read[name] = value;
  }
  if (read.from && read.to && read.to < read.from) {
    return { error: `The last day (${read.to}) comes before the first (${read.from}); swap them.` };
  }
  if (scope !== undefined && scope !== '') {
    if (typeof scope !== 'string' || !scopes.includes(scope as IncidentReportScope)) {
      return {
        error: `Choose the scope: all (everything you can see), own (your organisation's) or shared (shared with your groups).`,
      };
    }
    read.scope = scope as IncidentReportScope;
  }
  if (full !== undefined && full !== '' && full !== '0') {
    if (full !== '1') return { error: 'Ask for the full export with ?full=1, or leave it out.' };
    read.full = true;
  }
  return read;
}

async function viewerOfMember(deps: Pick<ApiDeps, 'db'>, member: Member): Promise<IncidentViewer> {
  return incidentViewerOf(deps.db, {
    userId: member.user.id,
    platformId: member.platform.id,
    organisationId: member.organisationId,
    role: member.role,
  });
}

/** The reports a full export holds: what the member reads as their organisation's, or as author. */
function inFullExport(incident: ReadableIncident): boolean {
  return incident.access === 'organisation' || incident.access === 'own';
}

const parisTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: platformTimeZone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function euros(cents: number | null): string {
  return cents === null ? '' : (cents / 100).toFixed(2);
}

export interface IncidentExport {
  columns: readonly string[];
  rows: (string | number)[][];
  /** Reports of other organisations in it: their reads are audited one by one. */
  outside: ReadableIncident[];
}

/** The rows of `incidents.csv` for one member, latest first. */
export async function readIncidentExport(
  deps: Pick<ApiDeps, 'db' | 'boards'>,
  member: Member,
  query: IncidentExportQuery,
): Promise<IncidentExport> {
  const viewer = await viewerOfMember(deps, member);
  const readable = await readableIncidents(deps.db, viewer, query);
  const incidents = query.full ? readable.filter(inFullExport) : readable;

  const organisationNames = new Map(
    (
      await findOrganisationsByIds(deps.db, [
        ...new Set(incidents.map((i) => i.row.organisationId)),
      ])
    ).map((o) => [o.id, o.name]),
  );
  const groupNames = new Map(
    (await listGroupsOfPlatform(deps.db, member.platform.id)).map((g) => [g.id, g.name]),
  );
  const siteNames = query.full
    ? (await readSchedule(deps.boards, member.platform.slug)).siteNames
    : new Map<string, string>();

  const rows: (string | number)[][] = [];
  for (const { row, access, sharedWith } of incidents) {
    // Follow-ups and shares are the organisation's business, as in `incident.get`.
    const inside = access !== 'group';
    const followups = inside ? await listIncidentFollowups(deps.db, row.id) : [];
    const occurredAt = new Date(row.occurredAt);
    const date = localDateOf(occurredAt);
    const redacted = [
      row.id,
      date,
      date.slice(0, 7),
      row.type,
      row.authority,
      row.commune,
      row.officers ?? '',
      row.vehicles ?? '',
      row.itemsSeized ?? '',
      euros(row.fineAmountCents),
      row.status,
      organisationNames.get(row.organisationId) ?? row.organisationId,
      followups.map((f) => `${f.kind}: ${f.outcome}`).join('; '),
      inside ? sharedWith.map((id) => groupNames.get(id) ?? id).join('; ') : '',
    ];
    if (!query.full) {
      rows.push(redacted);
      continue;
    }
    // Their hashes only, so that a copy can be checked; the files stay on the server.
    const attachments = await listIncidentAttachments(deps.db, row.id);
    rows.push([
      ...redacted,
      parisTime.format(occurredAt),
      row.siteId ? (siteNames.get(row.siteId) ?? row.siteId) : '',
      row.placeText ?? '',
      row.narrative,
      followups
        .filter((f) => f.notes.trim() !== '')
        .map((f) => `${f.kind} (${f.filedOn}): ${f.notes}`)
        .join('\n'),
      attachments.length,
      attachments.map((a) => a.sha256).join(' '),
    ]);
  }
  return {
    columns: query.full ? fullIncidentColumns : incidentColumns,
    rows,
    outside: incidents.filter((i) => i.row.organisationId !== member.organisationId),
  };
}

/** Audits each report of another organisation an export let a member take away. */
export async function auditOutsideReads(
  deps: Pick<ApiDeps, 'db' | 'now'>,
  member: Member,
  outside: readonly ReadableIncident[],
  ip: string | null,
): Promise<void> {
  await recordAudits(
    deps.db,
    deps.now(),
    outside.map(({ row }) => ({
      action: 'incident.read_outside' as const,
      actorId: member.user.id,
      platformId: member.platform.id,
      target: { type: 'incident', id: row.id },
      detail: {
        organisationId: row.organisationId,
        readerOrganisationId: member.organisationId,
        via: 'export',
      },
      ip,
    })),
  );
}

export interface IncidentReportPage {
  platform: Platform;
  organisationName: string;
  scope: IncidentReportScope;
  report: IncidentReport;
  /** The period asked for, as given (either end may be open). */
  asked: { from?: string; to?: string };
  generatedAt: Date;
  language: 'fr' | 'en';
}

/** The aggregates of the printable report: commune level, like the redacted export. */
export async function readIncidentReportPage(
  deps: Pick<ApiDeps, 'db' | 'now'>,
  member: Member,
  query: IncidentExportQuery,
): Promise<IncidentReportPage> {
  const viewer = await viewerOfMember(deps, member);
  const readable = await readableIncidents(deps.db, viewer, query);
  const now = deps.now();
  const [organisation] = await findOrganisationsByIds(deps.db, [member.organisationId]);
  return {
    platform: member.platform,
    organisationName: organisation?.name ?? member.organisationId,
    scope: query.scope,
    // No site names: the printed report says where at commune level only.
    report: incidentReport(
      readable.map(({ row }) => incidentReportRowOf(row)),
      { now, siteNames: new Map(), from: query.from, to: query.to ?? localDateOf(now) },
    ),
    asked: { from: query.from, to: query.to },
    generatedAt: now,
    language: member.user.locale === 'en' ? 'en' : 'fr',
  };
}
