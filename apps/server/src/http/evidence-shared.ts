/**
 * What the evidence upload (`evidence-upload.ts`) and download (`evidence-download.ts`) share:
 * who is asking and what they may see of an incident, the not-found answers that tell a
 * non-member nothing, reading a request header and sending a refusal.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ApiDeps } from '@opale/api';
import { memberAccess, type MemberAccess } from './member-access';

export const uuid = z.uuid();

export const notFound = (what: 'incident' | 'file') =>
  what === 'incident'
    ? 'There is no such incident on this platform, or it is not shared with you.'
    : 'There is no such file, or it belongs to an incident you may not see.';

export async function memberOf(
  deps: ApiDeps,
  request: FastifyRequest,
  platform: string,
  what: 'incident' | 'file',
): Promise<MemberAccess | { ok: false; status: 401 | 404; error: string }> {
  const access = await memberAccess(deps, request, platform);
  if (access.ok || access.status === 401) {
    return access.ok
      ? access
      : { ok: false, status: 401, error: 'Sign in to Opale first: evidence is for members.' };
  }
  // Not a member of that platform: the same answer as for a file that does not exist.
  return { ok: false, status: 404, error: notFound(what) };
}

export function memberOfAccess(access: Extract<MemberAccess, { ok: true }>) {
  return {
    userId: access.user.id,
    platformId: access.platform.id,
    organisationId: access.organisationId,
    role: access.role,
  };
}

export function headerOf(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? undefined : first;
}

export function refuse(reply: FastifyReply, status: number, error: string): FastifyReply {
  return reply.code(status).send({ error });
}
