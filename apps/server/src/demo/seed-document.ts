/**
 * Writes demo content into live documents the way accepted edits are written: Yjs updates
 * appended to the document's log, so that the live server loads them like any other change.
 */
import * as Y from 'yjs';
import type { DocumentStore } from '@opale/sync';

/** The state of a document as the live server would load it: snapshot, then the log's tail. */
export async function loadDocument(store: DocumentStore, docName: string): Promise<Y.Doc> {
  const stored = await store.load(docName);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update.bytes);
  return doc;
}

/**
 * Appends what `write` puts into a fresh document, unless the document already holds anything:
 * demo content goes only into empty boards, so seeding again adds nothing twice.
 * Returns whether it wrote.
 */
export async function seedDocument(
  store: DocumentStore,
  docName: string,
  write: (doc: Y.Doc) => void,
): Promise<boolean> {
  return (await seedDocumentSteps(store, docName, [write])) !== null;
}

/**
 * Like `seedDocument`, but appends one update per step, in order, as if each had been made by
 * someone after the one before: what the server derives from each logged update (the capacity
 * board's history of readings) then sees each step on its own. Returns the sequence number of
 * each step's update, or null when the document already held anything.
 */
export async function seedDocumentSteps(
  store: DocumentStore,
  docName: string,
  steps: readonly ((doc: Y.Doc) => void)[],
): Promise<number[] | null> {
  const stored = await store.load(docName);
  if (stored.snapshot !== null || stored.updates.length > 0) return null;
  const doc = new Y.Doc();
  let pending: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => pending.push(update));
  const seqs: number[] = [];
  for (const step of steps) {
    doc.transact(() => step(doc));
    // Only what this step changed, its own deletions included: not the whole state again.
    const update = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    pending = [];
    seqs.push(await store.append(docName, update, null));
  }
  doc.destroy();
  return seqs;
}
