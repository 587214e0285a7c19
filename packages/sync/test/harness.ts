/**
 * A real sync server on a loopback port with real y-websocket clients. Identities come from a
 * cookie naming a test person; the server's composition (apps/server) supplies the real
 * session-backed authority, tested there.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { Locale, Role } from '@opale/core';
import {
  MemoryDocumentStore,
  SyncServer,
  type DocumentStore,
  type Projector,
  type SyncIdentity,
  type SyncLimits,
} from '../src';

export const origin = 'http://opale.test';

export interface Person {
  userId: string;
  name: string;
  organisationId: string;
  role: Role;
  /** Platforms this person belongs to. */
  platforms: string[];
  /** Their account's language; refusals are told in it. */
  locale?: Locale;
}

export function person(
  userId: string,
  role: Role,
  organisationId = 'org-a',
  platforms = ['calais'],
): Person {
  return { userId, name: `${userId} (${role})`, organisationId, role, platforms };
}

export class TestSyncServer {
  private sessionCount = 0;
  private constructor(
    readonly http: Server,
    readonly sync: SyncServer,
    readonly url: string,
    readonly store: DocumentStore,
    readonly people: Map<string, Person>,
    /** sessionId → userId */
    readonly sessions: Map<string, string>,
    readonly refusals: string[],
  ) {}

  static async start(
    options: {
      store?: DocumentStore;
      limits?: Partial<SyncLimits>;
      port?: number;
      projector?: Projector;
    } = {},
  ) {
    const store = options.store ?? new MemoryDocumentStore();
    const people = new Map<string, Person>();
    const refusals: string[] = [];
    const sessions = new Map<string, string>();
    const sync = new SyncServer({
      store,
      limits: { idleUnloadMs: 200, ...options.limits },
      projector: options.projector,
      events: { refused: (_room, _c, reason) => refusals.push(reason) },
      authority: {
        originAllowed: (o) => o === origin,
        async authenticate(request: IncomingMessage) {
          const match = /session=([^;]+)/.exec(request.headers.cookie ?? '');
          const sessionId = match?.[1];
          const userId = sessionId ? sessions.get(sessionId) : undefined;
          const p = userId ? people.get(userId) : undefined;
          return p && sessionId
            ? { userId: p.userId, sessionId, name: p.name, locale: p.locale }
            : null;
        },
        async authorize(who, doc): Promise<SyncIdentity | 'unknown' | 'forbidden'> {
          if (!['calais', 'dunkirk'].includes(doc.platform) || doc.group !== null) return 'unknown';
          const p = people.get(who.userId);
          if (!p || !p.platforms.includes(doc.platform)) return 'forbidden';
          return {
            userId: p.userId,
            sessionId: who.sessionId,
            name: p.name,
            organisationId: p.organisationId,
            organisationName: p.organisationId.toUpperCase(),
            role: p.role,
            ...(who.locale ? { locale: who.locale } : {}),
          };
        },
      },
    });
    const http = createServer((_req, res) => res.writeHead(404).end());
    http.on('upgrade', (req, socket, head) => {
      if (sync.handles(req)) void sync.handleUpgrade(req, socket, head);
      else socket.destroy();
    });
    await new Promise<void>((resolve) => http.listen(options.port ?? 0, '127.0.0.1', resolve));
    const port = (http.address() as AddressInfo).port;
    return new TestSyncServer(
      http,
      sync,
      `ws://127.0.0.1:${port}/sync`,
      store,
      people,
      sessions,
      refusals,
    );
  }

  /** Registers a person and opens a session for them; returns the session id (the cookie). */
  signIn(p: Person): string {
    this.people.set(p.userId, p);
    const sessionId = `s${++this.sessionCount}-${p.userId}`;
    this.sessions.set(sessionId, p.userId);
    return sessionId;
  }

  async stop() {
    await this.sync.close();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}

/** The ws class with the cookie and Origin a browser would send. */
export function socketClass(sessionId: string | null, requestOrigin = origin): typeof WebSocket {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, {
        headers: {
          origin: requestOrigin,
          ...(sessionId ? { cookie: `session=${sessionId}` } : {}),
        },
      });
    }
  } as typeof WebSocket;
}

/**
 * A client as the web app runs it: on a refused update it drops its local state and resyncs
 * with a fresh document (the app also clears its IndexedDB copy).
 */
export class Client {
  doc = new Y.Doc();
  provider: WebsocketProvider;
  closes: { code: number; reason: string }[] = [];
  resets = 0;

  constructor(
    readonly server: TestSyncServer,
    readonly docName: string,
    readonly sessionId: string | null,
    private readonly resetOnRefusal = true,
  ) {
    this.provider = this.connect();
  }

  private connect(): WebsocketProvider {
    const provider = new WebsocketProvider(this.server.url, this.docName, this.doc, {
      WebSocketPolyfill: socketClass(this.sessionId) as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 200,
    });
    provider.on('closed', (event: { code: number; reason: string }) => {
      this.closes.push(event);
      if (event.code === 4409 && this.resetOnRefusal) this.reset();
    });
    return provider;
  }

  reset() {
    this.resets += 1;
    this.provider.destroy();
    this.doc.destroy();
    this.doc = new Y.Doc();
    this.provider = this.connect();
  }

  async synced(timeoutMs = 10_000): Promise<void> {
    const start = Date.now();
    while (!this.provider.synced) {
      if (Date.now() - start > timeoutMs) throw new Error(`client of ${this.docName} never synced`);
      await sleep(10);
    }
  }

  disconnect() {
    this.provider.disconnect();
  }

  reconnect() {
    this.provider.connect();
  }

  destroy() {
    this.provider.destroy();
    this.doc.destroy();
  }
}

export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function eventually(
  check: () => void | Promise<void>,
  timeoutMs = 10_000,
): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await sleep(20);
    }
  }
}

/** Opens a raw socket and resolves with how the server closed it (code), or the HTTP status. */
export function connectRaw(
  url: string,
  sessionId: string | null,
  requestOrigin = origin,
): Promise<{ status?: number; code?: number; reason?: string; socket?: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new (socketClass(sessionId, requestOrigin))(url);
    ws.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode });
      ws.terminate();
    });
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    ws.on('error', () => undefined);
  });
}
