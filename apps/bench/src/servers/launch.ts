/**
 * Starts a server under test in a child process and talks to it. Every child and temp folder is
 * registered so that `cleanUp()` (called on exit, on signals and after each run) removes them.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ServerConfig, ServerReady, ServerStats } from './protocol';

export const serverKinds = ['opale', 'baseline'] as const;
export type ServerKind = (typeof serverKinds)[number];

const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(here, '..', '..');
const entries: Record<ServerKind, string> = {
  opale: path.join(here, 'opale.ts'),
  baseline: path.join(here, 'baseline.ts'),
};

const liveChildren = new Set<ChildProcess>();
const liveDirs = new Set<string>();

/** Kills every child still running and removes every temp folder. Safe to call many times. */
export function cleanUp(): void {
  for (const child of liveChildren) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  liveChildren.clear();
  for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
  liveDirs.clear();
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ); 100 on every common Linux build. */
const ticksPerSecond = 100;

/** CPU time and memory of a process from /proc, or null off Linux. */
export function procStats(
  pid: number | undefined,
): Pick<ServerStats, 'cpuUserMicros' | 'cpuSystemMicros' | 'peakRssBytes' | 'rssBytes'> | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    const peak = kb('VmHWM');
    const rss = kb('VmRSS');
    if (![utime, stime, peak, rss].every(Number.isFinite)) return null;
    return {
      cpuUserMicros: (utime / ticksPerSecond) * 1e6,
      cpuSystemMicros: (stime / ticksPerSecond) * 1e6,
      peakRssBytes: peak * 1024,
      rssBytes: rss * 1024,
    };
  } catch {
    return null;
  }
}

let hooksInstalled = false;
function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', cleanUp);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      cleanUp();
      process.exit(130);
    });
  }
}

export interface RunningServer {
  kind: ServerKind;
  pid: number;
  /** The websocket base URL the y-websocket clients get (the document name is appended). */
  url: string;
  cookies: string[];
  setupMs: number;
  stats(): Promise<ServerStats>;
  /** Asks the server to stop, kills it if it does not within a few seconds, removes its folder. */
  stop(): Promise<void>;
}

export async function startServer(
  kind: ServerKind,
  options: { users: number; origin: string; tempRoot?: string; startTimeoutMs?: number },
): Promise<RunningServer> {
  installExitHooks();
  const dataDir = mkdtempSync(path.join(options.tempRoot ?? tmpdir(), `opale-bench-${kind}-`));
  liveDirs.add(dataDir);
  const config: ServerConfig = { users: options.users, dataDir, origin: options.origin };
  const child = fork(entries[kind], [], {
    // The child is node itself with tsx as a loader, so its pid, CPU time and RSS are the server's.
    // `--import tsx` resolves from the child's working folder: this package, which depends on tsx.
    // OPALE_BENCH_SERVER_ARGS adds node flags to the server only, e.g. `--cpu-prof`.
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.OPALE_BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? []),
    ],
    cwd: packageDir,
    env: { ...process.env, OPALE_BENCH_SERVER: JSON.stringify(config) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  liveChildren.add(child);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waiters: ((message: ChildMessage) => void)[] = [];
  child.on('message', (message: ChildMessage) => {
    for (const waiter of waiters.splice(0)) waiter(message);
  });

  const next = <T extends ChildMessage['type']>(type: T, timeoutMs: number) =>
    new Promise<Extract<ChildMessage, { type: T }>>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${kind} server sent no ${type} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const onExit = () => {
        clearTimeout(timer);
        reject(new Error(`${kind} server exited (code ${child.exitCode}) before sending ${type}`));
      };
      child.once('exit', onExit);
      const wait = (message: ChildMessage) => {
        if (message.type === type) {
          clearTimeout(timer);
          child.off('exit', onExit);
          resolve(message as Extract<ChildMessage, { type: T }>);
        } else if (message.type === 'error') {
          clearTimeout(timer);
          child.off('exit', onExit);
          reject(new Error(`${kind} server failed: ${message.message}`));
        } else waiters.push(wait);
      };
      waiters.push(wait);
    });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      if (child.connected) child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    liveChildren.delete(child);
    rmSync(dataDir, { recursive: true, force: true });
    liveDirs.delete(dataDir);
  };

  let ready: ServerReady;
  try {
    ready = await next('ready', options.startTimeoutMs ?? 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    kind,
    pid: child.pid ?? -1,
    url: `ws://127.0.0.1:${ready.port}${ready.path}`,
    cookies: ready.cookies,
    setupMs: ready.setupMs,
    stats: async () => {
      // CPU and memory come from /proc when it exists: an overloaded server answers IPC late, but
      // the kernel's figures are always there. The rest comes over IPC, or is unknown.
      const fromProc = procStats(child.pid);
      const reply = next('stats', 20_000);
      child.send({ type: 'stats' });
      let stats: ServerStats;
      try {
        stats = await reply;
      } catch (error) {
        if (!fromProc || child.exitCode !== null) throw error;
        stats = {
          type: 'stats',
          ...fromProc,
          heapUsedBytes: Number.NaN,
          connections: Number.NaN,
          loopDelayP99Ms: Number.NaN,
          loopDelayMaxMs: Number.NaN,
          unresponsive: true,
        };
      }
      return fromProc ? { ...stats, ...fromProc } : stats;
    },
    stop,
  };
}
