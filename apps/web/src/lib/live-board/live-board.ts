/**
 * One live board on this device: its Yjs document, the IndexedDB copy that lets it open without
 * a network, and the websocket to `/sync/<docName>`; with the sync state and presence a screen
 * shows. Framework-free: React reads it through `useLiveBoard`. Loaded only by the screens that
 * use a board (dynamic import), so Yjs stays out of the first download.
 */
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as authProtocol from 'y-protocols/auth';
import { WebsocketProvider, messageAuth } from 'y-websocket';
import { deleteLocalCopy, localCopyName, rememberLocalCopy } from './local-copy';
import { othersPresent, samePresence, type PresentPerson } from './presence';
import {
  countLocalChange,
  deriveSyncState,
  readTerminalClose,
  settlePending,
  type ConnectionFacts,
  type Ending,
  type SyncState,
  worthReconnecting,
} from './sync-state';

export interface LiveBoardOptions {
  /** `schedule:calais`, … (built with core's `docNameOf`). */
  docName: string;
  /** The signed-in account: it names the local copy, so accounts never share one. */
  userId: string;
  /** The viewer as the server stamps them, left out of the presence list on their other devices. */
  viewer?: { name: string; organisationId: string } | null;
  /** Where `/sync` is; the page's own origin by default. */
  serverUrl?: string;
  /** The server ended the connection for good: session over, no access, or stopped. */
  onEnded?: (ending: Ending) => void;
}

export interface LiveBoardSnapshot {
  /** The document to read; replaced by a fresh one after a refused change. */
  doc: Y.Doc;
  /** Grows with every change of the document, local or remote, and when it is replaced. */
  revision: number;
  /** The local copy was read, or the server's state arrived: a screen can show the board. */
  ready: boolean;
  /** The board's content is known here: synced in this visit, or found in the local copy. */
  known: boolean;
  sync: SyncState;
  /** Everyone else on the board, once per person. */
  presence: readonly PresentPerson[];
}

/** Key of the local change count in the copy's own store, so it survives a reload offline. */
const pendingKey = 'pendingChanges';
/** How often to look whether the socket has flushed what it was given. */
const flushPollMs = 150;

interface Session {
  doc: Y.Doc;
  persistence: IndexeddbPersistence;
  provider: WebsocketProvider;
  /** The local copy was read (or could not be). */
  copyRead: boolean;
  /** The reason in the server's last "permission denied" message, sent just before it closes. */
  deniedReason: string | null;
  detach: () => void;
}

function syncUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

function sameSync(a: SyncState, b: SyncState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class LiveBoard {
  readonly docName: string;
  /** The IndexedDB database of this board's local copy. */
  readonly copyName: string;
  private session: Session;
  private snapshot: LiveBoardSnapshot;
  private readonly listeners = new Set<() => void>();
  private revision = 0;
  private pending = 0;
  private refusal: string | null = null;
  private ending: Ending | null = null;
  private everSynced = false;
  private focus: string | null = null;
  private present = true;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private publishQueued = false;
  private destroyed = false;

  constructor(private readonly options: LiveBoardOptions) {
    this.docName = options.docName;
    this.copyName = localCopyName(options.userId, options.docName);
    rememberLocalCopy(this.copyName);
    this.session = this.open();
    this.snapshot = this.read();
    window.addEventListener('online', this.onBrowserOnline);
    window.addEventListener('offline', this.onBrowserOffline);
  }

  // -- what React reads ---------------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LiveBoardSnapshot => this.snapshot;

  /** The document as it is now, to write into. */
  get doc(): Y.Doc {
    return this.session.doc;
  }

  // -- what a screen does -------------------------------------------------------------------------

  /** Tells the others what this person works on (e.g. the site they edit); null when nothing. */
  setFocus(focus: string | null): void {
    this.focus = focus;
    if (this.present) this.session.provider.awareness.setLocalStateField('focus', focus);
  }

  /** Leaves or rejoins the presence list (a board kept open briefly after its screen closed). */
  setPresent(present: boolean): void {
    if (this.present === present) return;
    this.present = present;
    const { awareness } = this.session.provider;
    // A state at clock 0 is never relayed by the server: setting one here always moves the clock.
    awareness.setLocalState(present ? { focus: this.focus } : null);
  }

  /** The person has read why their change was refused. */
  dismissRefusal(): void {
    this.refusal = null;
    this.changed();
  }

  /** Closes the connection and the local copy, keeping the copy on the device. */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    window.removeEventListener('online', this.onBrowserOnline);
    window.removeEventListener('offline', this.onBrowserOffline);
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    await this.close(this.session);
  }

  // -- the document, its copy and its connection --------------------------------------------------

  private open(): Session {
    const doc = new Y.Doc();
    const persistence = new IndexeddbPersistence(this.copyName, doc);
    const provider = new WebsocketProvider(
      this.options.serverUrl ?? syncUrl(),
      this.options.docName,
      doc,
      {
        // The browser knows it has no network: no point trying until it says it has.
        connect: navigator.onLine,
        // Tabs do not relay updates to each other: after a refused change, a tab that reset
        // would get the refused change back from its neighbour and send it again, forever.
        disableBc: true,
        maxBackoffTime: 5_000,
        shouldReconnect: (event) => worthReconnecting(event.code),
      },
    );
    const session: Session = {
      doc,
      persistence,
      provider,
      copyRead: false,
      deniedReason: null,
      detach: () => undefined,
    };

    // The server explains a refusal in an auth message, then closes; keep the reason for the close.
    provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
      authProtocol.readAuthMessage(decoder, doc, (_doc, reason) => {
        session.deniedReason = reason;
      });
    };

    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== provider && origin !== persistence) this.localChange();
      this.revision += 1;
      this.changed();
    };
    const onConnection = () => {
      this.watchFlush();
      this.changed();
    };
    const onStatus = ({ status }: { status: string }) => {
      // The server ignores a presence state whose clock it has already seen (and never relays
      // one at clock 0): on every new connection, move the clock on so that others see us again.
      if (status === 'connected' && this.present) {
        provider.awareness.setLocalState({ focus: this.focus });
      }
      onConnection();
    };
    const onSync = (synced: boolean) => {
      if (synced) this.everSynced = true;
      onConnection();
    };
    const onClosed = (close: { code: number; reason: string }) =>
      this.terminalClose(session, close);
    const onCopyRead = () => {
      session.copyRead = true;
      void this.restorePending(session);
      this.changed();
    };
    const onPresence = () => this.changed();

    doc.on('update', onUpdate);
    provider.on('status', onStatus);
    provider.on('connection-close', onConnection);
    provider.on('sync', onSync);
    provider.on('closed', onClosed);
    persistence.on('synced', onCopyRead);
    // No IndexedDB (private browsing, storage full): the board still works while connected.
    persistence._db.catch(onCopyRead);
    provider.awareness.on('change', onPresence);
    provider.awareness.setLocalState(this.present ? { focus: this.focus } : null);

    session.detach = () => {
      doc.off('update', onUpdate);
      provider.off('status', onStatus);
      provider.off('connection-close', onConnection);
      provider.off('sync', onSync);
      provider.off('closed', onClosed);
      persistence.off('synced', onCopyRead);
      provider.awareness.off('change', onPresence);
    };
    return session;
  }

  /** Stops a session; resolves once its local copy is closed (so that it can be deleted). */
  private async close(session: Session): Promise<void> {
    session.detach();
    session.provider.destroy();
    session.provider.awareness.destroy();
    const closing = session.persistence.destroy().catch(() => undefined);
    session.doc.destroy();
    await closing;
  }

  /**
   * The server refused a change: this device's state diverged from the server's and would be
   * refused again on every reconnection. Drop it all — document, local copy, pending count —
   * and start again from the server's state, keeping the reason to show.
   */
  private reset(reason: string): void {
    void this.close(this.session);
    // Requested before the fresh copy opens, so IndexedDB deletes the old one first.
    void deleteLocalCopy(this.copyName);
    this.pending = 0;
    this.refusal = reason;
    this.everSynced = false;
    this.session = this.open();
    this.revision += 1;
    this.changed();
  }

  private terminalClose(session: Session, close: { code: number; reason: string }): void {
    if (session !== this.session || this.destroyed) return;
    const verdict = readTerminalClose(close, session.deniedReason);
    if (verdict.action === 'reset') {
      this.reset(verdict.reason);
      return;
    }
    this.ending = verdict.ending;
    if (verdict.forgetCopy) {
      void session.persistence
        .destroy()
        .catch(() => undefined)
        .then(() => deleteLocalCopy(this.copyName));
    }
    this.options.onEnded?.(verdict.ending);
    this.changed();
  }

  private onBrowserOffline = () => {
    // Browsers keep a socket open for a long while after the network went; close it now, so that
    // the state says offline and nothing is written into a dead socket.
    this.session.provider.disconnect();
    this.changed();
  };

  private onBrowserOnline = () => {
    if (this.ending === null && !this.destroyed) this.session.provider.connect();
    this.changed();
  };

  // -- local changes not yet sent -----------------------------------------------------------------

  private localChange(): void {
    this.pending = countLocalChange(this.pending);
    // Someone who changes something after a refusal has moved on from it.
    this.refusal = null;
    this.storePending();
    this.watchFlush();
  }

  private storePending(): void {
    void this.session.persistence.set(pendingKey, this.pending).catch(() => undefined);
  }

  private async restorePending(session: Session): Promise<void> {
    const stored: unknown = await session.persistence.get(pendingKey).catch(() => 0);
    if (session !== this.session || typeof stored !== 'number' || stored <= 0) return;
    this.pending += stored;
    this.watchFlush();
    this.changed();
  }

  /** While connected and synced, looks until the socket has flushed, then settles the count. */
  private watchFlush(): void {
    if (this.flushTimer !== null || this.destroyed) return;
    const tick = () => {
      this.flushTimer = null;
      const facts = this.facts();
      const settled = settlePending(this.pending, facts);
      if (settled !== this.pending) {
        this.pending = settled;
        this.storePending();
      }
      this.changed();
      const flushing = facts.socket === 'open' && facts.synced;
      if (flushing && (this.pending > 0 || facts.bufferedBytes > 0)) {
        this.flushTimer = setTimeout(tick, flushPollMs);
      }
    };
    this.flushTimer = setTimeout(tick, 0);
  }

  // -- the snapshot -------------------------------------------------------------------------------

  private facts(): ConnectionFacts {
    const { provider } = this.session;
    return {
      browserOnline: navigator.onLine,
      socket: provider.wsconnected ? 'open' : provider.wsconnecting ? 'connecting' : 'closed',
      synced: provider.synced,
      failedAttempts: provider.wsUnsuccessfulReconnects,
      pending: this.pending,
      bufferedBytes: provider.ws?.bufferedAmount ?? 0,
      ending: this.ending,
      refusal: this.refusal,
    };
  }

  private read(): LiveBoardSnapshot {
    const { doc, provider, copyRead } = this.session;
    const previous = this.snapshot as LiveBoardSnapshot | undefined;
    const sync = deriveSyncState(this.facts());
    const presence = othersPresent(provider.awareness.getStates(), {
      clientId: doc.clientID,
      userId: this.options.userId,
      user: this.options.viewer ?? null,
    });
    const next: LiveBoardSnapshot = {
      doc,
      revision: this.revision,
      ready: copyRead || provider.synced,
      known: this.everSynced || (copyRead && doc.share.size > 0),
      sync: previous && sameSync(previous.sync, sync) ? previous.sync : sync,
      presence:
        previous && samePresence(previous.presence, presence) ? previous.presence : presence,
    };
    const unchanged =
      previous !== undefined &&
      previous.doc === next.doc &&
      previous.revision === next.revision &&
      previous.ready === next.ready &&
      previous.known === next.known &&
      previous.sync === next.sync &&
      previous.presence === next.presence;
    return unchanged ? previous : next;
  }

  /** Publishes a new snapshot once the current round of events is over. */
  private changed(): void {
    if (this.publishQueued) return;
    this.publishQueued = true;
    // Providers emit some events before they finish updating their own fields.
    queueMicrotask(() => {
      this.publishQueued = false;
      const next = this.read();
      // "Syncing" because the socket still holds bytes: look again once it has flushed them.
      if (next.sync.kind === 'syncing' && this.session.provider.synced) this.watchFlush();
      if (next === this.snapshot) return;
      this.snapshot = next;
      for (const listener of this.listeners) listener();
    });
  }
}
