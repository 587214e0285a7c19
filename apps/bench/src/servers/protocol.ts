/**
 * What a server under test and the benchmark say to each other over the child-process IPC
 * channel. The child measures itself (CPU time, peak RSS) so the numbers are the server's alone.
 */

import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface ServerConfig {
  /** Users (each with a session) the server must know; the baseline ignores it. */
  users: number;
  /** A fresh folder for the server's files, made and removed by the parent. */
  dataDir: string;
  /** The Origin the clients send (Opale checks it). */
  origin: string;
}

export interface ServerReady {
  type: 'ready';
  port: number;
  /** The path prefix clients connect under, e.g. `/sync`. */
  path: string;
  /** One session cookie per user (`name=value`), or empty when the server needs none. */
  cookies: string[];
  /** Milliseconds the child spent preparing data (not part of any measurement). */
  setupMs: number;
}

export interface ServerStats {
  type: 'stats';
  /** process.cpuUsage() since the child started, in microseconds. */
  cpuUserMicros: number;
  cpuSystemMicros: number;
  /** Peak resident set size since the child started (resourceUsage().maxRSS), in bytes. */
  peakRssBytes: number;
  /** Resident set size now, in bytes. */
  rssBytes: number;
  /** Heap in use now, in bytes. */
  heapUsedBytes: number;
  /** Connections the server holds now, as it counts them. */
  connections: number;
  /** Event-loop delay since the previous stats request (how long the server could not react). */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Durable appends since the previous stats request (Opale only): count and timings. */
  appends?: { count: number; p50Ms: number; p95Ms: number; maxMs: number; totalMs: number };
  /** Set when the server did not answer in time: only the /proc figures are real. */
  unresponsive?: boolean;
}

export type ParentMessage = { type: 'stats' } | { type: 'stop' };
export type ChildMessage = ServerReady | ServerStats | { type: 'error'; message: string };

export function readConfig(): ServerConfig {
  const raw = process.env.OPALE_BENCH_SERVER;
  if (!raw)
    throw new Error('OPALE_BENCH_SERVER is not set: this file is started by the benchmark.');
  return JSON.parse(raw) as ServerConfig;
}

/**
 * The child's side of the channel: answers `stats`, stops on `stop`, and exits by itself when
 * the parent goes away, so a crashed benchmark never leaves a server behind.
 */
export function serveChannel(options: {
  connections: () => number;
  stop: () => Promise<void>;
  /** Extra figures since the previous stats request; the callee resets them. */
  appends?: () => ServerStats['appends'];
}): void {
  const send = (message: ChildMessage) => process.send?.(message);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(code), 5_000);
    force.unref();
    try {
      await options.stop();
    } finally {
      process.exit(code);
    }
  };
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      const memory = process.memoryUsage();
      send({
        type: 'stats',
        cpuUserMicros: cpu.user,
        cpuSystemMicros: cpu.system,
        peakRssBytes: process.resourceUsage().maxRSS * 1024,
        rssBytes: memory.rss,
        heapUsedBytes: memory.heapUsed,
        connections: options.connections(),
        loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
        loopDelayMaxMs: loopDelay.max / 1e6,
        ...(options.appends ? { appends: options.appends() } : {}),
      });
      loopDelay.reset();
    } else if (message.type === 'stop') {
      void stop(0);
    }
  });
  process.on('disconnect', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
}

export function reportError(error: unknown): never {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.send?.({ type: 'error', message } satisfies ChildMessage);
  console.error(message);
  process.exit(1);
}
