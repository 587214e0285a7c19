/**
 * Cross-site request defence. The session cookie is SameSite=Lax, which already keeps it off most
 * cross-site requests; on top of that every state-changing request must say it comes from Opale's
 * own page (Origin, or Referer when a browser leaves Origin out) and must carry JSON, which a plain
 * HTML form cannot send.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route takes a file as its raw body (evidence uploads): any Content-Type passes here,
     * the route checks it. The Origin check still applies.
     */
    acceptsFiles?: boolean;
  }
}

export interface RequestGuardOptions {
  publicOrigin: string;
}

export function requestGuard(options: RequestGuardOptions) {
  return async function guardRequest(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (safeMethods.has(request.method)) return;

    const refusal = originRefusal(request, options.publicOrigin);
    if (refusal) {
      request.log.warn({ origin: request.headers.origin ?? null }, 'refused a cross-site request');
      return reply.code(403).send({ error: refusal });
    }

    if (request.routeOptions.config.acceptsFiles === true) return;
    const mediaTypeRefusal = contentTypeRefusal(request);
    if (mediaTypeRefusal) return reply.code(415).send({ error: mediaTypeRefusal });
  };
}

function originRefusal(request: FastifyRequest, publicOrigin: string): string | null {
  const claimed =
    headerValue(request.headers.origin) ?? originOfReferer(headerValue(request.headers.referer));
  if (!claimed) {
    return (
      'Opale refused this request because it did not say which site sent it (no Origin or Referer header). ' +
      `Use Opale from its own page at ${publicOrigin}; scripts must send the header "Origin: ${publicOrigin}".`
    );
  }
  const origin = normaliseOrigin(claimed);
  const ownOrigin = normaliseOrigin(`${request.protocol}://${request.host}`);
  if (origin !== null && (origin === publicOrigin || origin === ownOrigin)) return null;
  return (
    `Opale refused this request because it came from another site (${claimed.slice(0, 100)}). ` +
    `Open Opale at ${publicOrigin} and try again.`
  );
}

function contentTypeRefusal(request: FastifyRequest): string | null {
  const contentType = headerValue(request.headers['content-type']);
  const hasBody =
    request.headers['transfer-encoding'] !== undefined ||
    (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0');
  if (!contentType && !hasBody) return null;
  const mediaType = contentType?.split(';', 1)[0]?.trim().toLowerCase();
  if (mediaType === 'application/json') return null;
  return `Opale accepts only JSON here (Content-Type: application/json), not ${mediaType ? `'${mediaType.slice(0, 60)}'` : 'a body without a type'}.`;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? undefined : first;
}

function originOfReferer(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  return normaliseOrigin(referer) ?? undefined;
}

/** `https://Opale.example:443/path` → `https://opale.example`; null for anything else ("null"). */
export function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}
