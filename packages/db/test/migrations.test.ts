import { Migrator, type Migration } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  findFeedTokenByHash,
  insertPlatform,
  insertUser,
  migrateToLatest,
  openSqlite,
  pendingMigrations,
} from '../src';
import * as m0001 from '../src/migrations/0001_accounts';
import * as m0002 from '../src/migrations/0002_document_log';
import * as m0003 from '../src/migrations/0003_feed_tokens';
import * as m0004 from '../src/migrations/0004_groups';

describe('migrations over existing data', () => {
  it('keeps the calendar links made before agenda links as distributions links', async () => {
    const { db } = openSqlite(':memory:');
    const before: Record<string, Migration> = {
      '0001_accounts': m0001,
      '0002_document_log': m0002,
      '0003_feed_tokens': m0003,
      '0004_groups': m0004,
    };
    await new Migrator({ db, provider: { getMigrations: async () => before } }).migrateToLatest();
    expect(await pendingMigrations(db)).toEqual([
      '0005_feed_calendars',
      '0006_capacity_readings',
      '0007_guide',
      '0008_incidents',
    ]);
    const at = '2026-10-01T00:00:00.000Z';
    await insertUser(db, {
      id: 'u1',
      email: 'rep@example.org',
      name: 'Rep',
      passwordHash: 'x',
      locale: 'en',
      createdAt: at,
      passwordChangedAt: at,
    });
    await insertPlatform(db, { id: 'p1', slug: 'calais', name: 'Calais', createdAt: at });
    // Written as the code of that time wrote it: no calendar column yet.
    await db
      .insertInto('feedTokens')
      .values({
        id: 'f1',
        tokenHash: 'hash',
        userId: 'u1',
        platformId: 'p1',
        scope: 'platform',
        organisationId: null,
        createdAt: at,
        revokedAt: null,
      })
      .execute();

    await migrateToLatest(db);
    expect(await findFeedTokenByHash(db, 'hash')).toMatchObject({
      id: 'f1',
      calendar: 'distributions',
    });
    await db.destroy();
  });
});
