/** Real servers on free ports, over real SQLite files in temporary folders. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { migrateToLatest, type SqliteHandle } from '@opale/db';
import { buildServer, type RequestLimits } from '../src/app';
import { openDatabase } from '../src/data-dir';
import { seedDemo } from '../src/demo/seed-demo';
import { readServerConfig, type ServerConfig } from '../src/env';

export const serverPackageDir = fileURLToPath(new URL('..', import.meta.url));
export const publicOrigin = 'http://opale.test';

/** A temporary folder with a data folder and a stand-in for the built web app. */
export function makeWorkspace(): {
  root: string;
  dataDir: string;
  webDist: string;
  remove: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'opale-server-'));
  const dataDir = join(root, 'data');
  const webDist = join(root, 'web');
  mkdirSync(join(webDist, 'assets'), { recursive: true });
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Opale test app</title>');
  writeFileSync(join(webDist, 'assets', 'index-3f2a9c1b.js'), 'console.log("opale");');
  return { root, dataDir, webDist, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface TestServer {
  url: string;
  config: ServerConfig;
  handle: SqliteHandle;
  app: FastifyInstance;
  close: () => Promise<void>;
}

export async function startTestServer(
  options: {
    env?: Record<string, string>;
    migrate?: boolean;
    seed?: boolean;
    limits?: Partial<RequestLimits>;
    /** The server's clock (sessions, feeds' windows); the real one when left out. */
    now?: () => Date;
  } = {},
): Promise<TestServer> {
  const workspace = makeWorkspace();
  const config = readServerConfig({
    DATA_DIR: workspace.dataDir,
    WEB_DIST: workspace.webDist,
    PUBLIC_ORIGIN: publicOrigin,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const handle = openDatabase(config.databaseFile, config.dataDir);
  if (options.migrate !== false) await migrateToLatest(handle.db);
  if (options.migrate !== false && options.seed !== false) await seedDemo(handle.db, new Date());
  const app = await buildServer(config, {
    db: handle.db,
    limits: options.limits,
    now: options.now,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    config,
    handle,
    app,
    close: async () => {
      await app.close();
      await handle.db.destroy();
      workspace.remove();
    },
  };
}

/** A POST of JSON as Opale's own page would send it. */
export function postJson(
  server: { url: string },
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { origin: publicOrigin, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Signs a demo account in and returns its cookie header value (`opale_session=…`). */
export async function signIn(
  server: { url: string },
  email: string,
  password = 'opale-demo',
): Promise<string> {
  const response = await postJson(server, '/auth/login', { email, password });
  if (response.status !== 200) throw new Error(`sign-in as ${email} answered ${response.status}`);
  return sessionCookieOf(response);
}

export function sessionCookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('opale_session='));
  if (!cookie) throw new Error('no session cookie was set');
  return cookie.split(';', 1)[0]!;
}

/** Who the cookie identifies, through the tRPC API. */
export async function whoIs(server: { url: string }, cookie: string): Promise<string | null> {
  const response = await fetch(`${server.url}/trpc/account.me`, { headers: { cookie } });
  const body = (await response.json()) as { result: { data: { user: { email: string } } | null } };
  return body.result.data?.user.email ?? null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `pnpm opale …` as the operator would (the package script: node --import tsx src/cli.ts). */
export function runCli(
  args: string[],
  env: Record<string, string>,
  stdin?: string,
): Promise<Finished> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: serverPackageDir,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(stdin ?? '');
  return finished(child);
}

export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const startedServers = new Set<ChildProcess>();

/** Kills the servers a failed test left running. */
export function killLeftoverServers(): void {
  for (const child of startedServers) child.kill('SIGKILL');
  startedServers.clear();
}

/** Starts `main.ts serve` in its own process; resolves once it says it is running. */
export async function startServerProcess(
  env: Record<string, string>,
  args: string[] = ['serve', '--seed-demo'],
): Promise<{
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<Finished>;
}> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: serverPackageDir,
    env: {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      PUBLIC_ORIGIN: publicOrigin,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  startedServers.add(child);
  const done = finished(child);
  void done.then(() => startedServers.delete(child));
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start:\n${output}`));
    }, 45_000);
    const check = () => {
      if (output.includes('Opale is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    void done.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      return done;
    },
  };
}
