import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteIncidentAttachment,
  findIncidentAttachmentById,
  insertIncidentAttachmentOnce,
  insertOrganisation,
  insertPlatform,
  insertUser,
  listIncidentAttachments,
  listIncidentAttachmentStorageKeys,
  migrateToLatest,
  openSqlite,
  type Database,
  type IncidentAttachmentRow,
} from '../src';

const at = '2026-11-26T09:00:00.000Z';
let db: Kysely<Database>;

async function insertReport(id: string, key: string): Promise<void> {
  await db
    .insertInto('incidents')
    .values({
      id,
      platformId: 'p1',
      organisationId: 'o1',
      createdBy: 'u1',
      status: 'draft',
      verifiedBy: null,
      verifiedAt: null,
      type: 'eviction',
      occurredAt: at,
      siteId: null,
      placeText: 'Rue des Sablières',
      commune: 'Calais',
      authority: 'police_nationale',
      officers: null,
      vehicles: null,
      itemsSeized: null,
      fineAmountCents: null,
      fineNoticeDate: null,
      narrative: 'The tents were taken during the meal.',
      idempotencyKey: key,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    })
    .execute();
}

function attachment(overrides: Partial<IncidentAttachmentRow> = {}): IncidentAttachmentRow {
  return {
    id: 'a1',
    incidentId: 'i1',
    kind: 'photo',
    mediaType: 'image/jpeg',
    sizeBytes: 5112,
    sha256: 'ab'.repeat(32),
    fileName: 'IMG_0042.jpg',
    storageKey: 'k1',
    idempotencyKey: 'upload-1',
    createdBy: 'u1',
    createdAt: at,
    ...overrides,
  };
}

beforeEach(async () => {
  db = openSqlite(':memory:').db;
  await migrateToLatest(db);
  await insertUser(db, {
    id: 'u1',
    email: 'field@example.org',
    name: 'Field',
    passwordHash: 'x',
    locale: 'fr',
    createdAt: at,
    passwordChangedAt: at,
  });
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
  await insertReport('i1', 'report-1');
  await insertReport('i2', 'report-2');
});
afterEach(async () => {
  await db.destroy();
});

describe('incident attachments', () => {
  it('records an upload once per idempotency key and returns the first row to a retry', async () => {
    const first = await insertIncidentAttachmentOnce(db, attachment());
    expect(first).toEqual({ attachment: attachment(), created: true });
    const retry = await insertIncidentAttachmentOnce(
      db,
      attachment({ id: 'a2', storageKey: 'k2', sha256: 'cd'.repeat(32) }),
    );
    expect(retry).toEqual({ attachment: attachment(), created: false });
    expect(await listIncidentAttachments(db, 'i1')).toHaveLength(1);
  });

  it('lets two reports use the same upload key', async () => {
    await insertIncidentAttachmentOnce(db, attachment());
    const other = await insertIncidentAttachmentOnce(
      db,
      attachment({ id: 'a2', incidentId: 'i2', storageKey: 'k2' }),
    );
    expect(other.created).toBe(true);
  });

  it('lists the attachments of one report or of several, oldest first', async () => {
    await insertIncidentAttachmentOnce(
      db,
      attachment({ id: 'a2', storageKey: 'k2', idempotencyKey: 'upload-2', createdAt: later(2) }),
    );
    await insertIncidentAttachmentOnce(db, attachment());
    await insertIncidentAttachmentOnce(
      db,
      attachment({ id: 'a3', incidentId: 'i2', storageKey: 'k3', createdAt: later(1) }),
    );
    expect((await listIncidentAttachments(db, 'i1')).map((a) => a.id)).toEqual(['a1', 'a2']);
    expect((await listIncidentAttachments(db, ['i1', 'i2'])).map((a) => a.id)).toEqual([
      'a1',
      'a3',
      'a2',
    ]);
    expect(await listIncidentAttachments(db, [])).toEqual([]);
    expect((await listIncidentAttachmentStorageKeys(db)).sort()).toEqual(['k1', 'k2', 'k3']);
  });

  it('deletes one attachment and returns it, so its file can be removed next', async () => {
    await insertIncidentAttachmentOnce(db, attachment());
    expect(await deleteIncidentAttachment(db, 'a1')).toEqual(attachment());
    expect(await findIncidentAttachmentById(db, 'a1')).toBeUndefined();
    expect(await deleteIncidentAttachment(db, 'a1')).toBeUndefined();
  });

  it('goes with its report when the report is deleted', async () => {
    await insertIncidentAttachmentOnce(db, attachment());
    await db.deleteFrom('incidents').where('id', '=', 'i1').execute();
    expect(await listIncidentAttachments(db, 'i1')).toEqual([]);
  });

  it('keeps the attachment when its author leaves, without their id', async () => {
    await insertIncidentAttachmentOnce(db, attachment());
    await db.deleteFrom('users').where('id', '=', 'u1').execute();
    expect(await findIncidentAttachmentById(db, 'a1')).toMatchObject({ createdBy: null });
  });
});

function later(minutes: number): string {
  return new Date(Date.parse(at) + minutes * 60_000).toISOString();
}
