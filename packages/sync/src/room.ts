/** One live document: the Y.Doc, its awareness, its connections, and its durable log. */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { closeCodes, mayWrite, type DocName, type WriteLocation } from '@opale/core';
import type { DocumentStore } from './document-store';
import type { SyncLimits } from './identity';
import { inspectUpdate } from './update-gate';
import { messageAwareness, messageSync } from './messages';
import type { Connection } from './connection';

export interface RoomEvents {
  /** An update was refused; for logs and tests. */
  refused?(room: Room, connection: Connection, reason: string): void;
  /** A store operation failed; the connection that caused it was closed. */
  storeFailed?(room: Room, error: unknown): void;
}

/** One update as it was logged and applied, for readers that keep a history of some of it. */
export interface AppliedUpdate {
  seq: number;
  /** The account whose update it was; null for the demo seed and other unattributed writes. */
  author: string | null;
  /** Where it wrote (root and first-level key). */
  locations: readonly WriteLocation[];
  /** The document right after this update; read it at once, it keeps changing. */
  doc: Y.Doc;
}

/**
 * Keeps something derived from a document's updates (e.g. the SQL history of capacity readings).
 * Called in log order after each update is applied, and again for the log's tail every time a
 * document loads (what a crash may have cut short is done then): it must be idempotent by `seq`.
 * The log is not compacted past an update whose projection failed, so nothing is lost.
 */
export interface Projector {
  wants(docName: DocName): boolean;
  project(room: { name: string; docName: DocName }, update: AppliedUpdate): Promise<void>;
}

export class Room {
  readonly doc = new Y.Doc({ gc: false });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  /** Which person first wrote with each Yjs client id; nobody else may write new clocks for it. */
  private readonly clientOwners = new Map<number, string>();
  private lastSeq = 0;
  private logBytes = 0;
  private snapshotBytes = 0;
  private updatesSinceSnapshot = 0;
  private queue: Promise<void> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  /** A projection failed: keep the log's tail so the next load projects it again. */
  private projectionBehind = false;
  destroyed = false;

  private constructor(
    readonly name: string,
    readonly docName: DocName,
    private readonly store: DocumentStore,
    private readonly limits: SyncLimits,
    private readonly events: RoomEvents,
    private readonly projector: Projector | null = null,
  ) {
    // The server's own awareness state stays empty; it only relays stamped client states.
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageSync);
      syncProtocol.writeUpdate(encoder, update);
      this.broadcast(encoding.toUint8Array(encoder), origin as Connection | null);
    });
    this.awareness.on(
      'update',
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
        const changed = added.concat(updated, removed);
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, messageAwareness);
        encoding.writeVarUint8Array(
          encoder,
          awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed),
        );
        this.broadcast(encoding.toUint8Array(encoder), null);
      },
    );
  }

  static async load(
    name: string,
    docName: DocName,
    store: DocumentStore,
    limits: SyncLimits,
    events: RoomEvents,
    projector: Projector | null = null,
  ): Promise<Room> {
    const wanted = projector?.wants(docName) ? projector : null;
    const room = new Room(name, docName, store, limits, events, wanted);
    const stored = await store.load(name);
    if (stored.snapshot) {
      Y.applyUpdate(room.doc, stored.snapshot, null);
      room.logBytes += stored.snapshot.byteLength;
      room.snapshotBytes = stored.snapshot.byteLength;
    }
    for (const update of stored.updates) {
      const locations = wanted ? room.locationsOf(update.bytes) : [];
      Y.applyUpdate(room.doc, update.bytes, null);
      if (wanted) {
        // What was logged but perhaps not yet projected when the server stopped.
        await wanted.project(room, {
          seq: update.seq,
          author: update.author,
          locations,
          doc: room.doc,
        });
      }
      room.logBytes += update.bytes.byteLength;
      room.lastSeq = update.seq;
      if (update.author) {
        for (const client of Y.parseUpdateMeta(update.bytes).to.keys()) {
          if (!room.clientOwners.has(client)) room.clientOwners.set(client, update.author);
        }
      }
    }
    room.updatesSinceSnapshot = stored.updates.length;
    return room;
  }

  broadcast(message: Uint8Array, except: Connection | null) {
    for (const connection of this.connections) {
      if (connection !== except) connection.send(message);
    }
  }

  join(connection: Connection) {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    this.connections.add(connection);
  }

  leave(connection: Connection, onIdle: (room: Room) => void) {
    this.connections.delete(connection);
    // A socket that died late must not erase the presence its client re-announced on a newer one.
    const stillHeld = new Set([...this.connections].flatMap((c) => [...c.awarenessClients]));
    const gone = [...connection.awarenessClients].filter((client) => !stillHeld.has(client));
    if (gone.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, gone, null);
    this.unloadWhenIdle(onIdle);
  }

  /** Whether another connection of this room already speaks for an awareness client id. */
  holdsAwareness(client: number, except: Connection): boolean {
    for (const connection of this.connections) {
      if (connection !== except && connection.awarenessClients.has(client)) return true;
    }
    return false;
  }

  /** Starts the idle countdown if nobody is connected (after a leave, or a server-side write). */
  unloadWhenIdle(onIdle: (room: Room) => void) {
    if (this.connections.size > 0 || this.destroyed || this.idleTimer) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      onIdle(this);
    }, this.limits.idleUnloadMs);
    this.idleTimer.unref?.();
  }

  /**
   * Applies a change the server makes on someone's behalf (an import the API has authorised),
   * through the same queue as clients' updates: logged, then applied and relayed.
   */
  applyTrusted(update: Uint8Array, author: string): Promise<void> {
    this.queue = this.queue.then(async () => {
      if (this.destroyed) throw new Error(`The board ${this.name} was unloaded; try again.`);
      // The server's own client id for this change is bound to the author, like a live client's.
      const clients = new Map([...Y.parseUpdateMeta(update).to.keys()].map((c) => [c, 0]));
      await this.appendAndApply(update, author, null, clients, this.locationsOf(update));
    });
    return this.queue;
  }

  /**
   * Checks, logs, applies and relays one update, in arrival order across all connections. The
   * update is durable before anyone else receives it.
   */
  receiveUpdate(connection: Connection, update: Uint8Array): Promise<void> {
    this.queue = this.queue.then(() => this.applyChecked(connection, update));
    return this.queue;
  }

  private async applyChecked(connection: Connection, update: Uint8Array): Promise<void> {
    if (connection.closed || this.destroyed) return;
    const check = this.check(connection, update);
    if (check === 'no-op') return;
    if ('refusal' in check) {
      this.events.refused?.(this, connection, check.refusal.reason);
      connection.refuse(check.refusal.code, check.refusal.reason);
      return;
    }
    try {
      await this.appendAndApply(
        update,
        connection.identity.userId,
        connection,
        check.newClients,
        check.locations,
      );
    } catch (error) {
      this.events.storeFailed?.(this, error);
      connection.close(1011, 'The server could not save your change; it will be sent again.');
    }
  }

  private async appendAndApply(
    update: Uint8Array,
    author: string,
    origin: Connection | null,
    newClients: ReadonlyMap<number, number> = new Map(),
    locations: readonly WriteLocation[] = [],
  ): Promise<void> {
    this.lastSeq = await this.store.append(this.name, update, author);
    this.logBytes += update.byteLength;
    this.updatesSinceSnapshot += 1;
    for (const client of newClients.keys()) {
      if (!this.clientOwners.has(client)) this.clientOwners.set(client, author);
    }
    Y.applyUpdate(this.doc, update, origin);
    if (this.projector) {
      try {
        await this.projector.project(this, { seq: this.lastSeq, author, locations, doc: this.doc });
      } catch (error) {
        this.projectionBehind = true;
        this.events.storeFailed?.(this, error);
      }
    }
    if (
      (!this.projectionBehind && this.updatesSinceSnapshot >= this.limits.compactAfterUpdates) ||
      this.logBytes - this.snapshotBytes >= this.limits.compactAfterBytes
    ) {
      await this.compact();
    }
  }

  private check(
    connection: Connection,
    update: Uint8Array,
  ):
    | 'no-op'
    | { refusal: { code: number; reason: string } }
    | { newClients: Map<number, number>; locations: WriteLocation[] } {
    const verdict = inspectUpdate(this.doc, update);
    const refuse = (code: number, reason: string) => ({ refusal: { code, reason } });
    if (!verdict.ok) return refuse(closeCodes.updateRefused, verdict.reason);
    if (verdict.locations.length === 0 && verdict.newClients.size === 0) return 'no-op';
    if (!connection.canWrite) {
      return refuse(closeCodes.updateRefused, 'You can read this board but not change it.');
    }
    for (const [client] of verdict.newClients) {
      const owner = this.clientOwners.get(client);
      if (owner !== undefined && owner !== connection.identity.userId) {
        return refuse(closeCodes.updateRefused, 'The update claims another person’s edits.');
      }
    }
    const { role, organisationId } = connection.identity;
    for (const location of verdict.locations) {
      if (!mayWrite(this.docName.board, location, { role, organisationId })) {
        return refuse(
          closeCodes.updateRefused,
          `Your role (${role}) may not change ${location.key ?? location.root} in ${location.root}.`,
        );
      }
    }
    if (this.logBytes + update.byteLength > this.limits.maxDocumentBytes) {
      return refuse(
        closeCodes.tooLarge,
        'This board is full; ask a coordinator to archive old entries.',
      );
    }
    return { newClients: verdict.newClients, locations: verdict.locations };
  }

  /** Where an update would write, for the projector; empty when it cannot be read. */
  private locationsOf(update: Uint8Array): WriteLocation[] {
    const verdict = inspectUpdate(this.doc, update);
    return verdict.ok ? verdict.locations : [];
  }

  /** Rewrites the log as one snapshot; waits for updates in flight first. */
  compact(): Promise<void> {
    const run = async () => {
      if (this.updatesSinceSnapshot === 0 || this.projectionBehind) return;
      const snapshot = Y.encodeStateAsUpdate(this.doc);
      await this.store.compact(this.name, snapshot, this.lastSeq);
      this.updatesSinceSnapshot = 0;
      this.logBytes = snapshot.byteLength;
      this.snapshotBytes = snapshot.byteLength;
    };
    // Called from inside the queue (after an update) or from outside (unload): never nest.
    return run();
  }

  /** Finishes pending work and frees the document. */
  async unload(): Promise<void> {
    this.destroyed = true;
    await this.queue;
    try {
      await this.compact();
    } catch (error) {
      this.events.storeFailed?.(this, error);
    }
    this.awareness.destroy();
    this.doc.destroy();
  }

  get sequence() {
    return this.lastSeq;
  }
}
