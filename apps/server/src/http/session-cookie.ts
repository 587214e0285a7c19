/** The one session cookie: set at sign-in (and invitation acceptance), cleared at sign-out. */
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionCookie } from '@opale/api';

export const sessionCookieName = 'opale_session';

export function sessionCookieOptions(publicOrigin: string): CookieSerializeOptions {
  return {
    httpOnly: true,
    // Lax keeps the cookie on a link followed from a message app (an invitation, a shared page)
    // while leaving it off cross-site form posts and fetches.
    sameSite: 'lax',
    path: '/',
    secure: publicOrigin.startsWith('https:'),
  };
}

export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const token = request.cookies[sessionCookieName];
  return token === undefined || token === '' ? undefined : token;
}

export function sessionCookieOn(reply: FastifyReply, publicOrigin: string): SessionCookie {
  const options = sessionCookieOptions(publicOrigin);
  return {
    set(token, expiresAt) {
      reply.setCookie(sessionCookieName, token, { ...options, expires: expiresAt });
    },
    clear() {
      reply.clearCookie(sessionCookieName, options);
    },
  };
}
