/**
 * The server under test, composed as in production: a node http server, the SyncServer, the
 * SQL update log on a fresh SQLite file (WAL, synchronous=FULL) and the session-backed authority.
 * Started by the benchmark as a child process (see ./protocol.ts); not meant to be run by hand.
 *
 * Demo-like data goes in directly through the repositories: the Calais platform, one organisation,
 * and `users` people with a coordinator membership and a session each.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { defaultAuthConfig, startSession } from '@opale/api';
import {
  attachOrganisationToPlatform,
  insertMembership,
  insertOrganisation,
  insertPlatform,
  insertUser,
  migrateToLatest,
  openSqlite,
} from '@opale/db';
import { sessionCookieName } from '@opale/server/src/http/session-cookie';
import { createLiveDocuments } from '@opale/server/src/live/live-documents';
import { SqlDocumentStore } from '@opale/server/src/live/sql-document-store';
import { readConfig, reportError, serveChannel } from './protocol';

/** Every client comes from 127.0.0.1: the per-address admission limit must not apply here. */
export const benchConnectionsPerWindow = 1_000_000;

type Log = Parameters<typeof createLiveDocuments>[0]['log'];

/** The server logs refusals and failures through Fastify's logger; here they go to stderr. */
const benchLog = {
  warn: (fields: unknown, message?: string) => console.error('[opale]', message, fields),
  error: (fields: unknown, message?: string) => console.error('[opale]', message, fields),
} as unknown as Log;

async function main() {
  const config = readConfig();
  const started = performance.now();
  const { db, sqlite } = openSqlite(path.join(config.dataDir, 'opale.sqlite'));
  await migrateToLatest(db);

  const now = () => new Date();
  const at = now().toISOString();
  const auth = defaultAuthConfig;
  const cookies: string[] = [];
  await db.transaction().execute(async (trx) => {
    const platformId = randomUUID();
    const organisationId = randomUUID();
    await insertPlatform(trx, { id: platformId, slug: 'calais', name: 'Calais', createdAt: at });
    await insertOrganisation(trx, {
      id: organisationId,
      name: 'Secours Catholique',
      shortName: 'SC',
      kind: 'association',
      stateMandated: 0,
      publiclyFunded: 1,
      contactEmail: 'littoral@secours-catholique.example',
      contactPhone: null,
      website: null,
      createdAt: at,
      updatedAt: at,
    });
    await attachOrganisationToPlatform(trx, platformId, organisationId, at);
    for (let i = 0; i < config.users; i++) {
      const userId = randomUUID();
      await insertUser(trx, {
        id: userId,
        email: `coordinator-${i}@bench.opale`,
        name: `Bench coordinator ${i}`,
        // Nobody signs in with a password here; sessions are opened directly.
        passwordHash: 'bench-account-without-password',
        locale: 'fr',
        createdAt: at,
        passwordChangedAt: at,
      });
      await insertMembership(trx, {
        id: randomUUID(),
        userId,
        platformId,
        organisationId,
        role: 'coordinator',
        createdAt: at,
        updatedAt: at,
      });
      const { token } = await startSession({ db: trx, now, auth }, userId, {
        ip: '127.0.0.1',
        userAgent: 'opale-bench',
      });
      cookies.push(`${sessionCookieName}=${encodeURIComponent(token)}`);
    }
  });

  // Time each durable append from outside (a synchronous, fsynced SQLite commit), in this process.
  const appendTimes: number[] = [];
  const { append } = SqlDocumentStore.prototype as { append: SqlDocumentStore['append'] };
  SqlDocumentStore.prototype.append = async function timedAppend(docName, update, author) {
    const began = performance.now();
    try {
      return await append.call(this, docName, update, author);
    } finally {
      appendTimes.push(performance.now() - began);
    }
  };

  // The server's own composition (apps/server/src/live/live-documents.ts): SyncServer over
  // SqlDocumentStore, with the session-backed authority and the server's event logging.
  const sync = createLiveDocuments({
    db,
    now,
    auth,
    publicOrigin: config.origin,
    trustProxy: false,
    limits: { connectionsPerWindow: benchConnectionsPerWindow },
    log: benchLog,
  });

  const http = createServer((_request, response) => response.writeHead(404).end());
  http.on('upgrade', (request, socket, head) => {
    if (sync.handles(request)) void sync.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));

  serveChannel({
    connections: () => sync.stats().connections,
    appends: () => {
      const times = appendTimes.splice(0).sort((a, b) => a - b);
      const at = (p: number) =>
        times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? 0;
      return {
        count: times.length,
        p50Ms: at(0.5),
        p95Ms: at(0.95),
        maxMs: times[times.length - 1] ?? 0,
        totalMs: times.reduce((sum, t) => sum + t, 0),
      };
    },
    stop: async () => {
      await sync.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await db.destroy();
      sqlite.close();
    },
  });
  process.send?.({
    type: 'ready',
    port: (http.address() as AddressInfo).port,
    path: '/sync',
    cookies,
    setupMs: performance.now() - started,
  });
}

main().catch(reportError);
