/** Real y-websocket clients with real sessions, as a browser would connect. */
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { publicOrigin, type TestServer } from './support';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check: () => boolean, what: string, timeoutMs = 5000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The `ws` class with headers of our choosing (cookie, Origin), which browsers send themselves. */
export function socketClass(headers: Record<string, string>) {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };
}

/** One person's live copy of a board. */
export class LiveBoard {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly closes: number[] = [];
  constructor(
    server: Pick<TestServer, 'url'>,
    cookie: string,
    docName: string,
    origin = publicOrigin,
  ) {
    this.provider = new WebsocketProvider(
      `${server.url.replace('http', 'ws')}/sync`,
      docName,
      this.doc,
      {
        WebSocketPolyfill: socketClass({
          cookie,
          origin,
        }) as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      },
    );
    this.provider.on('closed', (event: { code: number }) => this.closes.push(event.code));
  }
  synced(): Promise<void> {
    return until(() => this.provider.synced, 'the board to sync');
  }
  destroy() {
    this.provider.destroy();
    this.doc.destroy();
  }
}
