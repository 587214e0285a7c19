import type { Insertable, Kysely } from 'kysely';
import type { CapacityReadingRow, CapacityReadingTable, Database } from '../schema';

/**
 * Records a reading once: the same update replayed (after a crash, or when a board loads again)
 * finds its row already there and adds nothing.
 */
export async function recordCapacityReading(
  db: Kysely<Database>,
  reading: Insertable<CapacityReadingTable>,
): Promise<void> {
  await db
    .insertInto('capacityReadings')
    .values(reading)
    .onConflict((oc) => oc.columns(['doc', 'seq', 'organisationId', 'serviceId']).doNothing())
    .execute();
}

/** The readings of one service between two instants (ISO 8601, inclusive), oldest first. */
export async function listServiceReadings(
  db: Kysely<Database>,
  where: { platform: string; organisationId: string; serviceId: string; from: string; to: string },
): Promise<CapacityReadingRow[]> {
  return db
    .selectFrom('capacityReadings')
    .selectAll()
    .where('platform', '=', where.platform)
    .where('organisationId', '=', where.organisationId)
    .where('serviceId', '=', where.serviceId)
    .where('readingAt', '>=', where.from)
    .where('readingAt', '<=', where.to)
    .orderBy('readingAt')
    .orderBy('seq')
    .execute();
}

/** Every reading of a platform between two instants (ISO 8601, inclusive), oldest first. */
export async function listPlatformReadings(
  db: Kysely<Database>,
  where: { platform: string; from: string; to: string },
): Promise<CapacityReadingRow[]> {
  return db
    .selectFrom('capacityReadings')
    .selectAll()
    .where('platform', '=', where.platform)
    .where('readingAt', '>=', where.from)
    .where('readingAt', '<=', where.to)
    .orderBy('readingAt')
    .orderBy('seq')
    .execute();
}

/** A document's history in the order the server accepted it (for tests and audits). */
export async function listReadingsOfDocument(
  db: Kysely<Database>,
  doc: string,
): Promise<CapacityReadingRow[]> {
  return db
    .selectFrom('capacityReadings')
    .selectAll()
    .where('doc', '=', doc)
    .orderBy('seq')
    .orderBy('organisationId')
    .orderBy('serviceId')
    .execute();
}
