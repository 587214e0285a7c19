/**
 * Where documents persist. The server appends every accepted update before relaying it, and
 * loads a document as its latest snapshot plus the updates logged after it (DESIGN.md §5).
 */
export interface StoredDocument {
  /** A full-state update, or null when the document was never compacted. */
  snapshot: Uint8Array | null;
  /** Updates logged after the snapshot, oldest first. */
  updates: { seq: number; bytes: Uint8Array; author: string | null }[];
}

export interface DocumentStore {
  load(docName: string): Promise<StoredDocument>;
  /**
   * Appends one update durably and returns its sequence number. When it resolves, the update
   * survives a crash; only then may it be relayed.
   */
  append(docName: string, update: Uint8Array, author: string | null): Promise<number>;
  /** Replaces the log up to and including `throughSeq` by a snapshot of the state at that point. */
  compact(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
}

/** For tests and benchmarks that need no durability. */
export class MemoryDocumentStore implements DocumentStore {
  private readonly docs = new Map<
    string,
    { snapshot: Uint8Array | null; updates: StoredDocument['updates']; seq: number }
  >();

  private entry(docName: string) {
    let doc = this.docs.get(docName);
    if (!doc) this.docs.set(docName, (doc = { snapshot: null, updates: [], seq: 0 }));
    return doc;
  }

  async load(docName: string): Promise<StoredDocument> {
    const doc = this.entry(docName);
    return { snapshot: doc.snapshot, updates: [...doc.updates] };
  }

  async append(docName: string, bytes: Uint8Array, author: string | null): Promise<number> {
    const doc = this.entry(docName);
    doc.seq += 1;
    doc.updates.push({ seq: doc.seq, bytes, author });
    return doc.seq;
  }

  async compact(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const doc = this.entry(docName);
    doc.snapshot = snapshot;
    doc.updates = doc.updates.filter((u) => u.seq > throughSeq);
  }
}
