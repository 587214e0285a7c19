/**
 * Who reads and who changes an incident report. Deny by default: every read of the incident
 * router goes through `incidentVisibility`, and every change through the rules below it.
 */
import { roleAtLeast, type IncidentStatus, type Role } from '@opale/core';
import type { IncidentRow } from '@opale/db';

export interface IncidentViewer {
  userId: string;
  platformId: string;
  organisationId: string;
  role: Role;
  /** The platform's groups the viewer's organisation is a consenting member of. */
  groupIds: readonly string[];
}

export interface IncidentScope {
  platformId: string;
  organisationId: string;
  createdBy: string | null;
  status: IncidentStatus;
  closedAt: string | null;
}

/** What the rules look at in a stored report. */
export function incidentScopeOf(row: IncidentRow): IncidentScope {
  return {
    platformId: row.platformId,
    organisationId: row.organisationId,
    createdBy: row.createdBy,
    status: row.status as IncidentStatus,
    closedAt: row.closedAt,
  };
}

/**
 * How a viewer reaches a report: `organisation` (a rep, coordinator or admin of its organisation:
 * everything), `own` (the field member who wrote it), `group` (shared with a group the viewer's
 * organisation belongs to), or `none`.
 */
export type IncidentAccess = 'none' | 'own' | 'organisation' | 'group';

export function incidentVisibility(
  viewer: IncidentViewer,
  incident: IncidentScope,
  sharedWithGroupIds: readonly string[],
): IncidentAccess {
  if (incident.platformId !== viewer.platformId) return 'none';
  if (incident.organisationId === viewer.organisationId) {
    if (roleAtLeast(viewer.role, 'rep')) return 'organisation';
    // A field member sees what they wrote; an observer writes nothing and sees only what is shared.
    if (viewer.role === 'field' && incident.createdBy === viewer.userId) return 'own';
  }
  return sharedWithGroupIds.some((id) => viewer.groupIds.includes(id)) ? 'group' : 'none';
}

/** Whether the viewer reads it as someone outside its organisation: such reads are audited. */
export function readsFromOutside(viewer: IncidentViewer, incident: IncidentScope): boolean {
  return incident.organisationId !== viewer.organisationId;
}

/** A draft by its author while it is a draft; anything open by a rep+ of its organisation. */
export function mayEditIncident(access: IncidentAccess, incident: IncidentScope): boolean {
  if (incident.closedAt !== null) return false;
  return access === 'organisation' || (access === 'own' && incident.status === 'draft');
}

/**
 * Verification takes a second pair of eyes: never the author. A rep, coordinator or admin of
 * the organisation can; a coordinator or admin of the platform can too, but only a report they
 * can read — and drafts are never shared, so in practice that is their own organisation's.
 */
export function mayVerifyIncident(
  viewer: IncidentViewer,
  access: IncidentAccess,
  incident: IncidentScope,
): boolean {
  if (incident.status !== 'draft' || incident.closedAt !== null) return false;
  if (incident.createdBy === viewer.userId) return false;
  if (access === 'organisation') return true;
  return access !== 'none' && roleAtLeast(viewer.role, 'coordinator');
}

/** Sharing, closing, witnesses and follow-ups belong to the organisation's reps and above. */
export function mayManageIncident(access: IncidentAccess): boolean {
  return access === 'organisation';
}
