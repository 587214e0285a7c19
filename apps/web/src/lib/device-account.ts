/**
 * The device's copy of the signed-in account (who they are, their memberships), so that the app
 * opens without a network: the server's last answer, kept in localStorage, used only when the
 * server cannot be reached. The server's word always wins: a "not signed in" answer or a refused
 * session deletes the copy, and so does signing out.
 */
import { useSyncExternalStore } from 'react';
import { isServerError, isUnauthorized } from './errors';
import type { Me } from './session';

export interface DeviceAccount {
  me: Me;
  /** When the server last confirmed it (ISO). */
  savedAt: string;
}

const storageKey = 'opale.account';

/** The stored text and what it read as, so that every render gets the same object. */
let cache: { raw: string | null; account: DeviceAccount | null } | null = null;

function parse(raw: string | null): DeviceAccount | null {
  if (raw === null) return null;
  try {
    const stored: unknown = JSON.parse(raw);
    if (!stored || typeof stored !== 'object') return null;
    const { me, savedAt } = stored as { me?: unknown; savedAt?: unknown };
    if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
    if (!me || typeof me !== 'object') return null;
    const { user, memberships } = me as { user?: unknown; memberships?: unknown };
    if (!user || typeof user !== 'object' || !Array.isArray(memberships)) return null;
    const { id, name } = user as { id?: unknown; name?: unknown };
    if (typeof id !== 'string' || typeof name !== 'string') return null;
    return { me: me as Me, savedAt };
  } catch {
    return null;
  }
}

/** The copy kept on this device, or null. */
export function deviceAccount(): DeviceAccount | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(storageKey);
  } catch {
    return null; // storage disabled (private mode, strict settings): no copy, only the server
  }
  if (cache?.raw !== raw) cache = { raw, account: parse(raw) };
  return cache.account;
}

/** Keeps the server's answer about who is signed in; `null` (nobody) deletes the copy. */
export function rememberAccount(me: Me | null, confirmedAt: Date = new Date()): void {
  if (me === null) {
    forgetDeviceAccount();
    return;
  }
  try {
    localStorage.setItem(storageKey, JSON.stringify({ me, savedAt: confirmedAt.toISOString() }));
  } catch {
    // storage full or disabled: the app still works online
  }
}

export function forgetDeviceAccount(): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // nothing was kept
  }
}

/**
 * What the device keeps after the query changed: every answer of the server's (or, when nobody is
 * signed in, nothing), and nothing once the server refused the session.
 */
export function keepServerAnswer(query: AccountQueryState & { dataUpdatedAt: number }): void {
  if (query.data !== undefined) rememberAccount(query.data, new Date(query.dataUpdatedAt));
  else if (isUnauthorized(query.error ?? query.failureReason)) forgetDeviceAccount();
}

/** The state of the `account.me` query that decides what to show. */
export interface AccountQueryState {
  data: Me | null | undefined;
  error: unknown;
  /** The last failure, while the query still retries. */
  failureReason: unknown;
  /** `paused`: the browser says it is offline, so the query waits for the network. */
  fetchStatus: 'fetching' | 'paused' | 'idle';
}

export type AccountView =
  /** The server's answer. */
  | { kind: 'live'; me: Me }
  /** The server cannot be reached; the device's copy stands in. */
  | { kind: 'device-copy'; me: Me; savedAt: string }
  /** Nobody is signed in (or the session ended): sign in. */
  | { kind: 'signed-out' }
  | { kind: 'loading' }
  /** The server cannot be reached and this device keeps no copy. */
  | { kind: 'unreachable' }
  /** The server answered with an error of its own. */
  | { kind: 'failed'; error: unknown };

/**
 * What to show for the signed-in account. The device's copy is used only when the request never
 * got the server's answer (offline, no signal, server down); never after the server said the
 * session is over.
 */
export function accountView(query: AccountQueryState, stored: DeviceAccount | null): AccountView {
  if (query.data === null) return { kind: 'signed-out' };
  if (query.data !== undefined) return { kind: 'live', me: query.data };
  const failure = query.error ?? query.failureReason;
  if (isUnauthorized(failure)) return { kind: 'signed-out' };
  if (isServerError(failure)) {
    return query.error ? { kind: 'failed', error: query.error } : { kind: 'loading' };
  }
  const unreachable = query.fetchStatus === 'paused' || (failure !== null && failure !== undefined);
  if (!unreachable) return { kind: 'loading' };
  if (stored) return { kind: 'device-copy', me: stored.me, savedAt: stored.savedAt };
  return query.error || query.fetchStatus === 'paused'
    ? { kind: 'unreachable' }
    : { kind: 'loading' };
}

// --- the copy in use, for the connection banner above every screen -----------------------------

let shownSince: string | null = null;
const listeners = new Set<() => void>();

/** The signed-in screens say whether they show the device's copy (its date), or not (null). */
export function showDeviceAccount(savedAt: string | null): void {
  if (shownSince === savedAt) return;
  shownSince = savedAt;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** When the account shown was last confirmed by the server, while the device's copy is shown. */
export function useDeviceAccountShown(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => shownSince,
    () => null,
  );
}
