/**
 * The HTTP host: security headers, limits, sign-in, the tRPC API, health and the web app.
 * `buildServer` never listens, so tests start it on port 0 and main.ts on the configured port.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { Kysely } from 'kysely';
import {
  appRouter,
  createContext,
  defaultAuthConfig,
  type ApiDeps,
  type AppRouter,
  type AuthConfig,
} from '@opale/api';
import { answerLocale, translateMessage } from '@opale/core';
import type { SyncLimits, SyncServer } from '@opale/sync';
import { listIncidentAttachmentStorageKeys, pendingMigrations, type Database } from '@opale/db';
import type { ServerConfig } from './env';
import { authRoutes, requestMeta } from './http/auth-routes';
import { evidenceRoutes } from './http/evidence-routes';
import { exportRoutes } from './http/export-routes';
import { guideExtraRoutes } from './http/guide-extra-routes';
import { guideRoutes } from './http/guide-routes';
import { icalRoutes } from './http/ical-routes';
import { loggerOptions } from './http/logging';
import { bodyDeadline } from './http/body-deadline';
import { requestGuard } from './http/request-guard';
import { sessionCookieOn, sessionTokenOf } from './http/session-cookie';
import { isServerArea, webApp } from './http/web-app';
import { EvidenceStore } from './incidents/evidence-store';
import { attachLiveDocuments, createLiveDocuments } from './live/live-documents';

declare module 'fastify' {
  interface FastifyInstance {
    /** The live-document endpoint, for shutdown and tests. */
    liveDocuments: SyncServer;
  }
}

export const bodyLimitBytes = 256 * 1024;
/** The longest a request may take to arrive in full: an evidence upload from a phone. */
export const uploadTimeoutMs = 10 * 60_000;

export interface RequestLimits {
  /** Requests per address per minute, over everything. */
  requestsPerMinute: number;
  /** Sign-in attempts per address per minute (each one costs a password hash). */
  loginAttemptsPerMinute: number;
  /** How long a request's body may take to arrive, except an evidence upload's (milliseconds). */
  bodyTimeoutMs: number;
}

export const defaultRequestLimits: RequestLimits = {
  // A phone opening the app fetches a dozen files and queries; a shared office address holds a
  // whole team. Generous, but it stops a runaway script.
  requestsPerMinute: 1200,
  loginAttemptsPerMinute: 30,
  // A 256 KiB JSON body at 2G speeds (~100 kbit/s) takes about 20 s.
  bodyTimeoutMs: 30_000,
};

export interface ServerDeps {
  db: Kysely<Database>;
  syncLimits?: Partial<SyncLimits>;
  now?: () => Date;
  limits?: Partial<RequestLimits>;
}

export type HttpConfig = Pick<
  ServerConfig,
  | 'publicOrigin'
  | 'dataDir'
  | 'logLevel'
  | 'webDist'
  | 'trustProxy'
  | 'sessionIdleHours'
  | 'sessionAbsoluteDays'
>;

export function authConfigFrom(config: HttpConfig): AuthConfig {
  return {
    ...defaultAuthConfig,
    sessionIdleMs: config.sessionIdleHours * 3_600_000,
    sessionAbsoluteMs: config.sessionAbsoluteDays * 24 * 3_600_000,
  };
}

export async function buildServer(config: HttpConfig, deps: ServerDeps): Promise<FastifyInstance> {
  const limits = { ...defaultRequestLimits, ...deps.limits };
  const trustProxy = config.trustProxy;
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    bodyLimit: bodyLimitBytes,
    // Fastify's types leave out the hop count its runtime accepts; this is what it does with one.
    trustProxy:
      typeof trustProxy === 'number'
        ? (_address: string, hop: number) => hop < trustProxy
        : trustProxy,
    // A stalled or slow client must not hold a connection open forever; but a phone on a weak
    // network needs minutes to send a video as incident evidence (100 MB at 2 Mbit/s: 7 minutes),
    // and Node bounds the whole request, not each route. Headers stay bounded by Node's
    // headersTimeout (60 s), every other body by bodyLimit and by `bodyDeadline` (30 s).
    requestTimeout: uploadTimeoutMs,
  });

  app.setErrorHandler(errorReply);

  const now = deps.now ?? (() => new Date());
  const auth = authConfigFrom(config);
  const sync = createLiveDocuments({
    db: deps.db,
    now,
    auth,
    publicOrigin: config.publicOrigin,
    trustProxy: config.trustProxy,
    limits: deps.syncLimits,
    log: app.log,
  });
  attachLiveDocuments(app, sync);
  app.decorate('liveDocuments', sync);
  const evidence = await EvidenceStore.open(config.dataDir, { webDist: config.webDist });
  await sweepEvidence(evidence, deps.db, app.log);
  const api: ApiDeps = {
    db: deps.db,
    now,
    auth,
    live: sync,
    boards: sync,
    evidence,
    publicOrigin: config.publicOrigin,
  };

  // Security headers on every response, the JSON ones included.
  const secure = config.publicOrigin.startsWith('https:');
  const liveOrigin = config.publicOrigin.replace(/^http/, 'ws');
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", liveOrigin],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        // The guide screen previews the public guide (same origin) in a frame; nothing else.
        frameSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // Only meaningful over https; over http a browser ignores it anyway.
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: false } : false,
  });

  await app.register(fastifyCookie);

  await app.register(fastifyRateLimit, {
    global: true,
    max: limits.requestsPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => {
      const error = new Error(
        `Too many requests from your address. Wait ${context.after} and try again.`,
      ) as FastifyError;
      error.statusCode = context.statusCode;
      return error;
    },
  });

  app.addHook('onRequest', bodyDeadline(limits.bodyTimeoutMs));
  app.addHook('onRequest', requestGuard({ publicOrigin: config.publicOrigin }));

  // Answers about people must not linger in a shared phone's cache.
  // The server's own refusals (`{ error }`) in the language of the person's screen: the app
  // sends it as Accept-Language. The API's answers are translated by its error formatter.
  app.addHook('preSerialization', async (request, _reply, payload: unknown) => {
    if (!isErrorAnswer(payload)) return payload;
    const locale = answerLocale(request.headers['accept-language']);
    return { ...payload, error: translateMessage(payload.error, locale) };
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (isServerArea(request.url.split('?', 1)[0] ?? '') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });

  // ---------------------------------------------------------------------------------------------
  // Routes

  let migrated = false;
  app.get('/healthz', async (request, reply) => {
    try {
      if (!migrated) migrated = (await pendingMigrations(deps.db)).length === 0;
    } catch (error) {
      request.log.error({ err: error }, 'health check could not read the database');
      return reply.code(503).send({ ok: false, error: 'The database cannot be read.' });
    }
    if (!migrated) {
      return reply
        .code(503)
        .send({ ok: false, error: 'The database is not migrated yet: run `pnpm opale migrate`.' });
    }
    return { ok: true, database: 'sqlite' };
  });

  await app.register(authRoutes, {
    deps: api,
    loginAttemptsPerMinute: limits.loginAttemptsPerMinute,
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }) =>
        createContext(api, {
          sessionToken: sessionTokenOf(req),
          request: requestMeta(req),
          cookie: sessionCookieOn(res, config.publicOrigin),
        }),
      onError({ error, path, req }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          req.log.error({ err: error.cause ?? error, procedure: path }, 'tRPC procedure failed');
        }
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  await app.register(exportRoutes, { deps: api });
  await app.register(evidenceRoutes, { deps: api, store: evidence });
  await app.register(icalRoutes, { deps: api });
  await app.register(guideRoutes, { deps: api });
  await app.register(guideExtraRoutes, { deps: api });

  await webApp(app, { webDist: config.webDist });

  return app;
}

/** Deletes evidence files no attachment refers to (see EvidenceStore.sweep), before any upload. */
async function sweepEvidence(
  store: EvidenceStore,
  db: Kysely<Database>,
  log: FastifyInstance['log'],
): Promise<void> {
  let inUse: string[];
  try {
    inUse = await listIncidentAttachmentStorageKeys(db);
  } catch (error) {
    // Not migrated yet (health says so): sweeping against no table would delete every file.
    log.warn({ err: error }, 'evidence files not swept: the attachments table cannot be read');
    return;
  }
  const removed = await store.sweep(inUse);
  if (removed > 0) log.info({ removed }, 'removed evidence files that no attachment refers to');
}

function isErrorAnswer(payload: unknown): payload is { error: string } {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof (payload as { error?: unknown }).error === 'string'
  );
}

/** Every error the server itself answers is `{ error: "<what went wrong and what to do>" }`. */
function errorReply(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({
      error:
        'Something went wrong on the server. Try again; if it keeps happening, tell your platform admin.',
    });
  }
  return reply.code(status).send({ error: clientErrorMessage(error, status) });
}

function clientErrorMessage(error: FastifyError, status: number): string {
  if (status === 413) {
    return `The request is larger than ${bodyLimitBytes / 1024} KiB, the most Opale accepts at once. Send less (split a long text).`;
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return 'The request says it carries JSON but its body is empty. Send a JSON object.';
  }
  if (
    status === 400 &&
    (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
  ) {
    return 'The request body is not valid JSON. Send a JSON object like {"email": "…"}.';
  }
  if (status === 415) {
    return 'Opale accepts only JSON here (Content-Type: application/json).';
  }
  return error.message;
}
