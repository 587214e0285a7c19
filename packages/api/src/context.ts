import type { Kysely } from 'kysely';
import type * as Y from 'yjs';
import type { Database, Session, User } from '@opale/db';
import type { AuthConfig } from './services/auth-config';
import { resolveSession } from './services/sessions';

/**
 * Reaches connections that outlive a request (the live-document sockets). The API knows no
 * transport: the server passes an implementation in; the API only says which sessions ended.
 */
export interface LiveConnections {
  /** Close every live connection opened with one of these sessions. */
  closeSessions(sessionIds: readonly string[]): void;
  /** Re-read the rights of this user's live connections (after a role change). */
  refreshUser(userId: string): void;
  /** Re-read the rights of everyone connected to one live document (a group changed). */
  refreshDocument(docName: string): void;
}

/**
 * The live boards as readers and writers that are not live clients see them (DESIGN.md §3): the
 * same persisted state, read and changed through the sync server's queue and log. The server
 * passes its sync server in; tests pass documents held in memory.
 */
export interface LiveBoards {
  /** A copy of a board's current state (`schedule:calais`); changing it changes nothing. */
  readDocument(docName: string): Promise<Y.Doc>;
  /**
   * Changes a board on behalf of `authorId`, who the caller has authorised: logged and relayed
   * like a live edit. `write` edits a copy of the current state and may throw to change nothing.
   */
  writeDocument(docName: string, authorId: string, write: (doc: Y.Doc) => void): Promise<void>;
}

/**
 * The evidence files attached to incidents. The bytes live outside the database (the server
 * keeps them under its data folder); the API only asks for one to go once its row is deleted.
 */
export interface EvidenceFiles {
  /** Deletes the stored file; one that is already gone is not an error. */
  remove(storageKey: string): Promise<void>;
}

/** What the server provides once, at start. */
export interface ApiDeps {
  db: Kysely<Database>;
  now: () => Date;
  auth: AuthConfig;
  live: LiveConnections;
  boards: LiveBoards;
  evidence: EvidenceFiles;
  /** The public origin, to build invitation links (`https://opale.example/invite/<token>`). */
  publicOrigin: string;
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  /** The request's Accept-Language: the app sends the language its screen shows. */
  acceptLanguage?: string | null;
}

/** Sets or clears the session cookie on the current response. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context extends ApiDeps {
  signedIn: { user: User; session: Session } | null;
  request: RequestMeta;
  cookie: SessionCookie;
}

export async function createContext(
  deps: ApiDeps,
  options: { sessionToken: string | undefined; request: RequestMeta; cookie: SessionCookie },
): Promise<Context> {
  const signedIn = options.sessionToken ? await resolveSession(deps, options.sessionToken) : null;
  return { ...deps, signedIn, request: options.request, cookie: options.cookie };
}
