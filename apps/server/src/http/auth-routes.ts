/**
 * Sign-in and sign-out as plain HTTP (DESIGN.md §6), so that password managers, scripts and the
 * e2e tests have a stable contract; the rules themselves live in @opale/api's services.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  endSession,
  recordAudit,
  resolveSession,
  signIn,
  cookieExpiry,
  type ApiDeps,
  type RequestMeta,
} from '@opale/api';
import { sessionCookieOn, sessionTokenOf } from './session-cookie';

const credentials = z.object(
  {
    email: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'email is missing'
            : 'email must be text, like "name@example.org"',
      })
      .trim()
      .min(1, { error: 'email is empty: enter the email address of your account' })
      .max(320, { error: 'email is too long to be an email address' }),
    password: z
      .string({
        error: (issue) =>
          issue.input === undefined ? 'password is missing' : 'password must be text',
      })
      .min(1, { error: 'password is empty: enter your password' })
      // Bounds the hashing work an attacker can ask for; no real password comes near.
      .max(1024, { error: 'password is longer than 1024 characters' }),
  },
  { error: 'Send a JSON object like {"email": "…", "password": "…"}' },
);

export function requestMeta(request: FastifyRequest): RequestMeta {
  return {
    ip: request.ip || null,
    userAgent: request.headers['user-agent'] ?? null,
    acceptLanguage: request.headers['accept-language'] ?? null,
  };
}

export interface AuthRouteOptions {
  deps: ApiDeps;
  /** Attempts per address per minute, before the account-level throttling in signIn. */
  loginAttemptsPerMinute: number;
}

export async function authRoutes(app: FastifyInstance, options: AuthRouteOptions): Promise<void> {
  const { deps } = options;

  // `curl -X POST -H 'Content-Type: application/json'` sends no body at all; sign-out needs none.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') done(null, undefined);
    else void parseJson(request, body.toString(), done);
  });

  app.post(
    '/auth/login',
    { config: { rateLimit: { max: options.loginAttemptsPerMinute, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const parsed = credentials.safeParse(request.body);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => issue.message);
        return reply
          .code(400)
          .send({ error: `Sign-in needs an email and a password: ${problems.join('; ')}.` });
      }
      const result = await signIn(
        deps,
        { ...parsed.data, previousToken: sessionTokenOf(request) },
        requestMeta(request),
      );
      if (!result.ok) {
        if (result.reason === 'throttled') {
          if (result.retryAfterSeconds)
            reply.header('retry-after', String(result.retryAfterSeconds));
          return reply.code(429).send({ error: result.message });
        }
        return reply.code(401).send({ error: result.message });
      }
      sessionCookieOn(reply, deps.publicOrigin).set(result.token, cookieExpiry(result.session));
      return reply.code(200).send({ ok: true });
    },
  );

  app.post('/auth/logout', async (request, reply) => {
    const token = sessionTokenOf(request);
    const signedIn = token ? await resolveSession(deps, token) : null;
    if (signedIn) {
      await endSession(deps, signedIn.session.id);
      await recordAudit(deps.db, deps.now(), {
        action: 'auth.sign_out',
        actorId: signedIn.user.id,
        target: { type: 'user', id: signedIn.user.id },
        ip: request.ip || null,
      });
    }
    // Cleared even when the session had already ended, so the browser forgets the dead token.
    sessionCookieOn(reply, deps.publicOrigin).clear();
    return reply.code(204).send();
  });
}
