import { Migrator, sql, type Migration } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  findFeedTokenByHash,
  findIncidentById,
  insertOrganisation,
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
import * as m0005 from '../src/migrations/0005_feed_calendars';
import * as m0006 from '../src/migrations/0006_capacity_readings';
import * as m0007 from '../src/migrations/0007_guide';
import * as m0008 from '../src/migrations/0008_incidents';

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
      '0009_incident_attachments',
      '0010_distribution_bans',
      '0011_incident_occurrence',
      '0012_incident_retention',
      '0013_followup_decisions',
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

  it('keeps the incidents reported before occurrence links, linked to no distribution', async () => {
    const { db } = openSqlite(':memory:');
    const before: Record<string, Migration> = {
      '0001_accounts': m0001,
      '0002_document_log': m0002,
      '0003_feed_tokens': m0003,
      '0004_groups': m0004,
      '0005_feed_calendars': m0005,
      '0006_capacity_readings': m0006,
      '0007_guide': m0007,
      '0008_incidents': m0008,
    };
    await new Migrator({ db, provider: { getMigrations: async () => before } }).migrateToLatest();
    expect(await pendingMigrations(db)).toContain('0011_incident_occurrence');
    const at = '2026-10-01T00:00:00.000Z';
    await insertPlatform(db, { id: 'p1', slug: 'calais', name: 'Calais', createdAt: at });
    await insertOrganisation(db, {
      id: 'o1',
      name: 'Utopia 56',
      shortName: 'U56',
      kind: 'association',
      stateMandated: 0,
      publiclyFunded: 0,
      contactEmail: null,
      contactPhone: null,
      website: null,
      createdAt: at,
      updatedAt: at,
    });
    // Written as the code of that time wrote it: no occurrence columns yet.
    await sql`insert into incidents (id, platform_id, organisation_id, status, type, occurred_at,
      place_text, commune, authority, narrative, idempotency_key, created_at, updated_at)
      values ('i1', 'p1', 'o1', 'draft', 'fine', ${at}, 'Rue des Garennes', 'Calais', 'police_nationale',
      'A fine during the meal.', 'k1', ${at}, ${at})`.execute(db);

    await migrateToLatest(db);
    expect(await findIncidentById(db, 'i1')).toMatchObject({
      id: 'i1',
      occurrenceSeriesId: null,
      occurrenceDate: null,
    });
    await db.destroy();
  });
});
