/**
 * Who asks, for the plain-HTTP reads that carry the session cookie (exports): a member of the
 * platform named in the path, or a refusal to send as it is. Someone who is not a member gets the
 * same answer whether or not the platform exists, as in the API.
 */
import type { FastifyRequest } from 'fastify';
import { resolveSession, type ApiDeps } from '@opale/api';
import { isRole, platformSlug as platformSlugSchema, type Role } from '@opale/core';
import { findMembership, findPlatformBySlug, type Platform, type User } from '@opale/db';
import { sessionTokenOf } from './session-cookie';

export type MemberAccess =
  | { ok: true; user: User; platform: Platform; role: Role; organisationId: string }
  | { ok: false; status: 401 | 403; error: string };

export async function memberAccess(
  deps: Pick<ApiDeps, 'db' | 'now' | 'auth'>,
  request: FastifyRequest,
  platformSlug: string,
): Promise<MemberAccess> {
  const token = sessionTokenOf(request);
  const signedIn = token ? await resolveSession(deps, token) : null;
  if (!signedIn) {
    return {
      ok: false,
      status: 401,
      error: 'Sign in to Opale first: exports are for members of the platform, with their session.',
    };
  }
  const platform = platformSlugSchema.safeParse(platformSlug).success
    ? await findPlatformBySlug(deps.db, platformSlug)
    : undefined;
  const membership = platform
    ? await findMembership(deps.db, signedIn.user.id, platform.id)
    : undefined;
  if (!platform || !membership || !isRole(membership.role)) {
    return {
      ok: false,
      status: 403,
      error: `You are not a member of the platform "${platformSlug.slice(0, 40)}". Ask one of its admins for an invitation.`,
    };
  }
  return {
    ok: true,
    user: signedIn.user,
    platform,
    role: membership.role,
    organisationId: membership.organisationId,
  };
}
