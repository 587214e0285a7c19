/**
 * One load-generator thread: a slice of the clients. The main thread drives every shard with the
 * requests below; times are process.hrtime (one monotonic clock for every thread), and each edit
 * carries its send time inside the entry, so any thread can measure its arrival.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import type * as Y from 'yjs';
import { scheduleBoard } from '@opale/core';
import { nowMs, sleep } from '../stats';
import { connectClients, type BenchClient } from './client';

export interface ConnectRequest {
  url: string;
  docName: string;
  origin: string;
  awareness: boolean;
  batch: number;
  clients: { index: number; cookie: string | null }[];
}

export interface WriteRequest {
  /** Writers of this shard: the client index and the writer number. */
  writers: { index: number; writer: number }[];
  writerCount: number;
  periodMs: number;
  editsPerWriter: number;
  /** When the first edit is due, on the nowMs clock. */
  startAt: number;
}

export interface Collected {
  latencies: Float64Array;
  /** Per edit key, how many clients of this shard received it. */
  deliveries: [string, number][];
  late: number;
}

export interface ShardStatus {
  disconnects: number;
  closeCodes: number[];
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

export type ShardRequest =
  | { op: 'connect'; args: ConnectRequest }
  | { op: 'spreadPresence'; args: { spreadMs: number; total: number } }
  | { op: 'write'; args: WriteRequest }
  | { op: 'delivered'; args: null }
  | { op: 'collect'; args: null }
  | { op: 'resetMeter'; args: null }
  | { op: 'status'; args: null }
  | { op: 'destroy'; args: null };

const sentPrefix = 'sent at ';

/** The key and fields of edit `n` of writer `w`: `site:<w>-<n>`, with its send time. */
export function writeEdit(doc: Y.Doc, writer: number, n: number): void {
  const id = `${writer}-${n}`;
  scheduleBoard.writeSite(doc, id, {
    name: `Bench site ${id}`,
    description: `${sentPrefix}${nowMs().toFixed(3)}`,
  });
}

export class Shard {
  readonly clients: BenchClient[] = [];
  private latencies: number[] = [];
  private deliveries = new Map<string, number>();
  private late = 0;
  private measuring = true;
  private loopDelay = monitorEventLoopDelay({ resolution: 10 });

  constructor() {
    this.loopDelay.enable();
  }

  async connect(args: ConnectRequest): Promise<void> {
    await connectClients(
      args.clients.length,
      (i) => ({
        url: args.url,
        docName: args.docName,
        cookie: args.clients[i]!.cookie,
        origin: args.origin,
        awareness: args.awareness,
      }),
      this.clients,
      { batch: args.batch, indexOf: (i) => args.clients[i]!.index },
    );
    for (const client of this.clients) this.observe(client);
  }

  private observe(client: BenchClient) {
    const sites = client.doc.getMap<Y.Map<unknown>>(scheduleBoard.sitesRoot);
    sites.observe((event) => {
      if (event.transaction.local) return;
      const arrived = nowMs();
      for (const [key, change] of event.changes.keys) {
        if (change.action !== 'add') continue;
        const description = sites.get(key)?.get('description');
        if (typeof description !== 'string' || !description.startsWith(sentPrefix)) continue;
        if (!this.measuring) {
          this.late += 1;
          continue;
        }
        this.deliveries.set(key, (this.deliveries.get(key) ?? 0) + 1);
        this.latencies.push(arrived - Number(description.slice(sentPrefix.length)));
      }
    });
  }

  /**
   * Clients that connected together renew their presence together (every 15 s), in bursts of
   * N² messages; browsers open a board at different times. Re-announcing each presence once, at
   * evenly spread moments, spreads the renewals over the cycle.
   */
  async spreadPresence({ spreadMs, total }: { spreadMs: number; total: number }): Promise<void> {
    const timers = this.clients.map((client) =>
      setTimeout(
        () => client.provider.awareness.setLocalState(client.provider.awareness.getLocalState()),
        (((client.index * 7919) % total) / total) * spreadMs,
      ),
    );
    await sleep(spreadMs);
    timers.forEach(clearTimeout);
  }

  /** Runs this shard's writers; resolves with how late each edit left (ms). */
  async write(args: WriteRequest): Promise<number[]> {
    const lags: number[] = [];
    const byIndex = new Map(this.clients.map((c) => [c.index, c]));
    await Promise.all(
      args.writers.map(async ({ index, writer }) => {
        const client = byIndex.get(index);
        if (!client) throw new Error(`client ${index} is not in this shard`);
        for (let n = 0; n < args.editsPerWriter; n++) {
          const due =
            args.startAt + (writer * args.periodMs) / args.writerCount + n * args.periodMs;
          const wait = due - nowMs();
          if (wait > 0) await sleep(wait);
          lags.push(nowMs() - due);
          writeEdit(client.doc, writer, n);
        }
      }),
    );
    return lags;
  }

  delivered(): number {
    let sum = 0;
    for (const count of this.deliveries.values()) sum += count;
    return sum;
  }

  collect(): Collected {
    this.measuring = false;
    return {
      latencies: Float64Array.from(this.latencies),
      deliveries: [...this.deliveries],
      late: this.late,
    };
  }

  resetMeter(): void {
    this.loopDelay.reset();
  }

  status(): ShardStatus {
    return {
      disconnects: this.clients.reduce((sum, c) => sum + c.disconnects, 0),
      closeCodes: [...new Set(this.clients.flatMap((c) => c.closeCodes))],
      loopDelayP99Ms: this.loopDelay.percentile(99) / 1e6,
      loopDelayMaxMs: this.loopDelay.max / 1e6,
    };
  }

  destroy(): void {
    for (const client of this.clients.splice(0)) client.destroy();
    this.loopDelay.disable();
  }
}

/** Serves a Shard over the worker's port: `{ id, op, args }` in, `{ id, result | error }` out. */
export function serveShard(): void {
  const port = parentPort;
  if (!port) throw new Error('shard.ts runs in a worker thread');
  const shard = new Shard();
  port.on('message', (message: ShardRequest & { id: number }) => {
    const run = async (): Promise<unknown> => {
      switch (message.op) {
        case 'connect':
          return shard.connect(message.args);
        case 'spreadPresence':
          return shard.spreadPresence(message.args);
        case 'write':
          return shard.write(message.args);
        case 'delivered':
          return shard.delivered();
        case 'collect':
          return shard.collect();
        case 'resetMeter':
          return shard.resetMeter();
        case 'status':
          return shard.status();
        case 'destroy':
          return shard.destroy();
      }
    };
    run().then(
      (result) => {
        const transfer = result && typeof result === 'object' && 'latencies' in result;
        port.postMessage(
          { id: message.id, result },
          transfer ? [(result as Collected).latencies.buffer as ArrayBuffer] : [],
        );
      },
      (error: unknown) =>
        port.postMessage({
          id: message.id,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
  });
}
