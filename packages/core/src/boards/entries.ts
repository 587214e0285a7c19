import * as Y from 'yjs';

/**
 * The shape every board shares: a root Y.Map per owner (`org:<id>` or a named root), whose
 * first-level keys are `<kind>:<id…>` and whose values are flat Y.Maps of plain fields. Writing
 * field by field (not replacing the whole map) lets two people edit different fields of one entry
 * at once, offline, and both edits survive the merge.
 */
export type FieldValue = string | number | boolean | null;
export type Fields = Record<string, FieldValue>;

export interface Entry<T extends Fields> {
  root: string;
  key: string;
  id: string;
  fields: T;
}

export function entryKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

/** Sets the given fields of an entry, creating it if needed; unchanged fields are not rewritten. */
export function writeEntry(doc: Y.Doc, root: string, key: string, fields: Partial<Fields>): void {
  doc.transact(() => {
    const parent = doc.getMap<Y.Map<FieldValue>>(root);
    let entry = parent.get(key);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<FieldValue>();
      parent.set(key, entry);
    }
    for (const [name, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      if (entry.get(name) !== value) entry.set(name, value);
    }
  });
}

export function deleteEntry(doc: Y.Doc, root: string, key: string): void {
  const parent = doc.getMap(root);
  if (parent.has(key)) parent.delete(key);
}

export function readEntry<T extends Fields>(doc: Y.Doc, root: string, key: string): T | null {
  const entry = doc.getMap(root).get(key);
  return entry instanceof Y.Map ? (entry.toJSON() as T) : null;
}

/** Every entry of one kind in every root whose name starts with `rootPrefix` (e.g. `org:`). */
export function listEntries<T extends Fields>(
  doc: Y.Doc,
  rootPrefix: string,
  kind: string,
): Entry<T>[] {
  const prefix = `${kind}:`;
  const entries: Entry<T>[] = [];
  for (const root of doc.share.keys()) {
    if (root !== rootPrefix && !root.startsWith(rootPrefix)) continue;
    doc.getMap(root).forEach((value, key) => {
      if (!key.startsWith(prefix) || !(value instanceof Y.Map)) return;
      entries.push({ root, key, id: key.slice(prefix.length), fields: value.toJSON() as T });
    });
  }
  const order = (a: Entry<T>) => `${a.root}\u0000${a.key}`;
  return entries.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
