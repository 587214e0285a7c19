import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertAuditEvents, migrateToLatest, openSqlite, type Database } from '../src';

let db: Kysely<Database>;

beforeEach(async () => {
  db = openSqlite(':memory:').db;
  await migrateToLatest(db);
});

afterEach(async () => {
  await db.destroy();
});

const event = (n: number) => ({
  at: '2026-11-26T09:00:00.000Z',
  actorId: null,
  platformId: null,
  action: 'incident.read_outside',
  targetType: 'incident',
  targetId: `incident-${n}`,
  detail: '{"via":"list"}',
  ip: null,
});

describe('audit events written together', () => {
  it('writes every event of a long list, in order, past the size of one insert', async () => {
    await insertAuditEvents(
      db,
      Array.from({ length: 450 }, (_, n) => event(n)),
    );
    const rows = await db.selectFrom('auditEvents').select('targetId').orderBy('id').execute();
    expect(rows.map((r) => r.targetId)).toEqual(
      Array.from({ length: 450 }, (_, n) => `incident-${n}`),
    );
  });

  it('writes none of them when one cannot be written', async () => {
    const broken = { ...event(300), action: null as unknown as string };
    await expect(
      insertAuditEvents(db, [...Array.from({ length: 300 }, (_, n) => event(n)), broken]),
    ).rejects.toThrow();
    const { n } = await db
      .selectFrom('auditEvents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(0);
  });

  it('does nothing for an empty list', async () => {
    await insertAuditEvents(db, []);
    expect(await db.selectFrom('auditEvents').selectAll().execute()).toEqual([]);
  });
});
