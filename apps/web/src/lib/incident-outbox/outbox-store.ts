/**
 * The incident outbox on this device: every report recorded here and not yet acknowledged by
 * the server, with its photos and documents as Blobs. One IndexedDB database per account
 * (`opale-outbox:<userId>`), so that two people sharing a phone never see or send each other's
 * reports, and signing out deletes exactly that account's outbox.
 */
import type { IncidentDraft } from '@opale/core';
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const outboxDatabasePrefix = 'opale-outbox:';

export function outboxDatabaseName(userId: string): string {
  return `${outboxDatabasePrefix}${userId}`;
}

/** A file picked for a report, kept until the server acknowledges it. */
export interface OutboxAttachment {
  /** Its own idempotency key, made when the file was picked: sent again, it is stored once. */
  key: string;
  name: string;
  /** The file's media type, sent as its Content-Type. */
  type: string;
  size: number;
  blob: Blob;
}

/**
 * `waiting` until a sender takes it, `sending` while one does, `failed` when the server refused
 * it (its message in `error`): then it stays here until the person fixes it or removes it.
 */
export type OutboxState = 'waiting' | 'sending' | 'failed';

export interface OutboxReport {
  /** The report's idempotency key (made once when the form opened): the record's key too. */
  key: string;
  platform: string;
  draft: IncidentDraft;
  /** The attachments the server has not acknowledged yet; each leaves once it has. */
  attachments: OutboxAttachment[];
  /** The keys of the attachments the server holds: listed again by a correction, not resent. */
  sentAttachmentKeys: string[];
  /** Set once `incident.create` answered: the report exists on the server from then on. */
  incidentId: string | null;
  /** The draft was changed after the report was created: it must be sent with `update`. */
  draftChanged: boolean;
  /**
   * Raised by every save. The sender acknowledges the revision it sent: a correction saved while
   * a send was under way is sent after it, never taken as sent.
   */
  revision: number;
  state: OutboxState;
  /** Why the last try did not go through, in the server's words; null when it never answered. */
  error: string | null;
  savedAt: string;
  /** Failed tries in a row, for the backoff. */
  attempts: number;
  /** Not before this time (epoch ms) unless the person asks or the connection comes back. */
  nextAttemptAt: number;
}

/**
 * What the device keeps of a report the server holds entirely, for a while: a correction saved
 * from a form opened before it went is then sent as an update of that report, not lost under its
 * spent idempotency key. No content: the key, where it went, which files went.
 */
export interface SentTrace {
  key: string;
  platform: string;
  incidentId: string;
  sentAttachmentKeys: string[];
  sentAt: string;
}

/** How long a sent report's trace stays on the device. */
export const sentTraceDays = 30;

/** What the form hands in: the rest is the outbox's bookkeeping. */
export interface OutboxReportInput {
  key: string;
  platform: string;
  draft: IncidentDraft;
  attachments: OutboxAttachment[];
}

interface OutboxSchema extends DBSchema {
  reports: { key: string; value: OutboxReport; indexes: { platform: string } };
  sent: { key: string; value: SentTrace };
}

/** How a try of one revision ended, for `settle`. */
export type TryOutcome =
  | { kind: 'refused'; error: string }
  | { kind: 'not-through'; error: string | null; nextAttemptAt: number };

export interface OutboxStore {
  /**
   * Saves a new report, or the person's corrected version of one waiting, failed, being sent, or
   * already sent (then as an update of the report the server made).
   */
  save(input: OutboxReportInput, now: Date): Promise<OutboxReport>;
  get(key: string): Promise<OutboxReport | undefined>;
  /** Oldest first: sent in the order they were recorded. */
  list(platform?: string): Promise<OutboxReport[]>;
  /** Changes a report's bookkeeping; answers undefined when it is no longer there. */
  patch(
    key: string,
    change: Partial<Omit<OutboxReport, 'key' | 'platform' | 'revision'>>,
  ): Promise<OutboxReport | undefined>;
  /**
   * The server made (or had already made) the report, or took the update of `revision`: from now
   * on it is only updated, and only if the person corrected it since.
   */
  acknowledgeCreated(key: string, incidentId: string, revision: number): Promise<void>;
  /** The server holds this attachment: its Blob leaves the device. */
  acknowledgeAttachment(key: string, attachmentKey: string): Promise<void>;
  /**
   * Everything of `revision` went. The report leaves the device (a trace stays) when nothing was
   * corrected since; otherwise it waits to be sent again at once. Answers the report as it left,
   * or undefined when it stays.
   */
  finish(key: string, revision: number, now: Date): Promise<OutboxReport | undefined>;
  /**
   * A try of `revision` failed. Recorded as such when it is still the latest revision; a
   * correction saved meanwhile is tried at once instead (the failure was about the old one).
   */
  settle(key: string, revision: number, outcome: TryOutcome): Promise<void>;
  /** What is kept of a report that went, if it went in the last `sentTraceDays` days. */
  sentTrace(key: string): Promise<SentTrace | undefined>;
  remove(key: string): Promise<void>;
  close(): void;
}

const version = 2;

/** Records written before revisions and sent keys existed read as their first revision. */
function normalized(report: OutboxReport): OutboxReport {
  return {
    ...report,
    revision: report.revision ?? 1,
    sentAttachmentKeys: report.sentAttachmentKeys ?? [],
  };
}

const waitingNow = { state: 'waiting', error: null, attempts: 0, nextAttemptAt: 0 } as const;

export async function openOutboxStore(userId: string): Promise<OutboxStore> {
  const db: IDBPDatabase<OutboxSchema> = await openDB<OutboxSchema>(
    outboxDatabaseName(userId),
    version,
    {
      upgrade(upgrading, oldVersion) {
        if (oldVersion < 1) {
          const reports = upgrading.createObjectStore('reports', { keyPath: 'key' });
          reports.createIndex('platform', 'platform');
        }
        if (oldVersion < 2) upgrading.createObjectStore('sent', { keyPath: 'key' });
      },
      // Another tab deletes the outbox (sign-out): let it, this tab is signing out too.
      blocking() {
        db.close();
      },
    },
  );

  async function change(
    key: string,
    apply: (report: OutboxReport) => OutboxReport,
  ): Promise<OutboxReport | undefined> {
    const tx = db.transaction('reports', 'readwrite');
    const current = await tx.store.get(key);
    const next = current ? apply(normalized(current)) : undefined;
    if (next) await tx.store.put(next);
    await tx.done;
    return next;
  }

  return {
    async save(input, now) {
      const tx = db.transaction(['reports', 'sent'], 'readwrite');
      const reports = tx.objectStore('reports');
      const sent = tx.objectStore('sent');
      const stored = await reports.get(input.key);
      const current = stored ? normalized(stored) : undefined;
      const trace = current ? undefined : await sent.get(input.key);
      const before = current ?? trace;
      if (before && before.platform !== input.platform) {
        throw new Error('This report belongs to another platform; open it from that platform.');
      }
      const sentKeys = before?.sentAttachmentKeys ?? [];
      const incidentId = before?.incidentId ?? null;
      const report: OutboxReport = {
        key: input.key,
        platform: input.platform,
        draft: input.draft,
        attachments: input.attachments.filter((a) => !sentKeys.includes(a.key)),
        sentAttachmentKeys: sentKeys,
        incidentId,
        draftChanged: incidentId !== null,
        revision: (current?.revision ?? 0) + 1,
        ...waitingNow,
        savedAt: current?.savedAt ?? now.toISOString(),
      };
      await reports.put(report);
      if (trace) await sent.delete(input.key);
      await tx.done;
      return report;
    },
    async get(key) {
      const report = await db.get('reports', key);
      return report ? normalized(report) : undefined;
    },
    async list(platform) {
      const reports = platform
        ? await db.getAllFromIndex('reports', 'platform', platform)
        : await db.getAll('reports');
      return reports.map(normalized).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    },
    patch: (key, patch) => change(key, (report) => ({ ...report, ...patch })),
    async acknowledgeCreated(key, incidentId, revision) {
      await change(key, (report) => ({
        ...report,
        incidentId,
        draftChanged: report.revision !== revision,
      }));
    },
    async acknowledgeAttachment(key, attachmentKey) {
      await change(key, (report) => ({
        ...report,
        attachments: report.attachments.filter((a) => a.key !== attachmentKey),
        sentAttachmentKeys: report.sentAttachmentKeys.includes(attachmentKey)
          ? report.sentAttachmentKeys
          : [...report.sentAttachmentKeys, attachmentKey],
      }));
    },
    async finish(key, revision, now) {
      const tx = db.transaction(['reports', 'sent'], 'readwrite');
      const reports = tx.objectStore('reports');
      const sent = tx.objectStore('sent');
      const stored = await reports.get(key);
      const report = stored ? normalized(stored) : undefined;
      let left: OutboxReport | undefined;
      if (report) {
        const complete =
          report.revision === revision &&
          !report.draftChanged &&
          report.attachments.length === 0 &&
          report.incidentId !== null;
        if (complete) {
          await reports.delete(key);
          await sent.put({
            key,
            platform: report.platform,
            incidentId: report.incidentId!,
            sentAttachmentKeys: report.sentAttachmentKeys,
            sentAt: now.toISOString(),
          });
          left = report;
        } else {
          await reports.put({ ...report, ...waitingNow });
        }
      }
      // Traces older than `sentTraceDays` go.
      const oldest = new Date(now.getTime() - sentTraceDays * 86_400_000).toISOString();
      for (const trace of await sent.getAll()) {
        if (trace.sentAt < oldest) await sent.delete(trace.key);
      }
      await tx.done;
      return left;
    },
    async settle(key, revision, outcome) {
      await change(key, (report) => {
        if (report.revision !== revision) return { ...report, ...waitingNow };
        return outcome.kind === 'refused'
          ? { ...report, state: 'failed', error: outcome.error }
          : {
              ...report,
              state: 'waiting',
              attempts: report.attempts + 1,
              nextAttemptAt: outcome.nextAttemptAt,
              error: outcome.error,
            };
      });
    },
    sentTrace: (key) => db.get('sent', key),
    remove: (key) => db.delete('reports', key),
    close: () => db.close(),
  };
}

/** Deletes an account's outbox, with everything still waiting in it (sign-out). */
export async function deleteOutboxStore(userId: string): Promise<void> {
  await deleteDB(outboxDatabaseName(userId));
}
