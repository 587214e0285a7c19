/**
 * What every procedure of the incident log starts from: who is asking, the report if they may
 * read it (or the answer given for one that does not exist), and the audit trail of what they did.
 * The rules themselves are in `services/incident-visibility.ts`; the reading in
 * `services/incident-reader.ts`, shared with the exports and the evidence routes.
 */
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { AuditAction, Role } from '@opale/core';
import type { IncidentRow, Membership, Platform } from '@opale/db';
import type { Context } from '../context';
import { recordAudit, recordAudits } from '../services/audit';
import { incidentViewerOf, readableIncident as readIncident } from '../services/incident-reader';
import {
  incidentScopeOf,
  readsFromOutside,
  type IncidentViewer,
} from '../services/incident-visibility';

export type IncidentContext = Context & {
  signedIn: NonNullable<Context['signedIn']>;
  platform: Platform;
  membership: Membership & { role: Role };
};

export const incidentIdInput = z.object({
  incidentId: z.uuid({ message: 'That is not an incident id.' }),
});

export function viewerOf(ctx: IncidentContext): Promise<IncidentViewer> {
  return incidentViewerOf(ctx.db, {
    userId: ctx.signedIn.user.id,
    platformId: ctx.platform.id,
    organisationId: ctx.membership.organisationId,
    role: ctx.membership.role,
  });
}

/** The report if the caller may read it; otherwise the same answer as for one that does not exist. */
export async function readableIncident(ctx: IncidentContext, id: string) {
  const viewer = await viewerOf(ctx);
  const readable = await readIncident(ctx.db, viewer, id);
  if (!readable) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `There is no such incident on ${ctx.platform.name}, or it is not shared with you.`,
    });
  }
  return { viewer, ...readable, scope: incidentScopeOf(readable.row) };
}

/** One audit event per report read from outside its organisation, written together. */
export async function auditOutsideReads(
  ctx: IncidentContext,
  viewer: IncidentViewer,
  rows: readonly IncidentRow[],
  via: 'get' | 'list',
): Promise<void> {
  await recordAudits(
    ctx.db,
    ctx.now(),
    rows
      .filter((row) => readsFromOutside(viewer, incidentScopeOf(row)))
      .map((row) => ({
        action: 'incident.read_outside' as const,
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'incident', id: row.id },
        detail: {
          organisationId: row.organisationId,
          readerOrganisationId: viewer.organisationId,
          via,
        },
        ip: ctx.request.ip,
      })),
  );
}

/** What the caller did to a report, for the audit log (never its narrative or a witness). */
export async function auditIncident(
  ctx: IncidentContext,
  action: AuditAction,
  incident: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(ctx.db, ctx.now(), {
    action,
    actorId: ctx.signedIn.user.id,
    platformId: ctx.platform.id,
    target: { type: 'incident', id: incident },
    detail,
    ip: ctx.request.ip,
  });
}

export function refuse(message: string): never {
  throw new TRPCError({ code: 'FORBIDDEN', message });
}
