/**
 * One simulated browser tab: a Y.Doc and the stock y-websocket client, with the cookie and Origin
 * a browser would send (the `ws` class with headers, as WebSocketPolyfill).
 */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { sleep } from '../stats';

export interface ClientOptions {
  /** Base URL, e.g. ws://127.0.0.1:1234/sync; the document name is appended by y-websocket. */
  url: string;
  docName: string;
  /** `name=value`, or null for a server that needs none. */
  cookie: string | null;
  origin: string;
  /** Publish a presence (awareness) state, as the stock client does by default. */
  awareness: boolean;
}

function socketClass(cookie: string | null, origin: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { origin, ...(cookie ? { cookie } : {}) } });
    }
  } as typeof WebSocket;
}

export class BenchClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** Times this client lost its connection after it first connected. */
  disconnects = 0;
  /** Close codes the server sent (4xxx are Opale's refusals). */
  readonly closeCodes: number[] = [];
  private connectedOnce = false;

  constructor(
    readonly index: number,
    options: ClientOptions,
  ) {
    this.provider = new WebsocketProvider(options.url, options.docName, this.doc, {
      connect: false,
      disableBc: true,
      WebSocketPolyfill: socketClass(
        options.cookie,
        options.origin,
      ) as unknown as typeof globalThis.WebSocket,
    });
    if (!options.awareness) this.provider.awareness.setLocalState(null);
    this.provider.on('status', ({ status }) => {
      if (status === 'connected') this.connectedOnce = true;
      else if (status === 'disconnected' && this.connectedOnce) this.disconnects += 1;
    });
    // The event is the socket's CloseEvent (a DOM type this Node build does not declare).
    this.provider.on('connection-close', (event: unknown) => {
      const code = (event as { code?: unknown } | null)?.code;
      if (typeof code === 'number') this.closeCodes.push(code);
    });
    this.provider.connect();
  }

  get synced(): boolean {
    return this.provider.synced;
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}

/**
 * Opens `count` clients in batches, each batch synced before the next starts (a burst of 1,000
 * simultaneous handshakes would measure the accept queue, not the server). Throws when a batch
 * does not sync in time; the clients opened so far are in `into` for the caller to destroy.
 */
export async function connectClients(
  count: number,
  optionsFor: (index: number) => ClientOptions,
  into: BenchClient[],
  {
    batch = 50,
    batchTimeoutMs = 60_000,
    indexOf = (i: number) => i,
  }: { batch?: number; batchTimeoutMs?: number; indexOf?: (i: number) => number } = {},
): Promise<void> {
  // Each provider adds a process 'exit' listener (to withdraw its presence); not a leak.
  process.setMaxListeners(Math.max(process.getMaxListeners(), into.length + count + 20));
  const first = into.length;
  for (let start = 0; start < count; start += batch) {
    const end = Math.min(count, start + batch);
    for (let i = start; i < end; i++) into.push(new BenchClient(indexOf(i), optionsFor(i)));
    const deadline = Date.now() + batchTimeoutMs;
    for (;;) {
      const waiting = into.slice(first + start, first + end).filter((c) => !c.synced);
      if (waiting.length === 0) break;
      if (Date.now() > deadline) {
        const codes = [...new Set(waiting.flatMap((c) => c.closeCodes))].join(', ') || 'none';
        throw new Error(
          `${waiting.length} of clients ${start}–${end - 1} did not sync within ` +
            `${batchTimeoutMs} ms (close codes seen: ${codes})`,
        );
      }
      await sleep(10);
    }
  }
}
