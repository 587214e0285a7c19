import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as m0001 from './migrations/0001_accounts';
import * as m0002 from './migrations/0002_document_log';
import * as m0003 from './migrations/0003_feed_tokens';
import * as m0004 from './migrations/0004_groups';
import * as m0005 from './migrations/0005_feed_calendars';
import * as m0006 from './migrations/0006_capacity_readings';
import * as m0007 from './migrations/0007_guide';
import * as m0008 from './migrations/0008_incidents';
import * as m0009 from './migrations/0009_incident_attachments';
import * as m0010 from './migrations/0010_distribution_bans';
import * as m0011 from './migrations/0011_incident_occurrence';
import * as m0012 from './migrations/0012_incident_retention';
import * as m0013 from './migrations/0013_followup_decisions';

// Listed in code rather than read from a folder so the server bundle carries them.
const migrations: Record<string, Migration> = {
  '0001_accounts': m0001,
  '0002_document_log': m0002,
  '0003_feed_tokens': m0003,
  '0004_groups': m0004,
  '0005_feed_calendars': m0005,
  '0006_capacity_readings': m0006,
  '0007_guide': m0007,
  '0008_incidents': m0008,
  '0009_incident_attachments': m0009,
  '0010_distribution_bans': m0010,
  '0011_incident_occurrence': m0011,
  '0012_incident_retention': m0012,
  '0013_followup_decisions': m0013,
};

export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const cause =
      result.error instanceof Error ? result.error.message : JSON.stringify(result.error);
    throw new Error(
      `Database migration ${failed?.migrationName ?? ''} failed: ${cause}. ` +
        'Nothing after it was applied; restore a backup or fix the database, then start again.',
    );
  }
  return result;
}

/** Migrations this build knows that the database has not run yet (all of them when it is empty). */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const known = await migrator.getMigrations();
  return known.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
