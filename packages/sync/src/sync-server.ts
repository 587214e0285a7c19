/**
 * The live-document endpoint: authenticates websocket upgrades on `/sync/<docName>`, keeps one
 * room per loaded document, and reaches connections when memberships or sessions change.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { parseDocName, type DocName, type Locale } from '@opale/core';
import { closeCodes } from '@opale/core';
import { closeReason, Connection } from './connection';
import type { DocumentStore } from './document-store';
import { defaultSyncLimits, type SyncIdentity, type SyncLimits, type SyncPerson } from './identity';
import { Room, type Projector, type RoomEvents } from './room';

export interface SyncAuthority {
  /** Is this Origin allowed to open a socket with the session cookie? */
  originAllowed(origin: string | undefined, request: IncomingMessage): boolean;
  /** The session behind the upgrade's cookie, or null. */
  authenticate(request: IncomingMessage): Promise<SyncPerson | null>;
  /** The person's rights on a document: their identity there (locale kept), or why not. */
  authorize(person: SyncPerson, doc: DocName): Promise<SyncIdentity | 'unknown' | 'forbidden'>;
}

export interface SyncServerOptions {
  store: DocumentStore;
  authority: SyncAuthority;
  limits?: Partial<SyncLimits>;
  events?: RoomEvents & { error?(error: unknown): void };
  /** Keeps what some documents' updates imply elsewhere (e.g. the history of capacity readings). */
  projector?: Projector;
  /** The client address of a request (behind a proxy, the server decides how to read it). */
  addressOf?: (request: IncomingMessage) => string;
}

const pathPrefix = '/sync/';

export class SyncServer {
  private readonly wss: WebSocketServer;
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly connectionsByUser = new Map<string, Set<Connection>>();
  private readonly recentConnections = new Map<string, number[]>();
  readonly limits: SyncLimits;
  private closing = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly unanswered = new WeakSet<WebSocket>();

  constructor(private readonly options: SyncServerOptions) {
    this.limits = { ...defaultSyncLimits, ...options.limits };
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.limits.maxMessageBytes });
    this.heartbeat = setInterval(() => this.checkHeartbeats(), this.limits.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Ends sockets that did not answer the last ping: their phone is gone, so is their presence. */
  private checkHeartbeats() {
    // Forget addresses whose window has passed, or the rate map would grow with every visitor.
    const since = Date.now() - this.limits.connectionWindowMs;
    for (const [address, times] of this.recentConnections) {
      if (times.every((t) => t <= since)) this.recentConnections.delete(address);
    }
    for (const ws of this.wss.clients) {
      if (this.unanswered.has(ws)) {
        ws.terminate();
        continue;
      }
      this.unanswered.add(ws);
      ws.ping();
    }
  }

  /** Whether this server handles the request's path; the HTTP host routes other upgrades away. */
  handles(request: IncomingMessage): boolean {
    return (request.url ?? '').startsWith(pathPrefix);
  }

  async handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', () => socket.destroy());
    if (this.closing) return rejectRaw(socket, 503, 'Service Unavailable');
    const { authority } = this.options;
    if (!authority.originAllowed(request.headers.origin, request)) {
      return rejectRaw(socket, 403, 'Forbidden');
    }
    const address = this.options.addressOf?.(request) ?? request.socket.remoteAddress ?? 'unknown';
    if (!this.admitConnection(address)) return rejectRaw(socket, 429, 'Too Many Requests');

    // Past this point the refusal is sent as a close code the client understands.
    let refusal: { code: number; reason: string } | null = null;
    let identity: SyncIdentity | null = null;
    let docName: DocName | null = null;
    let name = '';
    let locale: Locale | undefined;
    try {
      name = decodeURIComponent((request.url ?? '').slice(pathPrefix.length).split('?')[0] ?? '');
      docName = parseDocName(name);
      const person = await authority.authenticate(request);
      locale = person?.locale;
      if (!person)
        refusal = { code: closeCodes.unauthenticated, reason: 'Sign in again to see this board.' };
      else if (!docName)
        refusal = { code: closeCodes.unknownDocument, reason: 'There is no such board.' };
      else {
        const verdict = await authority.authorize(person, docName);
        if (verdict === 'unknown')
          refusal = { code: closeCodes.unknownDocument, reason: 'There is no such board.' };
        else if (verdict === 'forbidden') {
          refusal = {
            code: closeCodes.forbidden,
            reason: 'You are not a member of this platform.',
          };
        } else identity = verdict;
      }
    } catch (error) {
      this.options.events?.error?.(error);
      return rejectRaw(socket, 500, 'Internal Server Error');
    }

    this.wss.handleUpgrade(request, socket, head, (ws) => {
      if (refusal || !identity || !docName) {
        const r = refusal ?? {
          code: closeCodes.unknownDocument,
          reason: 'There is no such board.',
        };
        ws.close(r.code, closeReason(r.reason, locale));
        return;
      }
      void this.attach(ws, name, docName, identity);
    });
  }

  private async attach(ws: WebSocket, name: string, docName: DocName, identity: SyncIdentity) {
    // Messages that arrive while the room loads are kept, in order.
    const early: Uint8Array[] = [];
    let connection: Connection | null = null;
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      const bytes = isBinary ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
      if (!bytes) {
        ws.close(closeCodes.malformed, 'Only binary messages are understood.');
        return;
      }
      if (connection) connection.receive(bytes);
      else early.push(bytes);
    });
    ws.on('error', () => ws.terminate());
    ws.on('pong', () => this.unanswered.delete(ws));
    let room: Room;
    try {
      room = await this.roomFor(name, docName);
    } catch (error) {
      this.options.events?.error?.(error);
      ws.close(1011, 'The board could not be loaded; try again shortly.');
      return;
    }
    if (ws.readyState !== ws.OPEN) return;
    const current = new Connection(ws, room, identity, this.limits);
    connection = current;
    room.join(current);
    this.track(current);
    ws.on('close', () => {
      current.closed = true;
      this.untrack(current);
      room.leave(current, (idle) => void this.unload(idle));
    });
    current.start();
    for (const bytes of early.splice(0)) current.receive(bytes);
  }

  /** A copy of a document's current state, for readers that are not live clients (feeds, exports). */
  async readDocument(name: string): Promise<Y.Doc> {
    const room = await this.roomFor(name, this.parsedOrThrow(name));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
    room.unloadWhenIdle((idle) => void this.unload(idle));
    return copy;
  }

  /**
   * Makes a change on the server on behalf of `author` (who the caller has authorised), logged and
   * relayed like any live edit. `write` edits a copy; only what it changed is applied.
   */
  async writeDocument(name: string, author: string, write: (doc: Y.Doc) => void): Promise<void> {
    const room = await this.roomFor(name, this.parsedOrThrow(name));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
    const changes: Uint8Array[] = [];
    copy.on('update', (update: Uint8Array) => changes.push(update));
    write(copy);
    copy.destroy();
    if (changes.length > 0) await room.applyTrusted(Y.mergeUpdates(changes), author);
    room.unloadWhenIdle((idle) => void this.unload(idle));
  }

  private parsedOrThrow(name: string): DocName {
    const parsed = parseDocName(name);
    if (!parsed) throw new Error(`"${name}" is not a board name.`);
    return parsed;
  }

  private roomFor(name: string, docName: DocName): Promise<Room> {
    let room = this.rooms.get(name);
    if (!room) {
      room = Room.load(
        name,
        docName,
        this.options.store,
        this.limits,
        this.options.events ?? {},
        this.options.projector ?? null,
      );
      this.rooms.set(name, room);
      room.catch(() => this.rooms.delete(name));
    }
    return room;
  }

  private async unload(room: Room) {
    if (room.connections.size > 0 || this.rooms.get(room.name) === undefined) return;
    this.rooms.delete(room.name);
    await room.unload();
  }

  private admitConnection(address: string): boolean {
    const now = Date.now();
    const since = now - this.limits.connectionWindowMs;
    const recent = (this.recentConnections.get(address) ?? []).filter((t) => t > since);
    if (recent.length >= this.limits.connectionsPerWindow) {
      this.recentConnections.set(address, recent);
      return false;
    }
    recent.push(now);
    this.recentConnections.set(address, recent);
    return true;
  }

  private track(connection: Connection) {
    let set = this.connectionsByUser.get(connection.identity.userId);
    if (!set) this.connectionsByUser.set(connection.identity.userId, (set = new Set()));
    set.add(connection);
  }

  private untrack(connection: Connection) {
    const set = this.connectionsByUser.get(connection.identity.userId);
    set?.delete(connection);
    if (set?.size === 0) this.connectionsByUser.delete(connection.identity.userId);
  }

  /** Closes every connection opened with one of these sessions (sign-out, removal). */
  closeSessions(sessionIds: readonly string[]) {
    const ended = new Set(sessionIds);
    for (const set of this.connectionsByUser.values()) {
      for (const connection of set) {
        if (ended.has(connection.identity.sessionId)) {
          connection.close(closeCodes.unauthenticated, 'Your session has ended. Sign in again.');
        }
      }
    }
  }

  /** Re-reads a person's rights on each of their open documents and applies them at once. */
  async refreshUser(userId: string) {
    const connections = [...(this.connectionsByUser.get(userId) ?? [])];
    await Promise.all(connections.map((connection) => this.reauthorize(connection)));
  }

  private async reauthorize(connection: Connection) {
    const verdict = await this.options.authority
      .authorize(connection.identity, connection.room.docName)
      .catch((error: unknown) => {
        // Rights that cannot be read are no rights: close rather than keep stale ones.
        this.options.events?.error?.(error);
        return 'forbidden' as const;
      });
    if (verdict === 'unknown' || verdict === 'forbidden') {
      connection.close(closeCodes.forbidden, 'You no longer have access to this board.');
    } else {
      connection.updateIdentity(verdict);
    }
  }

  /**
   * Re-reads the rights of everyone connected to one document (a group whose organisations
   * changed, or that was removed) and applies them at once.
   */
  async refreshDocument(name: string) {
    const connections = [...this.connectionsByUser.values()].flatMap((set) =>
      [...set].filter((connection) => connection.room.name === name),
    );
    await Promise.all(connections.map((connection) => this.reauthorize(connection)));
  }

  /** Loaded documents and open connections, for health checks and benchmarks. */
  stats() {
    let connections = 0;
    for (const set of this.connectionsByUser.values()) connections += set.size;
    return { documents: this.rooms.size, connections };
  }

  /** Stops accepting, closes every connection, and saves every loaded document. */
  async close() {
    this.closing = true;
    clearInterval(this.heartbeat);
    for (const set of this.connectionsByUser.values()) {
      for (const connection of set)
        connection.close(closeCodes.goingAway, 'The server is restarting.');
    }
    const loading = [...this.rooms.values()];
    this.rooms.clear();
    // A room that failed to load has nothing to save.
    await Promise.all(
      loading.map((room) =>
        room.then(
          (r) => r.unload(),
          () => undefined,
        ),
      ),
    );
    this.wss.close();
  }
}

function rejectRaw(socket: Duplex, status: number, text: string) {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
