import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export interface LoggedDocument {
  snapshot: { seq: number; bytes: Uint8Array } | null;
  updates: { seq: number; bytes: Uint8Array; author: string | null }[];
}

export async function loadDocumentLog(db: Kysely<Database>, doc: string): Promise<LoggedDocument> {
  const snapshot = await db
    .selectFrom('documentSnapshots')
    .select(['seq', 'bytes'])
    .where('doc', '=', doc)
    .executeTakeFirst();
  const updates = await db
    .selectFrom('documentUpdates')
    .select(['seq', 'bytes', 'author'])
    .where('doc', '=', doc)
    .where('seq', '>', snapshot?.seq ?? 0)
    .orderBy('seq')
    .execute();
  return {
    snapshot: snapshot ? { seq: snapshot.seq, bytes: new Uint8Array(snapshot.bytes) } : null,
    updates: updates.map((u) => ({ seq: u.seq, bytes: new Uint8Array(u.bytes), author: u.author })),
  };
}

/** The highest sequence number used by a document, in the log or its snapshot. */
export async function lastDocumentSeq(db: Kysely<Database>, doc: string): Promise<number> {
  const [update, snapshot] = await Promise.all([
    db
      .selectFrom('documentUpdates')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('doc', '=', doc)
      .executeTakeFirst(),
    db.selectFrom('documentSnapshots').select('seq').where('doc', '=', doc).executeTakeFirst(),
  ]);
  return Math.max(Number(update?.seq ?? 0), snapshot?.seq ?? 0);
}

export async function appendDocumentUpdate(
  db: Kysely<Database>,
  entry: { doc: string; seq: number; bytes: Uint8Array; author: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('documentUpdates')
    .values({ ...entry, bytes: Buffer.from(entry.bytes) })
    .execute();
}

/** Stores a snapshot and drops the updates it contains, atomically. */
export async function replaceDocumentLogWithSnapshot(
  db: Kysely<Database>,
  entry: { doc: string; seq: number; bytes: Uint8Array; at: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const values = { ...entry, bytes: Buffer.from(entry.bytes) };
    await trx
      .insertInto('documentSnapshots')
      .values(values)
      .onConflict((oc) =>
        oc.column('doc').doUpdateSet({ seq: entry.seq, bytes: values.bytes, at: entry.at }),
      )
      .execute();
    await trx
      .deleteFrom('documentUpdates')
      .where('doc', '=', entry.doc)
      .where('seq', '<=', entry.seq)
      .execute();
  });
}

export async function listDocumentNames(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('documentSnapshots')
    .select('doc')
    .union(db.selectFrom('documentUpdates').select('doc'))
    .execute();
  return rows.map((r) => r.doc).sort();
}
