import { describe, expect, it } from 'vitest';
import {
  allSent,
  countLocalChange,
  deriveSyncState,
  readTerminalClose,
  settlePending,
  worthReconnecting,
  type ConnectionFacts,
} from './sync-state';

const connected: ConnectionFacts = {
  browserOnline: true,
  socket: 'open',
  synced: true,
  failedAttempts: 0,
  pending: 0,
  bufferedBytes: 0,
  ending: null,
  refusal: null,
};

const facts = (change: Partial<ConnectionFacts>): ConnectionFacts => ({ ...connected, ...change });

describe('the sync state a board shows', () => {
  it('says online when connected, synced and nothing is waiting', () => {
    expect(deriveSyncState(connected)).toEqual({ kind: 'online' });
  });

  it('says syncing while the first connection opens or the server’s state is on its way', () => {
    expect(deriveSyncState(facts({ socket: 'connecting', synced: false }))).toEqual({
      kind: 'syncing',
    });
    expect(deriveSyncState(facts({ synced: false }))).toEqual({ kind: 'syncing' });
  });

  it('says syncing while local changes are still leaving the socket', () => {
    expect(deriveSyncState(facts({ pending: 1, bufferedBytes: 120 }))).toEqual({
      kind: 'syncing',
    });
    expect(deriveSyncState(facts({ bufferedBytes: 120 }))).toEqual({ kind: 'syncing' });
  });

  it('says offline with the changes waiting when the browser has no network', () => {
    const state = deriveSyncState(
      facts({ browserOnline: false, socket: 'closed', synced: false, pending: 2 }),
    );
    expect(state).toEqual({ kind: 'offline', pending: 2 });
  });

  it('says offline while reconnecting after a lost connection, not syncing', () => {
    const state = deriveSyncState(
      facts({ socket: 'connecting', synced: false, failedAttempts: 3, pending: 1 }),
    );
    expect(state).toEqual({ kind: 'offline', pending: 1 });
  });

  it('keeps a refusal in view whatever the connection does, until dismissed', () => {
    const refusal = 'You can read this board but not change it.';
    expect(deriveSyncState(facts({ refusal }))).toEqual({ kind: 'refused', reason: refusal });
    expect(deriveSyncState(facts({ refusal, socket: 'closed', browserOnline: false }))).toEqual({
      kind: 'refused',
      reason: refusal,
    });
  });

  it('puts an ended connection above everything else', () => {
    const state = deriveSyncState(facts({ ending: { kind: 'signed-out' }, refusal: 'x' }));
    expect(state).toEqual({ kind: 'signed-out' });
  });
});

describe('counting local changes not yet sent', () => {
  it('counts every local transaction, whatever the connection', () => {
    expect(countLocalChange(countLocalChange(0))).toBe(2);
  });

  it('keeps the count while offline, connecting, or synced but still flushing', () => {
    expect(settlePending(2, { socket: 'closed', synced: false, bufferedBytes: 0 })).toBe(2);
    expect(settlePending(2, { socket: 'open', synced: false, bufferedBytes: 0 })).toBe(2);
    expect(settlePending(2, { socket: 'open', synced: true, bufferedBytes: 64 })).toBe(2);
  });

  it('goes back to zero once reconnected, synced and flushed', () => {
    expect(settlePending(2, { socket: 'open', synced: true, bufferedBytes: 0 })).toBe(0);
    expect(allSent({ socket: 'open', synced: true, bufferedBytes: 0 })).toBe(true);
  });

  it('shows offline with the count, then online once everything left', () => {
    let pending = 0;
    const offline = facts({ browserOnline: false, socket: 'closed', synced: false });
    pending = countLocalChange(pending);
    pending = settlePending(pending, offline);
    expect(deriveSyncState({ ...offline, pending })).toEqual({ kind: 'offline', pending: 1 });

    const reconnected = facts({ synced: true, bufferedBytes: 0 });
    pending = settlePending(pending, reconnected);
    expect(deriveSyncState({ ...reconnected, pending })).toEqual({ kind: 'online' });
  });
});

describe('reading the server’s final close', () => {
  it('reconnects after a restart or a lost network, not after a refusal or an oversized message', () => {
    for (const code of [1001, 1006, 1011, 4500]) expect(worthReconnecting(code)).toBe(true);
    for (const code of [4401, 4409, 4413, 1009]) expect(worthReconnecting(code)).toBe(false);
  });

  it('stops, keeping the local changes, when a message was too large for the server', () => {
    expect(readTerminalClose({ code: 1009, reason: 'Max payload size exceeded' }, null)).toEqual({
      action: 'end',
      ending: { kind: 'stopped', reason: 'Max payload size exceeded' },
      forgetCopy: false,
    });
  });

  it('resets the local state after a refused update, with the reason the server gave first', () => {
    expect(
      readTerminalClose(
        { code: 4409, reason: 'truncated reas' },
        'Your role (field) may not change site:x in sites.',
      ),
    ).toEqual({ action: 'reset', reason: 'Your role (field) may not change site:x in sites.' });
    expect(readTerminalClose({ code: 4409, reason: 'Refused.' }, null)).toEqual({
      action: 'reset',
      reason: 'Refused.',
    });
  });

  it('resets after a full board refused an update, but only stops on an oversized message', () => {
    expect(readTerminalClose({ code: 4413, reason: 'full' }, 'This board is full.')).toEqual({
      action: 'reset',
      reason: 'This board is full.',
    });
    expect(readTerminalClose({ code: 4413, reason: 'Presence state too large.' }, null)).toEqual({
      action: 'end',
      ending: { kind: 'stopped', reason: 'Presence state too large.' },
      forgetCopy: false,
    });
  });

  it('keeps the local copy when the session ended, and forgets it when access is gone', () => {
    expect(readTerminalClose({ code: 4401, reason: 'Sign in again.' }, null)).toEqual({
      action: 'end',
      ending: { kind: 'signed-out' },
      forgetCopy: false,
    });
    for (const code of [4403, 4404]) {
      expect(readTerminalClose({ code, reason: 'No.' }, null)).toEqual({
        action: 'end',
        ending: { kind: 'no-access', reason: 'No.' },
        forgetCopy: true,
      });
    }
  });
});
