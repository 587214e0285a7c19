import type { Kysely } from 'kysely';
import {
  deleteSession,
  deleteSessionsOfUser,
  findSessionById,
  findUserById,
  insertSession,
  touchSession,
  type Database,
  type Session,
  type User,
} from '@opale/db';
import type { ApiDeps, RequestMeta } from '../context';
import { hashToken, newSecretToken } from './tokens';

// Writing last-seen on every request would turn reads into writes; a minute's precision is enough.
const touchIntervalMs = 60_000;

export interface StartedSession {
  token: string;
  session: Session;
}

export async function startSession(
  deps: Pick<ApiDeps, 'db' | 'now' | 'auth'>,
  userId: string,
  request: RequestMeta,
): Promise<StartedSession> {
  const now = deps.now();
  const token = newSecretToken();
  const session: Session = {
    id: hashToken(token),
    userId,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    idleExpiresAt: new Date(now.getTime() + deps.auth.sessionIdleMs).toISOString(),
    absoluteExpiresAt: new Date(now.getTime() + deps.auth.sessionAbsoluteMs).toISOString(),
    userAgent: request.userAgent?.slice(0, 200) ?? null,
    ip: request.ip,
  };
  await insertSession(deps.db, session);
  return { token, session };
}

/** The cookie lives as long as the session could; the server enforces the idle limit itself. */
export function cookieExpiry(session: Session): Date {
  return new Date(
    Math.min(Date.parse(session.idleExpiresAt), Date.parse(session.absoluteExpiresAt)),
  );
}

/**
 * Finds the live session behind a cookie token, extending its idle expiry. Expired sessions are
 * deleted on sight, so an old cookie never comes back to life.
 */
export async function resolveSession(
  deps: Pick<ApiDeps, 'db' | 'now' | 'auth'>,
  token: string,
): Promise<{ user: User; session: Session } | null> {
  const id = hashToken(token);
  const session = await findSessionById(deps.db, id);
  if (!session) return null;
  const now = deps.now();
  const nowIso = now.toISOString();
  if (session.idleExpiresAt <= nowIso || session.absoluteExpiresAt <= nowIso) {
    await deleteSession(deps.db, id);
    return null;
  }
  const user = await findUserById(deps.db, session.userId);
  if (!user) return null;
  if (now.getTime() - Date.parse(session.lastSeenAt) >= touchIntervalMs) {
    const idleExpiresAt = new Date(now.getTime() + deps.auth.sessionIdleMs).toISOString();
    await touchSession(deps.db, id, nowIso, idleExpiresAt);
    session.lastSeenAt = nowIso;
    session.idleExpiresAt = idleExpiresAt;
  }
  return { user, session };
}

export async function endSession(
  deps: Pick<ApiDeps, 'db' | 'live'>,
  sessionId: string,
): Promise<boolean> {
  const ended = (await deleteSession(deps.db, sessionId)) > 0;
  deps.live.closeSessions([sessionId]);
  return ended;
}

export async function endAllSessionsOfUser(
  deps: { db: Kysely<Database>; live: ApiDeps['live'] },
  userId: string,
): Promise<number> {
  const ids = await deleteSessionsOfUser(deps.db, userId);
  deps.live.closeSessions(ids);
  return ids.length;
}
