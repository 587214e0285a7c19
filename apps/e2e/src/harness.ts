/**
 * What every browser journey needs: a real Opale server built from this tree, a headless
 * Chromium from Debian, and an accessibility check. Journeys start their own server, so each
 * test file has a fresh database seeded with the demo accounts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const serverEntry = join(repoRoot, 'apps/server/dist/main.js');
export const webIndex = join(repoRoot, 'apps/web/dist/index.html');
/** Debian's chromium; CHROMIUM_PATH points elsewhere on machines that have it in another place. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The password of every demo account (`<role>.<platform>@demo.opale`). */
export const demoPassword = 'opale-demo';

export function demoEmail(
  role: 'admin' | 'coordinator' | 'rep' | 'field' | 'observer',
  platform: 'calais' | 'dunkirk',
): string {
  return `${role}.${platform}@demo.opale`;
}

// --- the server --------------------------------------------------------------------------------

export interface RunningOpale {
  /** `http://127.0.0.1:<port>`, also the server's PUBLIC_ORIGIN. */
  origin: string;
  /** The temporary data folder (deleted by stop()). */
  dataDir: string;
  /** Everything the server printed so far, for failure messages. */
  output(): string;
  /** Stops the server and deletes its data folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Seed the demo platforms and accounts (default true). */
  seedDemo?: boolean;
  /** Extra environment for the server, e.g. `{ SESSION_IDLE_HOURS: '1' }`. */
  env?: Record<string, string>;
  /** How long to wait for /healthz (default 60 s: seeding hashes ten passwords). */
  readyTimeoutMs?: number;
}

/**
 * Starts the built server (`node apps/server/dist/main.js serve --seed-demo`) on a free loopback
 * port with a fresh data folder, and resolves once GET /healthz answers `ok: true`.
 */
export async function startOpale(options: StartOptions = {}): Promise<RunningOpale> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'opale-e2e-'));
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PUBLIC_ORIGIN: origin,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // A developer's shell may point these at a real database; a journey always gets its own.
    DATABASE_URL: undefined,
    REDIS_URL: undefined,
    ...options.env,
  };
  const args = [serverEntry, 'serve', ...(options.seedDemo === false ? [] : ['--seed-demo'])];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-64_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killOnExit);
    await stopProcess(child, exited);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(origin, exited, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Opale did not start: ${reason}\n--- server output ---\n${output}`);
  }
  return { origin, dataDir, output: () => output, stop };
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function waitForHealth(
  origin: string,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`the server exited with code ${exitCode}`);
    try {
      const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2_000) });
      const body = (await response.json().catch(() => null)) as { ok?: unknown } | null;
      if (response.status === 200 && body?.ok === true) return;
      last = `GET /healthz answered ${response.status} ${JSON.stringify(body)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((wake) => setTimeout(wake, 150));
  }
  throw new Error(`/healthz was not ok after ${timeoutMs} ms (${last})`);
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

// --- the browser -------------------------------------------------------------------------------

/** Flags that keep Chromium from reaching out to the network it does not have here. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Debian's headless Chromium. Playwright gives each launch a fresh temporary
 * user-data-dir and deletes it on close; use `browser.newContext()` for each signed-in person.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

// --- accessibility -----------------------------------------------------------------------------

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const blocking: ImpactValue[] = ['serious', 'critical'];

/**
 * Runs axe-core on the page as it is now and returns the serious and critical violations.
 * The script goes in through the DevTools protocol, so the app's Content-Security-Policy (which
 * rightly forbids inline scripts) does not block it.
 */
export async function checkAccessibility(page: Page): Promise<Result[]> {
  const injected = await page.evaluate('typeof window.axe === "object"');
  if (!injected) await page.evaluate(`${axeSource}\n;true`);
  const violations = await page.evaluate(async () => {
    type AxeGlobal = { run(context: Document, options: RunOptions): Promise<AxeResults> };
    const { axe } = window as unknown as { axe: AxeGlobal };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations;
  });
  return violations.filter((violation) => violation.impact && blocking.includes(violation.impact));
}

/** One readable paragraph per violation, for assertion messages. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.impact}: ${violation.id} — ${violation.help} (${violation.helpUrl})\n` +
        violation.nodes
          .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
          .join('\n'),
    )
    .join('\n');
}

/** Signs in through the sign-in page (in French, the app's first language) and waits for `next`. */
export async function signInThroughPage(
  page: Page,
  origin: string,
  email: string,
  next: string,
  password = demoPassword,
): Promise<void> {
  await page.goto(`${origin}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`${origin}${next}`);
}

/** Signs in over HTTP, to set a journey up through the API: the session cookie to send. */
export async function signInOverHttp(
  origin: string,
  email: string,
  password = demoPassword,
): Promise<string> {
  const login = await fetch(`${origin}/auth/login`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`signing in ${email}: ${await login.text()}`);
  return (login.headers.get('set-cookie') ?? '').split(';')[0]!;
}
