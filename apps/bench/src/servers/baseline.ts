/**
 * The baseline: the stock Yjs websocket server (`@y/websocket-server@0.1.1`, its
 * `setupWSConnection`) behind a plain node http server. No authentication, no persistence (no
 * YPERSISTENCE, no CALLBACK_URL), garbage collection on (its default). Started by the benchmark as
 * a child process (see ./protocol.ts).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';
import { readConfig, reportError, serveChannel } from './protocol';

const pathPrefix = '/sync/';

async function main() {
  readConfig();
  const started = performance.now();
  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', (ws, request) => {
    const docName = decodeURIComponent(
      (request.url ?? '').slice(pathPrefix.length).split('?')[0] ?? '',
    );
    setupWSConnection(ws, request, { docName });
  });
  const http = createServer((_request, response) => response.writeHead(404).end());
  http.on('upgrade', (request, socket, head) => {
    if (!(request.url ?? '').startsWith(pathPrefix)) return socket.destroy();
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));

  serveChannel({
    connections: () => wss.clients.size,
    stop: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  });
  process.send?.({
    type: 'ready',
    port: (http.address() as AddressInfo).port,
    path: '/sync',
    cookies: [],
    setupMs: performance.now() - started,
  });
}

main().catch(reportError);
