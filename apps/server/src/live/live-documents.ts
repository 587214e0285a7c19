/**
 * The `/sync/<docName>` endpoint on the HTTP host's port: the sync server over the SQL update
 * log, authorised by sessions and memberships. It is also how the API reaches live connections
 * (ending sessions, changing roles).
 */
import { capacityHistory } from './capacity-history';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '@opale/api';
import { SyncServer, type SyncLimits } from '@opale/sync';
import { SqlDocumentStore } from './sql-document-store';
import { createSyncAuthority } from './sync-authority';

export function createLiveDocuments(
  deps: Pick<ApiDeps, 'db' | 'now' | 'auth' | 'publicOrigin'> & {
    trustProxy: boolean | number | string[];
    limits?: Partial<SyncLimits>;
    log: FastifyInstance['log'];
  },
): SyncServer {
  return new SyncServer({
    store: new SqlDocumentStore(deps.db, deps.now),
    authority: createSyncAuthority(deps),
    projector: capacityHistory(deps.db, deps.now),
    limits: deps.limits,
    addressOf: (request) => clientAddress(request, deps.trustProxy),
    events: {
      refused: (room, connection, reason) =>
        deps.log.warn(
          { doc: room.name, userId: connection.identity.userId, reason },
          'refused a live update',
        ),
      storeFailed: (room, error) =>
        deps.log.error({ doc: room.name, err: error }, 'could not save a live document'),
      error: (error) => deps.log.error({ err: error }, 'live document endpoint failed'),
    },
  });
}

/** Routes websocket upgrades on `/sync/` to the sync server and closes it before the host stops. */
export function attachLiveDocuments(app: FastifyInstance, sync: SyncServer) {
  app.server.on('upgrade', (request, socket, head) => {
    if (sync.handles(request)) void sync.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  // Before the HTTP server waits for its connections: open sockets would hold it forever.
  app.addHook('preClose', async () => {
    await sync.close();
  });
}

/** Behind a trusted proxy, the address it saw (the last one it appended); otherwise the socket's. */
function clientAddress(request: IncomingMessage, trustProxy: boolean | number | string[]): string {
  const socketAddress = request.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return socketAddress;
  const forwarded = request.headers['x-forwarded-for'];
  const chain = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',');
  return chain[chain.length - 1]?.trim() || socketAddress;
}
