/**
 * The SQL history of capacity readings (issue: service-capacity boards): every reading a live
 * client, an import or the demo seed writes into a `capacity:<platform>` board becomes one row,
 * keyed by the update that carried it. The sync server calls this after logging and applying each
 * update, and again for the log's tail when a board loads, so a crash between the two loses
 * nothing and the replay adds nothing twice.
 */
import type { Kysely } from 'kysely';
import { capacityBoard, isCapacityStatus } from '@opale/core';
import { recordCapacityReading, type Database } from '@opale/db';
import type { Projector } from '@opale/sync';

const orgRoot = 'org:';
const readingKey = 'reading:';

export function capacityHistory(db: Kysely<Database>, now: () => Date): Projector {
  return {
    wants: (docName) => docName.board === 'capacity' && docName.group === null,
    async project(room, update) {
      const seen = new Set<string>();
      for (const { root, key } of update.locations) {
        if (!root.startsWith(orgRoot) || key === null || !key.startsWith(readingKey)) continue;
        const organisationId = root.slice(orgRoot.length);
        const serviceId = key.slice(readingKey.length);
        const once = `${organisationId}\u0000${serviceId}`;
        if (seen.has(once)) continue;
        seen.add(once);
        // The reading as this update left it; a deletion (the service removed) is no reading.
        const reading = capacityBoard.reading(update.doc, organisationId, serviceId);
        if (!reading || !isCapacityStatus(reading.status) || typeof reading.at !== 'string') {
          continue;
        }
        await recordCapacityReading(db, {
          doc: room.name,
          seq: update.seq,
          platform: room.docName.platform,
          organisationId,
          serviceId,
          status: reading.status,
          available: wholeOrNull(reading.available),
          total: wholeOrNull(reading.total),
          note: typeof reading.note === 'string' ? reading.note.slice(0, 500) : null,
          byName: typeof reading.by === 'string' ? reading.by.slice(0, 200) : '',
          authorId: update.author,
          readingAt: Number.isNaN(Date.parse(reading.at))
            ? now().toISOString()
            : new Date(reading.at).toISOString(),
          recordedAt: now().toISOString(),
        });
      }
    },
  };
}

function wholeOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}
