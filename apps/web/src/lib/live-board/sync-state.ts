/**
 * What a live board's connection is doing, in the words the person needs: is what I see current,
 * and have my changes left this phone? Pure, so that it is tested without a browser and loads
 * without Yjs.
 */
import { closeCodes } from '@opale/core';

export type SyncState =
  /** Connected, the server's state arrived, and every local change has left the device. */
  | { kind: 'online' }
  /** Connecting for the first time, catching up with the server, or sending local changes. */
  | { kind: 'syncing' }
  /** No connection; `pending` local changes wait on this device and go out on reconnection. */
  | { kind: 'offline'; pending: number }
  /** The server refused a change; the local copy was reset to the server's state. */
  | { kind: 'refused'; reason: string }
  /** Not (or no longer) a member of the board's platform, or no such board. */
  | { kind: 'no-access'; reason: string }
  /** The session ended: the person must sign in again. */
  | { kind: 'signed-out' }
  /** The server stopped the connection for another reason and will not take it back. */
  | { kind: 'stopped'; reason: string }
  /** The code of the live layer could not be downloaded. */
  | { kind: 'unavailable' };

/** Why the server ended the connection for good, when it did. */
export type Ending = Extract<SyncState, { kind: 'no-access' | 'signed-out' | 'stopped' }>;

/** The facts a state is derived from, read off the provider and the browser. */
export interface ConnectionFacts {
  /** What the browser says (`navigator.onLine`); false is reliable, true is not. */
  browserOnline: boolean;
  socket: 'connecting' | 'open' | 'closed';
  /** The server's state arrived on the open socket. */
  synced: boolean;
  /** Connections that closed since the last successful sync. */
  failedAttempts: number;
  /** Local changes not yet known to have left the device. */
  pending: number;
  /** Bytes the socket still holds. */
  bufferedBytes: number;
  /** The server ended the connection for good. */
  ending: Ending | null;
  /** A refused change, until the person dismisses it or makes another. */
  refusal: string | null;
}

export function deriveSyncState(facts: ConnectionFacts): SyncState {
  if (facts.ending) return facts.ending;
  if (facts.refusal !== null) return { kind: 'refused', reason: facts.refusal };
  if (facts.socket === 'open') {
    return facts.synced && allSent(facts) ? { kind: 'online' } : { kind: 'syncing' };
  }
  const firstAttempt =
    facts.browserOnline && facts.socket === 'connecting' && facts.failedAttempts === 0;
  return firstAttempt ? { kind: 'syncing' } : { kind: 'offline', pending: facts.pending };
}

/** Has every local change left the device? Only then does the pending count go back to zero. */
export function allSent(facts: Pick<ConnectionFacts, 'socket' | 'synced' | 'bufferedBytes'>) {
  return facts.socket === 'open' && facts.synced && facts.bufferedBytes === 0;
}

/**
 * The pending count after one more local transaction. Every local transaction counts, online or
 * not: a socket can look open while the signal is already gone, and what was written into it then
 * is only known to have left once the socket has flushed (see `settlePending`).
 */
export function countLocalChange(pending: number): number {
  return pending + 1;
}

/** Back to zero once connected, synced and flushed; the changes went out with the sync. */
export function settlePending(
  pending: number,
  facts: Pick<ConnectionFacts, 'socket' | 'synced' | 'bufferedBytes'>,
): number {
  return allSent(facts) ? 0 : pending;
}

/**
 * Whether to try again after the server closed the connection. Not after 4400–4499 (the stock
 * rule), nor after 1009: the same oversized message would be sent again on every reconnection.
 */
export function worthReconnecting(code: number): boolean {
  return !(code >= 4400 && code < 4500) && code !== closeCodes.messageTooBig;
}

/**
 * What a terminal close (4400–4499) means for the client. `refused` when the server refused an
 * update: the local state diverged and must be dropped. `deniedReason` is the reason the server
 * sent in its "permission denied" message just before closing, if any.
 */
export type CloseVerdict =
  { action: 'reset'; reason: string } | { action: 'end'; ending: Ending; forgetCopy: boolean };

export function readTerminalClose(
  close: { code: number; reason: string },
  deniedReason: string | null,
): CloseVerdict {
  const reason = deniedReason ?? close.reason;
  switch (close.code) {
    case closeCodes.updateRefused:
      return { action: 'reset', reason };
    case closeCodes.tooLarge:
      // The board is full and refused an update (it said so first), or a message was too large.
      return deniedReason !== null
        ? { action: 'reset', reason }
        : { action: 'end', ending: { kind: 'stopped', reason }, forgetCopy: false };
    case closeCodes.unauthenticated:
      // Kept: the same person signing in again still has their unsent changes.
      return { action: 'end', ending: { kind: 'signed-out' }, forgetCopy: false };
    case closeCodes.forbidden:
    case closeCodes.unknownDocument:
      // Nothing of a board one may not read stays on the device.
      return { action: 'end', ending: { kind: 'no-access', reason }, forgetCopy: true };
    default:
      return { action: 'end', ending: { kind: 'stopped', reason }, forgetCopy: false };
  }
}
