/**
 * One Opale server in the benchmark's own process, composed as in production (`buildServer`) on
 * a fresh SQLite file in a temporary folder, listening on a loopback port; closed and its folder
 * deleted once `use` is done, whatever happens.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { migrateToLatest, openSqlite, type Database } from '@opale/db';
import { buildServer } from '@opale/server/src/app';
import { readServerConfig } from '@opale/server/src/env';

/** The server as `buildServer` makes it (a Fastify instance with Opale's decorations). */
type OpaleServer = Awaited<ReturnType<typeof buildServer>>;

export interface InProcessServer {
  app: OpaleServer;
  db: Kysely<Database>;
  /** `http://127.0.0.1:<port>` */
  origin: string;
}

export interface InProcessOptions {
  /** The folder under which the temporary one is made (default: the OS temp folder). */
  tempRoot?: string;
  /** Prefix of the temporary folder's name, e.g. `opale-bench-guide-`. */
  prefix: string;
  /** The built web app to serve (default: none). */
  webDist?: string;
  /** Writes data before the server starts (the database is migrated). */
  seed?: (db: Kysely<Database>) => Promise<void>;
  /** Adds hooks before the server listens. */
  prepare?: (app: OpaleServer) => void;
}

export async function withInProcessServer<T>(
  options: InProcessOptions,
  use: (server: InProcessServer) => Promise<T>,
): Promise<T> {
  const root = mkdtempSync(path.join(options.tempRoot ?? tmpdir(), options.prefix));
  const config = readServerConfig({
    DATA_DIR: path.join(root, 'data'),
    WEB_DIST: options.webDist ?? path.join(root, 'no-web-app'),
    PUBLIC_ORIGIN: 'http://127.0.0.1:3000',
    LOG_LEVEL: 'error',
  });
  const { db } = openSqlite(path.join(root, 'opale.sqlite'));
  try {
    await migrateToLatest(db);
    await options.seed?.(db);
    // Every request comes from 127.0.0.1: the per-address limit must not apply here.
    const app = await buildServer(config, { db, limits: { requestsPerMinute: 1_000_000_000 } });
    options.prepare?.(app);
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      return await use({ app, db, origin });
    } finally {
      await app.close();
    }
  } finally {
    await db.destroy();
    rmSync(root, { recursive: true, force: true });
  }
}
