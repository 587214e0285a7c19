import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrateToLatest, openSqlite } from '@opale/db';
import { SqlDocumentStore } from '../src/live/sql-document-store';

function updateWith(name: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('sites').set(name, name);
  return Y.encodeStateAsUpdate(doc);
}

describe('the SQL document store', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function open(file?: string) {
    const dir = file ? undefined : mkdtempSync(join(tmpdir(), 'opale-store-'));
    if (dir) dirs.push(dir);
    const handle = openSqlite(file ?? join(dir!, 'opale.sqlite'));
    await migrateToLatest(handle.db);
    return {
      ...handle,
      store: new SqlDocumentStore(handle.db),
      file: file ?? join(dir!, 'opale.sqlite'),
    };
  }

  it('appends updates in sequence and loads them back in order, per document', async () => {
    const { db, store } = await open();
    expect(await store.load('schedule:calais')).toEqual({ snapshot: null, updates: [] });
    const a = updateWith('a');
    expect(await store.append('schedule:calais', a, 'user-1')).toBe(1);
    expect(await store.append('schedule:calais', updateWith('b'), 'user-2')).toBe(2);
    expect(await store.append('capacity:calais', updateWith('c'), null)).toBe(1);
    const loaded = await store.load('schedule:calais');
    expect(loaded.updates.map((u) => [u.seq, u.author])).toEqual([
      [1, 'user-1'],
      [2, 'user-2'],
    ]);
    expect(loaded.updates[0]!.bytes).toEqual(a);
    await db.destroy();
  });

  it('keeps appended updates across a reopen of the file, and continues the sequence', async () => {
    const first = await open();
    await first.store.append('schedule:calais', updateWith('a'), null);
    await first.db.destroy();
    const second = await open(first.file);
    await second.store.load('schedule:calais');
    expect(await second.store.append('schedule:calais', updateWith('b'), null)).toBe(2);
    expect((await second.store.load('schedule:calais')).updates).toHaveLength(2);
    await second.db.destroy();
  });

  it('replaces the log by a snapshot and keeps later updates as the tail', async () => {
    const { db, store } = await open();
    for (const name of ['a', 'b', 'c'])
      await store.append('schedule:calais', updateWith(name), null);
    const doc = new Y.Doc();
    for (const u of (await store.load('schedule:calais')).updates) Y.applyUpdate(doc, u.bytes);
    await store.compact('schedule:calais', Y.encodeStateAsUpdate(doc), 2);
    await store.append('schedule:calais', updateWith('d'), null);
    const loaded = await store.load('schedule:calais');
    expect(loaded.snapshot).not.toBeNull();
    expect(loaded.updates.map((u) => u.seq)).toEqual([3, 4]);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, loaded.snapshot!);
    for (const u of loaded.updates) Y.applyUpdate(reloaded, u.bytes);
    expect([...reloaded.getMap('sites').keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    // The sequence continues after the snapshot even when the tail is empty.
    await store.compact('schedule:calais', Y.encodeStateAsUpdate(reloaded), 4);
    const fresh = new SqlDocumentStore(db);
    await fresh.load('schedule:calais');
    expect(await fresh.append('schedule:calais', updateWith('e'), null)).toBe(5);
    await db.destroy();
  });
});
