import type { Kysely } from 'kysely';
import type { Database, FeedToken, NewFeedToken } from '../schema';

export async function insertFeedToken(db: Kysely<Database>, token: NewFeedToken): Promise<void> {
  await db.insertInto('feedTokens').values(token).execute();
}

/** The feed behind a URL's secret, revoked or not (the caller decides what a revoked one gets). */
export async function findFeedTokenByHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<FeedToken | undefined> {
  return db
    .selectFrom('feedTokens')
    .selectAll()
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

export interface FeedTokenListed extends FeedToken {
  organisationName: string | null;
}

/** A person's feeds on one platform that still work, newest first. */
export async function listActiveFeedTokensOfUser(
  db: Kysely<Database>,
  userId: string,
  platformId: string,
): Promise<FeedTokenListed[]> {
  return db
    .selectFrom('feedTokens')
    .leftJoin('organisations', 'organisations.id', 'feedTokens.organisationId')
    .selectAll('feedTokens')
    .select('organisations.name as organisationName')
    .where('feedTokens.userId', '=', userId)
    .where('feedTokens.platformId', '=', platformId)
    .where('feedTokens.revokedAt', 'is', null)
    .orderBy('feedTokens.createdAt', 'desc')
    .orderBy('feedTokens.id')
    .execute();
}

/** Revokes one of a person's feeds; false when it is not theirs or already revoked. */
export async function markFeedTokenRevoked(
  db: Kysely<Database>,
  id: string,
  userId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('feedTokens')
    .set({ revokedAt: at })
    .where('id', '=', id)
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
