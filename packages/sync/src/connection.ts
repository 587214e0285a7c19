/** One websocket on one room: decodes its messages, answers syncs, stamps its awareness. */
import type { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { mayWriteAnywhere, translateMessage, type Locale } from '@opale/core';
import { closeCodes } from '@opale/core';
import type { SyncIdentity, SyncLimits } from './identity';
import { messageAuth, messageAwareness, messageQueryAwareness, messageSync } from './messages';
import type { Room } from './room';

class MalformedMessage extends Error {}

/** Close reasons are limited to 123 bytes by the protocol. */
const closeReasonBytes = 123;

/**
 * A close frame's reason in the person's language, cut to what the protocol carries without
 * splitting a character (French takes more bytes than English).
 */
export function closeReason(reason: string, locale: Locale = 'en'): string {
  let text = translateMessage(reason, locale);
  while (Buffer.byteLength(text) > closeReasonBytes) text = text.slice(0, -1);
  return text;
}

export class Connection {
  closed = false;
  canWrite: boolean;
  /** The awareness client id this connection speaks for (the first one it announced). */
  readonly awarenessClients = new Set<number>();

  constructor(
    private readonly socket: WebSocket,
    readonly room: Room,
    public identity: SyncIdentity,
    private readonly limits: SyncLimits,
  ) {
    this.canWrite = mayWriteAnywhere(room.docName.board, identity);
  }

  /** Sends the server's state vector and the present awareness states, as y-websocket expects. */
  start() {
    const sync = encoding.createEncoder();
    encoding.writeVarUint(sync, messageSync);
    syncProtocol.writeSyncStep1(sync, this.room.doc);
    this.send(encoding.toUint8Array(sync));
    this.sendAwarenessStates();
  }

  /** Applies a new role at once: a downgrade makes the next write refused. */
  updateIdentity(identity: SyncIdentity) {
    this.identity = identity;
    this.canWrite = mayWriteAnywhere(this.room.docName.board, identity);
  }

  send(message: Uint8Array) {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(message, (error) => {
      if (error) this.close(1011, 'send failed');
    });
  }

  close(code: number, reason: string) {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, closeReason(reason, this.identity.locale));
  }

  /** Tells the client why its update was refused, then closes so it drops its divergent state. */
  refuse(code: number, reason: string) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageAuth);
    authProtocol.writePermissionDenied(
      encoder,
      translateMessage(reason, this.identity.locale ?? 'en'),
    );
    this.send(encoding.toUint8Array(encoder));
    this.close(code, reason);
  }

  receive(data: Uint8Array) {
    if (this.closed) return;
    try {
      this.dispatch(data);
    } catch (error) {
      const reason =
        error instanceof MalformedMessage ? error.message : 'The message could not be read.';
      this.close(closeCodes.malformed, reason);
    }
  }

  private dispatch(data: Uint8Array) {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case messageSync:
        return this.receiveSync(decoder);
      case messageAwareness:
        return this.receiveAwareness(decoding.readVarUint8Array(decoder));
      case messageQueryAwareness:
        return this.sendAwarenessStates();
      default:
        throw new MalformedMessage(`Unknown message type ${type}.`);
    }
  }

  private receiveSync(decoder: decoding.Decoder) {
    const step = decoding.readVarUint(decoder);
    if (step === syncProtocol.messageYjsSyncStep1) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageSync);
      syncProtocol.writeSyncStep2(encoder, this.room.doc, decoding.readVarUint8Array(decoder));
      this.send(encoding.toUint8Array(encoder));
      return;
    }
    if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) {
      const update = decoding.readVarUint8Array(decoder);
      void this.room.receiveUpdate(this, update);
      return;
    }
    throw new MalformedMessage(`Unknown sync step ${step}.`);
  }

  /**
   * Awareness states are stamped with the identity the server knows: whatever the client claims
   * as its user is replaced. A connection speaks for one awareness client id only.
   */
  private receiveAwareness(update: Uint8Array) {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const encoder = encoding.createEncoder();
    const stamped: [number, number, string][] = [];
    for (let i = 0; i < count; i++) {
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      // The stock client echoes everyone's presence back: a connection claims the first id that no
      // other connection of the room holds, and only its own entries count (and are size-checked).
      if (this.awarenessClients.size === 0 && !this.room.holdsAwareness(client, this)) {
        this.awarenessClients.add(client);
      }
      if (!this.awarenessClients.has(client)) continue;
      if (Buffer.byteLength(json) > this.limits.maxAwarenessBytes) {
        // A client bug, not a full board: nothing to reset, so not 4413.
        this.close(closeCodes.malformed, 'Presence state too large.');
        return;
      }
      const state: unknown = JSON.parse(json);
      if (state === null) {
        stamped.push([client, clock, 'null']);
        continue;
      }
      if (typeof state !== 'object' || Array.isArray(state)) {
        throw new MalformedMessage('A presence state must be an object.');
      }
      const { userId, name, organisationId, organisationName, role } = this.identity;
      stamped.push([
        client,
        clock,
        JSON.stringify({
          ...state,
          user: { userId, name, organisationId, organisationName, role },
        }),
      ]);
    }
    encoding.writeVarUint(encoder, stamped.length);
    for (const [client, clock, json] of stamped) {
      encoding.writeVarUint(encoder, client);
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarString(encoder, json);
    }
    awarenessProtocol.applyAwarenessUpdate(
      this.room.awareness,
      encoding.toUint8Array(encoder),
      this,
    );
  }

  private sendAwarenessStates() {
    const states = this.room.awareness.getStates();
    if (states.size === 0) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageAwareness);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, [...states.keys()]),
    );
    this.send(encoding.toUint8Array(encoder));
  }
}
