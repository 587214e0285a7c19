/**
 * Which workflow buttons a report's page shows, and why one is held back. The same rules as the
 * server's (packages/api `services/incident-visibility.ts`), which enforces them anyway: this only
 * spares people a button that can only fail, and tells them who can do it instead.
 */
import { roleAtLeast, type IncidentStatus, type Role } from '@opale/core';

export interface IncidentViewerOnPage {
  userId: string;
  role: Role;
}

/** What the server says of a report and of how this viewer reaches it. */
export interface IncidentForActions {
  access: 'own' | 'organisation' | 'group';
  status: IncidentStatus;
  createdBy: string | null;
  closedAt: string | null;
}

/** A button: hidden, shown and usable, or shown disabled with the reason said next to it. */
export type ActionState<Reason extends string> =
  { kind: 'hidden' } | { kind: 'allowed' } | { kind: 'blocked'; reason: Reason };

export interface IncidentActions {
  /** Rewrite the report (and remove its attachments). */
  edit: boolean;
  verify: ActionState<'author' | 'authorField'>;
  share: ActionState<'draft' | 'noGroup' | 'sharedWithAll'>;
  close: ActionState<never>;
  /** See and record witnesses; closed cases keep none. */
  witnesses: { read: boolean; add: boolean };
  /** See and record follow-ups (complaint, Défenseur des droits, court). */
  followups: { read: boolean; add: boolean };
}

const hidden = { kind: 'hidden' } as const;
const allowed = { kind: 'allowed' } as const;

/** The platform's groups the report's organisation belongs to, and those not yet shared with. */
export interface ShareableGroups {
  memberOf: number;
  notSharedWith: number;
}

export function incidentActions(
  viewer: IncidentViewerOnPage,
  incident: IncidentForActions,
  groups: ShareableGroups,
): IncidentActions {
  const open = incident.closedAt === null;
  const manages = incident.access === 'organisation';
  const isAuthor = incident.createdBy !== null && incident.createdBy === viewer.userId;

  const edit = open && (manages || (incident.access === 'own' && incident.status === 'draft'));

  let verify: IncidentActions['verify'] = hidden;
  if (open && incident.status === 'draft') {
    if (isAuthor) {
      // The author is told who verifies; a field author could not verify anything anyway.
      verify = {
        kind: 'blocked',
        reason: roleAtLeast(viewer.role, 'rep') ? 'author' : 'authorField',
      };
    } else if (
      manages ||
      (incident.access === 'group' && roleAtLeast(viewer.role, 'coordinator'))
    ) {
      verify = allowed;
    }
  }

  let share: IncidentActions['share'] = hidden;
  if (manages) {
    if (incident.status === 'draft') share = open ? { kind: 'blocked', reason: 'draft' } : hidden;
    else if (groups.memberOf === 0) share = { kind: 'blocked', reason: 'noGroup' };
    else if (groups.notSharedWith === 0) share = { kind: 'blocked', reason: 'sharedWithAll' };
    else share = allowed;
  }

  return {
    edit,
    verify,
    share,
    close: manages && open ? allowed : hidden,
    witnesses: { read: manages, add: manages && open },
    followups: { read: manages, add: manages },
  };
}
