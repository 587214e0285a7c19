/** The update log of live documents in SQL: durable on append, compacted into snapshots. */
import type { Kysely } from 'kysely';
import {
  appendDocumentUpdate,
  lastDocumentSeq,
  loadDocumentLog,
  replaceDocumentLogWithSnapshot,
  type Database,
} from '@opale/db';
import type { DocumentStore, StoredDocument } from '@opale/sync';

export class SqlDocumentStore implements DocumentStore {
  /** Next sequence number per loaded document; the sync server appends to one document at a time. */
  private readonly lastSeq = new Map<string, number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async load(docName: string): Promise<StoredDocument> {
    const log = await loadDocumentLog(this.db, docName);
    this.lastSeq.set(docName, await lastDocumentSeq(this.db, docName));
    return { snapshot: log.snapshot?.bytes ?? null, updates: log.updates };
  }

  async append(docName: string, update: Uint8Array, author: string | null): Promise<number> {
    const seq = (this.lastSeq.get(docName) ?? (await lastDocumentSeq(this.db, docName))) + 1;
    await appendDocumentUpdate(this.db, {
      doc: docName,
      seq,
      bytes: update,
      author,
      at: this.now().toISOString(),
    });
    this.lastSeq.set(docName, seq);
    return seq;
  }

  async compact(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    await replaceDocumentLogWithSnapshot(this.db, {
      doc: docName,
      seq: throughSeq,
      bytes: snapshot,
      at: this.now().toISOString(),
    });
  }
}
