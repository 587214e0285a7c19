/**
 * Writes demo content into live documents the way an accepted edit is written: one Yjs update
 * appended to the document's log, so that the live server loads it like any other change.
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
  const stored = await store.load(docName);
  if (stored.snapshot !== null || stored.updates.length > 0) return false;
  const doc = new Y.Doc();
  write(doc);
  await store.append(docName, Y.encodeStateAsUpdate(doc), null);
  return true;
}
