import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertMembership, migrateToLatest, openSqlite } from '../src';

describe('the embedded database', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('opens a file in WAL mode with full sync, secure delete and foreign keys enforced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opale-db-'));
    dirs.push(dir);
    const { db, sqlite } = openSqlite(join(dir, 'opale.sqlite'));
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    // Deleted rows are overwritten with zeros, not left in free pages (incident retention).
    expect(sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    await migrateToLatest(db);
    await expect(
      insertMembership(db, {
        id: 'm1',
        userId: 'no-such-user',
        platformId: 'no-such-platform',
        organisationId: 'no-such-organisation',
        role: 'rep',
        createdAt: '2026-11-26T00:00:00.000Z',
        updatedAt: '2026-11-26T00:00:00.000Z',
      }),
    ).rejects.toThrow(/FOREIGN KEY/);
    await db.destroy();
  });

  it('migrates once: running the migrations again changes nothing', async () => {
    const { db } = openSqlite(':memory:');
    const first = await migrateToLatest(db);
    const names = first.results?.map((r) => r.migrationName) ?? [];
    // Every migration this build knows, in order, each applied once (the latest is follow-up decisions').
    expect(names).toEqual([...names].sort());
    expect(names.at(-1)).toBe('0013_followup_decisions');
    expect(first.results?.every((r) => r.status === 'Success')).toBe(true);
    expect(names.length).toBe(new Set(names).size);
    const second = await migrateToLatest(db);
    expect(second.results).toEqual([]);
    await db.destroy();
  });
});
