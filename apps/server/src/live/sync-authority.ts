/** Who may open which live document: the session cookie, the Origin, and platform membership. */
import type { IncomingMessage } from 'node:http';
import type { Kysely } from 'kysely';
import { resolveSession, type ApiDeps } from '@opale/api';
import { isLocale, isRole, type DocName } from '@opale/core';
import {
  findGroupById,
  findMembership,
  findOrganisationById,
  findPlatformBySlug,
  isGroupMember,
  type Database,
} from '@opale/db';
import type { SyncAuthority, SyncIdentity, SyncPerson } from '@opale/sync';
import { normaliseOrigin } from '../http/request-guard';
import { sessionCookieName } from '../http/session-cookie';

export function sessionTokenFromCookieHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === sessionCookieName) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function createSyncAuthority(
  deps: Pick<ApiDeps, 'db' | 'now' | 'auth'> & { publicOrigin: string },
): SyncAuthority {
  const allowedOrigin = normaliseOrigin(deps.publicOrigin);
  return {
    // The public origin, or the address the request reached (as the HTTP guard allows: the
    // Vite dev proxy and LAN access). A foreign page cannot choose the Host header it sends.
    originAllowed(origin: string | undefined, request: IncomingMessage) {
      const claimed = origin === undefined ? null : normaliseOrigin(origin);
      if (claimed === null) return false;
      if (claimed === allowedOrigin) return true;
      return request.headers.host !== undefined && new URL(claimed).host === request.headers.host;
    },
    async authenticate(request: IncomingMessage) {
      const token = sessionTokenFromCookieHeader(request.headers.cookie);
      if (!token) return null;
      const signedIn = await resolveSession(deps, token);
      if (!signedIn) return null;
      const { user, session } = signedIn;
      return {
        userId: user.id,
        sessionId: session.id,
        name: user.name,
        locale: isLocale(user.locale) ? user.locale : undefined,
      };
    },
    authorize: (person, doc) => identityOn(deps.db, person, doc),
  };
}

async function identityOn(
  db: Kysely<Database>,
  person: SyncPerson,
  doc: DocName,
): Promise<SyncIdentity | 'unknown' | 'forbidden'> {
  const platform = await findPlatformBySlug(db, doc.platform);
  if (!platform) return 'unknown';
  const group = doc.group === null ? null : await findGroupById(db, doc.group);
  if (doc.group !== null && (!group || group.platformId !== platform.id)) return 'unknown';
  const membership = await findMembership(db, person.userId, platform.id);
  if (!membership || !isRole(membership.role)) return 'forbidden';
  // A group's board is read only by members of its consenting organisations: not by the
  // platform's admins, who manage who is in it but do not read what it says.
  if (group && !(await isGroupMember(db, group.id, membership.organisationId))) return 'forbidden';
  const organisation = await findOrganisationById(db, membership.organisationId);
  return {
    userId: person.userId,
    sessionId: person.sessionId,
    name: person.name,
    organisationId: membership.organisationId,
    organisationName: organisation?.shortName ?? organisation?.name ?? '',
    role: membership.role,
    ...(person.locale ? { locale: person.locale } : {}),
  };
}
