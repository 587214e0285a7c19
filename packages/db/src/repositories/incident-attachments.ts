import type { Kysely } from 'kysely';
import type { Database, IncidentAttachmentRow } from '../schema';

/**
 * Inserts an attachment unless its incident already has one with the same idempotency key;
 * either way returns the row that holds the key, and whether this call made it.
 */
export async function insertIncidentAttachmentOnce(
  db: Kysely<Database>,
  attachment: IncidentAttachmentRow,
): Promise<{ attachment: IncidentAttachmentRow; created: boolean }> {
  const inserted = await db
    .insertInto('incidentAttachments')
    .values(attachment)
    .onConflict((oc) => oc.columns(['incidentId', 'idempotencyKey']).doNothing())
    .executeTakeFirst();
  const row = await findIncidentAttachmentByKey(
    db,
    attachment.incidentId,
    attachment.idempotencyKey,
  );
  if (!row) {
    throw new Error(`Attachment ${attachment.id} was neither inserted nor found by its key.`);
  }
  return { attachment: row, created: Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0 };
}

export async function findIncidentAttachmentById(
  db: Kysely<Database>,
  id: string,
): Promise<IncidentAttachmentRow | undefined> {
  return db.selectFrom('incidentAttachments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findIncidentAttachmentByKey(
  db: Kysely<Database>,
  incidentId: string,
  idempotencyKey: string,
): Promise<IncidentAttachmentRow | undefined> {
  return db
    .selectFrom('incidentAttachments')
    .selectAll()
    .where('incidentId', '=', incidentId)
    .where('idempotencyKey', '=', idempotencyKey)
    .executeTakeFirst();
}

/** The attachments of one report, or of several, oldest first. */
export async function listIncidentAttachments(
  db: Kysely<Database>,
  incidentIds: string | readonly string[],
): Promise<IncidentAttachmentRow[]> {
  const ids = typeof incidentIds === 'string' ? [incidentIds] : [...incidentIds];
  if (ids.length === 0) return [];
  return db
    .selectFrom('incidentAttachments')
    .selectAll()
    .where('incidentId', 'in', ids)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/**
 * Deletes the row and returns it (its `storageKey` names the file the caller must remove next),
 * or undefined when there was none.
 */
export async function deleteIncidentAttachment(
  db: Kysely<Database>,
  id: string,
): Promise<IncidentAttachmentRow | undefined> {
  return db
    .deleteFrom('incidentAttachments')
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Every storage key the database still refers to. The evidence folder holds no other file for
 * long: one without a row (left by a crash between writing and recording, or by an incident
 * deleted with its rows) is swept at start.
 */
export async function listIncidentAttachmentStorageKeys(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('incidentAttachments').select('storageKey').execute();
  return rows.map((row) => row.storageKey);
}
