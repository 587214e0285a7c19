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
  attachmentsSent: number;
  /** Set once `incident.create` answered: the report exists on the server from then on. */
  incidentId: string | null;
  /** The draft was changed after the report was created: it must be sent with `update`. */
  draftChanged: boolean;
  state: OutboxState;
  /** Why the last try did not go through, in the server's words; null when it never answered. */
  error: string | null;
  savedAt: string;
  /** Failed tries in a row, for the backoff. */
  attempts: number;
  /** Not before this time (epoch ms) unless the person asks or the connection comes back. */
  nextAttemptAt: number;
}

/** What the form hands in: the rest is the outbox's bookkeeping. */
export interface OutboxReportInput {
  key: string;
  platform: string;
  draft: IncidentDraft;
  attachments: OutboxAttachment[];
}

interface OutboxSchema extends DBSchema {
  reports: { key: string; value: OutboxReport; indexes: { platform: string } };
}

export interface OutboxStore {
  /** Saves a new report, or the person's corrected version of one already waiting or failed. */
  save(input: OutboxReportInput, now: Date): Promise<OutboxReport>;
  get(key: string): Promise<OutboxReport | undefined>;
  /** Oldest first: sent in the order they were recorded. */
  list(platform?: string): Promise<OutboxReport[]>;
  /** Changes a report's bookkeeping; answers undefined when it is no longer there. */
  patch(
    key: string,
    change: Partial<Omit<OutboxReport, 'key' | 'platform'>>,
  ): Promise<OutboxReport | undefined>;
  /** The server made (or had already made) the report: from now on it is only updated. */
  acknowledgeCreated(key: string, incidentId: string): Promise<void>;
  /** The server holds this attachment: its Blob leaves the device. */
  acknowledgeAttachment(key: string, attachmentKey: string): Promise<void>;
  remove(key: string): Promise<void>;
  close(): void;
}

const version = 1;

export async function openOutboxStore(userId: string): Promise<OutboxStore> {
  const db: IDBPDatabase<OutboxSchema> = await openDB<OutboxSchema>(
    outboxDatabaseName(userId),
    version,
    {
      upgrade(upgrading) {
        const reports = upgrading.createObjectStore('reports', { keyPath: 'key' });
        reports.createIndex('platform', 'platform');
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
    const next = current ? apply(current) : undefined;
    if (next) await tx.store.put(next);
    await tx.done;
    return next;
  }

  return {
    async save(input, now) {
      const tx = db.transaction('reports', 'readwrite');
      const current = await tx.store.get(input.key);
      if (current && current.platform !== input.platform) {
        throw new Error('This report belongs to another platform; open it from that platform.');
      }
      const report: OutboxReport = {
        key: input.key,
        platform: input.platform,
        draft: input.draft,
        attachments: input.attachments,
        attachmentsSent: current?.attachmentsSent ?? 0,
        incidentId: current?.incidentId ?? null,
        draftChanged: current?.incidentId ? true : false,
        state: 'waiting',
        error: null,
        savedAt: current?.savedAt ?? now.toISOString(),
        attempts: 0,
        nextAttemptAt: 0,
      };
      await tx.store.put(report);
      await tx.done;
      return report;
    },
    get: (key) => db.get('reports', key),
    async list(platform) {
      const reports = platform
        ? await db.getAllFromIndex('reports', 'platform', platform)
        : await db.getAll('reports');
      return reports.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    },
    patch: (key, patch) => change(key, (report) => ({ ...report, ...patch })),
    async acknowledgeCreated(key, incidentId) {
      await change(key, (report) => ({ ...report, incidentId, draftChanged: false }));
    },
    async acknowledgeAttachment(key, attachmentKey) {
      await change(key, (report) => {
        const left = report.attachments.filter((a) => a.key !== attachmentKey);
        const sent = report.attachments.length - left.length;
        return { ...report, attachments: left, attachmentsSent: report.attachmentsSent + sent };
      });
    },
    remove: (key) => db.delete('reports', key),
    close: () => db.close(),
  };
}

/** Deletes an account's outbox, with everything still waiting in it (sign-out). */
export async function deleteOutboxStore(userId: string): Promise<void> {
  await deleteDB(outboxDatabaseName(userId));
}
