/**
 * The two scenarios of the sync benchmark, each against a fresh server child:
 *
 * - edits: N synced clients on one document; `writers` of them write new site entries at `rate`
 *   edits/s each for `durationMs`; every other client records when each entry arrives.
 * - idle: N synced clients that write nothing, held open for `holdMs`; the server's memory.
 *
 * The clients run in the load generator's worker threads (./generator.ts), on one clock.
 */
import { startServer, type RunningServer, type ServerKind } from '../servers/launch';
import type { ServerStats } from '../servers/protocol';
import { nowMs, sleep, summarise, type Summary } from '../stats';
import { busyCpuSeconds, waitForQuiet } from '../system';
import { LoadGenerator } from './generator';

export const benchDocName = 'schedule:calais';
export const benchOrigin = 'http://opale.bench';

export interface CommonOptions {
  awareness: boolean;
  connectBatch: number;
  /** Quiet time after every client synced, before measuring. */
  settleMs: number;
  /** With presence on: spread the clients' presence renewals over this long (0: leave them). */
  presenceSpreadMs: number;
  /** Load-generator worker threads. */
  threads: number;
  /** Longest wait for the machine to be idle before a scenario (others may share it). */
  quietWaitMs: number;
  tempRoot?: string;
}

export interface EditOptions extends CommonOptions {
  clients: number;
  writers: number;
  /** Edits per second per writer. */
  rate: number;
  durationMs: number;
  /** Longest wait after the last edit for deliveries still in flight. */
  drainMs: number;
}

export interface IdleOptions extends CommonOptions {
  clients: number;
  holdMs: number;
}

/** Who used the CPU during a measured phase, in cores (1 = one core busy the whole time). */
export interface CpuShares {
  server: number;
  generator: number;
  /** Everything else on the machine (other processes); null off Linux. */
  others: number | null;
}

export interface ServerUsage {
  /** CPU seconds (user + system) during the measured phase (edits and drain, or the hold). */
  phaseCpuSeconds: number;
  /** CPU seconds since the server started (includes setup and connections). */
  totalCpuSeconds: number;
  /** Resident memory when it was ready, before any client. */
  startRssBytes: number;
  /** Resident memory at the end of the phase. */
  endRssBytes: number;
  /** Peak resident memory over the server's whole life. */
  peakRssBytes: number;
  /** Connections the server counted when the phase began. */
  connections: number;
}

interface Scenario {
  server: ServerKind;
  clients: number;
  connectSeconds: number;
  disconnects: number;
  closeCodes: number[];
  serverUsage: ServerUsage;
  /** Machine load just before the scenario (cores busy), after waiting for quiet. */
  loadBefore: number | null;
  cpu: CpuShares;
  generatorLoopDelayP99Ms: number;
  serverLoopDelayP99Ms: number;
  serverLoopDelayMaxMs: number;
  /** The server did not answer a stats request within 20 s (its figures then come from /proc). */
  serverUnresponsive: boolean;
}

export interface EditResult extends Scenario {
  kind: 'edits';
  writers: number;
  edits: number;
  expectedDeliveries: number;
  deliveries: number;
  lost: number;
  /** Deliveries that arrived after the drain period (counted as lost too). */
  late: number;
  latency: Summary;
  /** How late the generator's timers fired the edits, ms. */
  sendLag: Summary;
  /** Seconds from the last edit until every delivery arrived (or the drain limit). */
  drainSeconds: number;
  /** Opale's durable appends while the edits were being sent. */
  appends: ServerStats['appends'] | null;
}

export interface IdleResult extends Scenario {
  kind: 'idle';
  holdSeconds: number;
}

function cpuSeconds(s: ServerStats): number {
  return (s.cpuUserMicros + s.cpuSystemMicros) / 1e6;
}

/** Measures CPU shares between now and `stop()`. */
function cpuMeter(serverBefore: ServerStats) {
  const generatorStart = process.cpuUsage();
  const machineStart = busyCpuSeconds();
  const wallStart = nowMs();
  return (serverAfter: ServerStats): CpuShares => {
    const wall = (nowMs() - wallStart) / 1000;
    const generatorCpu = process.cpuUsage(generatorStart);
    const generator = (generatorCpu.user + generatorCpu.system) / 1e6;
    const server = cpuSeconds(serverAfter) - cpuSeconds(serverBefore);
    const machineEnd = busyCpuSeconds();
    const machine = machineStart === null || machineEnd === null ? null : machineEnd - machineStart;
    return {
      server: server / wall,
      generator: generator / wall,
      others: machine === null ? null : Math.max(0, machine - server - generator) / wall,
    };
  };
}

function usage(start: ServerStats, before: ServerStats, after: ServerStats): ServerUsage {
  return {
    phaseCpuSeconds: cpuSeconds(after) - cpuSeconds(before),
    totalCpuSeconds: cpuSeconds(after),
    startRssBytes: start.rssBytes,
    endRssBytes: after.rssBytes,
    peakRssBytes: after.peakRssBytes,
    connections: before.connections,
  };
}

interface Session {
  server: RunningServer;
  generator: LoadGenerator;
  start: ServerStats;
  connectSeconds: number;
  loadBefore: number | null;
}

async function withSession<T>(
  kind: ServerKind,
  options: CommonOptions & { clients: number },
  body: (session: Session) => Promise<T>,
): Promise<T> {
  const loadBefore = options.quietWaitMs > 0 ? await waitForQuiet(options.quietWaitMs) : null;
  const server = await startServer(kind, {
    users: options.clients,
    origin: benchOrigin,
    ...(options.tempRoot ? { tempRoot: options.tempRoot } : {}),
  });
  const generator = new LoadGenerator(options.threads);
  try {
    const start = await server.stats();
    const began = nowMs();
    await generator.connect(
      options.clients,
      {
        url: server.url,
        docName: benchDocName,
        origin: benchOrigin,
        awareness: options.awareness,
        batch: options.connectBatch,
      },
      (i) => server.cookies[i] ?? null,
    );
    const connectSeconds = (nowMs() - began) / 1000;
    if (options.awareness && options.presenceSpreadMs > 0) {
      await generator.spreadPresence(options.presenceSpreadMs, options.clients);
    }
    await sleep(options.settleMs);
    return await body({ server, generator, start, connectSeconds, loadBefore });
  } finally {
    await generator.close();
    await server.stop();
  }
}

export function runEdits(kind: ServerKind, options: EditOptions): Promise<EditResult> {
  return withSession(
    kind,
    options,
    async ({ server, generator, start, connectSeconds, loadBefore }) => {
      const writerCount = Math.min(options.writers, options.clients);
      const stride = Math.max(1, Math.floor(options.clients / writerCount));
      const writers = Array.from({ length: writerCount }, (_, w) => w * stride);
      const editsPerWriter = Math.max(1, Math.floor((options.durationMs / 1000) * options.rate));
      const edits = writerCount * editsPerWriter;
      const expected = edits * (options.clients - 1);

      const before = await server.stats();
      await generator.resetMeters();
      const meter = cpuMeter(before);
      const sendLags = await generator.write(writers, {
        writerCount,
        periodMs: 1000 / options.rate,
        editsPerWriter,
        startAt: nowMs() + 100,
      });
      const whileSending = await server.stats();
      const generatorStatus = await generator.status();

      // Drain: wait for the deliveries still in flight, up to drainMs.
      const drainStart = nowMs();
      let delivered = 0;
      for (;;) {
        delivered = await generator.delivered();
        if (delivered >= expected || nowMs() - drainStart > options.drainMs) break;
        await sleep(50);
      }
      const drainSeconds = (nowMs() - drainStart) / 1000;
      const collected = await generator.collect();
      const after = await server.stats();
      const cpu = meter(after);
      const status = await generator.status();

      let deliveries = 0;
      for (const count of collected.deliveries.values()) deliveries += count;
      return {
        kind: 'edits',
        server: kind,
        clients: options.clients,
        writers: writerCount,
        edits,
        expectedDeliveries: expected,
        deliveries,
        lost: expected - deliveries,
        late: collected.late,
        latency: summarise(collected.latencies),
        sendLag: summarise(sendLags),
        connectSeconds,
        drainSeconds,
        disconnects: status.disconnects,
        closeCodes: status.closeCodes,
        serverUsage: usage(start, before, after),
        loadBefore,
        cpu,
        generatorLoopDelayP99Ms: generatorStatus.loopDelayP99Ms,
        serverLoopDelayP99Ms: whileSending.loopDelayP99Ms,
        serverLoopDelayMaxMs: whileSending.loopDelayMaxMs,
        serverUnresponsive: [before, whileSending, after].some((x) => x.unresponsive === true),
        appends: whileSending.appends ?? null,
      };
    },
  );
}

export function runIdle(kind: ServerKind, options: IdleOptions): Promise<IdleResult> {
  return withSession(
    kind,
    options,
    async ({ server, generator, start, connectSeconds, loadBefore }) => {
      const before = await server.stats();
      await generator.resetMeters();
      const meter = cpuMeter(before);
      const began = nowMs();
      await sleep(options.holdMs);
      const after = await server.stats();
      const cpu = meter(after);
      const status = await generator.status();
      return {
        kind: 'idle',
        server: kind,
        clients: options.clients,
        connectSeconds,
        holdSeconds: (nowMs() - began) / 1000,
        disconnects: status.disconnects,
        closeCodes: status.closeCodes,
        serverUsage: usage(start, before, after),
        loadBefore,
        cpu,
        generatorLoopDelayP99Ms: status.loopDelayP99Ms,
        serverLoopDelayP99Ms: after.loopDelayP99Ms,
        serverLoopDelayMaxMs: after.loopDelayMaxMs,
        serverUnresponsive: [before, after].some((x) => x.unresponsive === true),
      };
    },
  );
}
