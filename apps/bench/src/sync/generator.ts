/**
 * The load generator: `threads` worker threads, each holding a slice of the clients (client i
 * lives in shard i mod threads). All shards share one monotonic clock, so a latency measured in
 * one thread for an edit sent from another is exact.
 */
import { Worker } from 'node:worker_threads';
import type { Collected, ConnectRequest, ShardRequest, ShardStatus, WriteRequest } from './shard';

const entry = new URL('./shard-entry.mjs', import.meta.url);

class ShardHandle {
  private readonly worker: Worker;
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private failure: Error | null = null;

  constructor() {
    this.worker = new Worker(entry);
    this.worker.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) waiter.reject(new Error(message.error));
      else waiter.resolve(message.result);
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`load-generator thread exited (${code})`)));
  }

  call<T>(op: ShardRequest['op'], args: unknown, timeoutMs = 600_000): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`load-generator thread: ${op} took longer than ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.worker.postMessage({ id, op, args });
    });
  }

  async terminate(): Promise<void> {
    this.failure ??= new Error('terminated');
    await this.worker.terminate();
  }
}

export class LoadGenerator {
  private readonly shards: ShardHandle[];

  constructor(readonly threads: number) {
    this.shards = Array.from({ length: Math.max(1, threads) }, () => new ShardHandle());
  }

  private all<T>(op: ShardRequest['op'], args: (shard: number) => unknown, timeoutMs?: number) {
    return Promise.all(this.shards.map((s, i) => s.call<T>(op, args(i), timeoutMs)));
  }

  shardOf(index: number): number {
    return index % this.shards.length;
  }

  async connect(
    count: number,
    common: Omit<ConnectRequest, 'clients'>,
    cookieOf: (index: number) => string | null,
  ): Promise<void> {
    await this.all('connect', (shard) => {
      const clients: ConnectRequest['clients'] = [];
      for (let i = shard; i < count; i += this.shards.length) {
        clients.push({ index: i, cookie: cookieOf(i) });
      }
      // Each shard connects its own batch at once: the batches together stay near `batch`.
      return {
        ...common,
        batch: Math.max(1, Math.ceil(common.batch / this.shards.length)),
        clients,
      };
    });
  }

  async spreadPresence(spreadMs: number, total: number): Promise<void> {
    await this.all('spreadPresence', () => ({ spreadMs, total }));
  }

  /** Runs the writers (client indices) in their shards; resolves with every send lag. */
  async write(writerIndices: number[], args: Omit<WriteRequest, 'writers'>): Promise<number[]> {
    const lags = await this.all<number[]>('write', (shard) => ({
      ...args,
      writers: writerIndices
        .map((index, writer) => ({ index, writer }))
        .filter(({ index }) => this.shardOf(index) === shard),
    }));
    return lags.flat();
  }

  async delivered(): Promise<number> {
    const counts = await this.all<number>('delivered', () => null, 30_000);
    return counts.reduce((a, b) => a + b, 0);
  }

  async collect(): Promise<{ latencies: number[]; deliveries: Map<string, number>; late: number }> {
    const parts = await this.all<Collected>('collect', () => null, 60_000);
    const latencies: number[] = [];
    const deliveries = new Map<string, number>();
    let late = 0;
    for (const part of parts) {
      for (const value of part.latencies) latencies.push(value);
      for (const [key, count] of part.deliveries) {
        deliveries.set(key, (deliveries.get(key) ?? 0) + count);
      }
      late += part.late;
    }
    return { latencies, deliveries, late };
  }

  async resetMeters(): Promise<void> {
    await this.all('resetMeter', () => null, 30_000);
  }

  async status(): Promise<ShardStatus> {
    const parts = await this.all<ShardStatus>('status', () => null, 30_000);
    return {
      disconnects: parts.reduce((sum, p) => sum + p.disconnects, 0),
      closeCodes: [...new Set(parts.flatMap((p) => p.closeCodes))],
      loopDelayP99Ms: Math.max(...parts.map((p) => p.loopDelayP99Ms)),
      loopDelayMaxMs: Math.max(...parts.map((p) => p.loopDelayMaxMs)),
    };
  }

  /** Closes every client, then ends the threads; never throws. */
  async close(): Promise<void> {
    await Promise.allSettled(this.shards.map((s) => s.call('destroy', null, 30_000)));
    await Promise.allSettled(this.shards.map((s) => s.terminate()));
  }
}
