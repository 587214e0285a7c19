import type { Locale, Role } from '@opale/core';

/** Who is at the other end of a connection, as the server knows them (never as the client says). */
export interface SyncIdentity {
  userId: string;
  sessionId: string;
  name: string;
  organisationId: string;
  organisationName: string;
  role: Role;
  /** The language of the person's account: refusals are told in it (English when left out). */
  locale?: Locale;
}

/** The person behind a session, before their rights on a document are known. */
export interface SyncPerson {
  userId: string;
  sessionId: string;
  name: string;
  locale?: Locale;
}

export interface SyncLimits {
  /** Largest websocket message accepted; larger closes that connection. */
  maxMessageBytes: number;
  /** Largest a document's log may grow to (snapshot plus tail); updates past it are refused. */
  maxDocumentBytes: number;
  /** Largest awareness state (JSON) one client may publish. */
  maxAwarenessBytes: number;
  /** New connections allowed per address per window. */
  connectionsPerWindow: number;
  connectionWindowMs: number;
  /** Compact a document's log into a snapshot after this many updates or bytes. */
  compactAfterUpdates: number;
  compactAfterBytes: number;
  /** Ping every connection this often; one that has not answered the previous ping is closed. */
  heartbeatMs: number;
  /** Unload a document this long after its last connection closed. */
  idleUnloadMs: number;
}

export const defaultSyncLimits: SyncLimits = {
  maxMessageBytes: 2 * 1024 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  maxAwarenessBytes: 2048,
  // Generous: a whole office or a carrier-grade NAT may share one address after a restart.
  connectionsPerWindow: 300,
  connectionWindowMs: 60_000,
  compactAfterUpdates: 500,
  compactAfterBytes: 1024 * 1024,
  idleUnloadMs: 30_000,
  // A phone that lost signal keeps its socket open on the server until TCP gives up (minutes);
  // its presence would linger that long.
  heartbeatMs: 20_000,
};
