/**
 * The outbox of the signed-in account in this tab: its reports for screens to show, and the
 * sender that runs at start, when the connection returns, when the app comes back to the front,
 * and every 30 s while reports wait. Tabs share the database; a Web Lock lets one tab send at a
 * time, and a BroadcastChannel tells the others to read the outbox again.
 */
import {
  sendWaitingReports,
  type OutboxTransport,
  type SenderLock,
  type SentReport,
} from './outbox-sender';
import {
  deleteOutboxStore,
  openOutboxStore,
  outboxDatabaseName,
  type OutboxReport,
  type OutboxReportInput,
  type OutboxStore,
  type SentTrace,
} from './outbox-store';

export interface OutboxSnapshot {
  /** False until the device's outbox has been read once. */
  loaded: boolean;
  reports: readonly OutboxReport[];
  /** Reports sent since this tab opened, latest first: the screens' "sent" moment. */
  sent: readonly SentReport[];
}

const everyWhileWaitingMs = 30_000;

function webLock(name: string): SenderLock {
  return async (send) => {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) {
      await send();
      return true;
    }
    return locks.request(name, { ifAvailable: true }, async (held) => {
      if (!held) return false;
      await send();
      return true;
    });
  };
}

export class IncidentOutbox {
  private snapshot: OutboxSnapshot = { loaded: false, reports: [], sent: [] };
  private readonly listeners = new Set<() => void>();
  private readonly store: Promise<OutboxStore>;
  private readonly channel: BroadcastChannel | null;
  private running: Promise<void> | null = null;
  private again: { force: boolean } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private starts = 0;
  private closed = false;

  constructor(
    readonly userId: string,
    private readonly transport: OutboxTransport,
  ) {
    this.store = openOutboxStore(userId);
    this.channel =
      typeof BroadcastChannel === 'undefined'
        ? null
        : new BroadcastChannel(outboxDatabaseName(userId));
    if (this.channel) this.channel.onmessage = () => void this.reload();
    void this.reload();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): OutboxSnapshot => this.snapshot;

  async get(key: string): Promise<OutboxReport | undefined> {
    return (await this.store).get(key);
  }

  /** Where a report that left this device went (its id on the server), for a while after. */
  async sentTrace(key: string): Promise<SentTrace | undefined> {
    return (await this.store).sentTrace(key);
  }

  /** Keeps the report on this device, then sends it at once if the connection allows. */
  async save(input: OutboxReportInput): Promise<void> {
    await (await this.store).save(input, new Date());
    await this.changed();
    void this.send({ force: true });
  }

  /** A failed report the person wants to try again as it is. */
  async retry(key: string): Promise<void> {
    await (
      await this.store
    ).patch(key, {
      state: 'waiting',
      error: null,
      attempts: 0,
      nextAttemptAt: 0,
    });
    await this.changed();
    void this.send({ force: true });
  }

  /** Drops a report that will never be sent (the person chose to). */
  async remove(key: string): Promise<void> {
    await (await this.store).remove(key);
    await this.changed();
  }

  /**
   * Starts the triggers (connection back, app in front, the 30 s tick); every screen that shows
   * the outbox calls it, the last one to leave stops them.
   */
  start(): () => void {
    this.starts += 1;
    if (this.starts === 1) {
      window.addEventListener('online', this.onOnline);
      document.addEventListener('visibilitychange', this.onVisible);
      void this.send({ force: false });
    }
    return () => {
      this.starts -= 1;
      if (this.starts > 0) return;
      window.removeEventListener('online', this.onOnline);
      document.removeEventListener('visibilitychange', this.onVisible);
      this.clearTimer();
    };
  }

  /** One pass of the sender; passes asked for while one runs are merged into one after it. */
  send({ force }: { force: boolean }): Promise<void> {
    if (this.running) {
      this.again = { force: force || (this.again?.force ?? false) };
      return this.running;
    }
    this.running = this.pass(force).finally(() => {
      this.running = null;
      const next = this.again;
      this.again = null;
      if (next && !this.closed) void this.send(next);
    });
    return this.running;
  }

  /** Closes the database (sign-out deletes it next). */
  async close(): Promise<void> {
    this.closed = true;
    this.clearTimer();
    window.removeEventListener('online', this.onOnline);
    document.removeEventListener('visibilitychange', this.onVisible);
    this.channel?.close();
    await this.running?.catch(() => undefined);
    (await this.store).close();
  }

  private readonly onOnline = () => void this.send({ force: true });
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') void this.send({ force: true });
  };

  private async pass(force: boolean): Promise<void> {
    if (this.closed) return;
    const store = await this.store;
    if (typeof navigator !== 'undefined' && !navigator.onLine && !force) {
      this.schedule(Date.now() + everyWhileWaitingMs);
      return;
    }
    try {
      const run = await sendWaitingReports(
        {
          store,
          transport: this.transport,
          lock: webLock(`${outboxDatabaseName(this.userId)}:send`),
          onChange: () => void this.changed(),
          onSent: (sent) => {
            this.snapshot = { ...this.snapshot, sent: [sent, ...this.snapshot.sent] };
            this.emit();
          },
        },
        { force },
      );
      await this.changed();
      if (run.waiting > 0) {
        const next = Math.max(run.nextAttemptAt ?? 0, Date.now() + 1_000);
        this.schedule(Math.min(next, Date.now() + everyWhileWaitingMs));
      } else {
        this.clearTimer();
      }
    } catch {
      // The outbox could not be read (storage evicted, private mode): try again on the next tick.
      this.schedule(Date.now() + everyWhileWaitingMs);
    }
  }

  private schedule(at: number): void {
    if (this.closed || this.starts === 0) return;
    this.clearTimer();
    this.timer = setTimeout(() => void this.send({ force: false }), Math.max(0, at - Date.now()));
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async changed(): Promise<void> {
    await this.reload();
    this.channel?.postMessage('changed');
  }

  private async reload(): Promise<void> {
    if (this.closed) return;
    try {
      const reports = await (await this.store).list();
      this.snapshot = { ...this.snapshot, loaded: true, reports };
    } catch {
      this.snapshot = { ...this.snapshot, loaded: true };
    }
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

const outboxes = new Map<string, IncidentOutbox>();

/** The one outbox of this account in this tab. */
export function incidentOutboxOf(
  userId: string,
  makeTransport: () => OutboxTransport,
): IncidentOutbox {
  let outbox = outboxes.get(userId);
  if (!outbox) {
    outbox = new IncidentOutbox(userId, makeTransport());
    outboxes.set(userId, outbox);
  }
  return outbox;
}

/** How many reports of this account wait on this device (for the warning before signing out). */
export async function countWaitingReports(userId: string): Promise<number> {
  const open = outboxes.get(userId);
  if (open) return open.getSnapshot().reports.length;
  const store = await openOutboxStore(userId);
  try {
    return (await store.list()).length;
  } finally {
    store.close();
  }
}

/** Signing out: this account's outbox leaves the device, with whatever still waits in it. */
export async function forgetIncidentOutbox(userId: string, timeoutMs = 3_000): Promise<void> {
  const open = outboxes.get(userId);
  outboxes.delete(userId);
  await open?.close();
  // Another tab holding it open closes on the version change; do not wait on it forever.
  await Promise.race([
    deleteOutboxStore(userId).catch(() => undefined),
    new Promise((done) => setTimeout(done, timeoutMs)),
  ]);
}
