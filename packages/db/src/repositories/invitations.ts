import type { Kysely } from 'kysely';
import type { Database, Invitation, NewInvitation } from '../schema';

export interface InvitationListed extends Invitation {
  organisationName: string;
  createdByName: string;
}

export async function insertInvitation(
  db: Kysely<Database>,
  invitation: NewInvitation,
): Promise<void> {
  await db.insertInto('invitations').values(invitation).execute();
}

export async function findInvitationByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<Invitation | undefined> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findInvitationById(
  db: Kysely<Database>,
  id: string,
): Promise<Invitation | undefined> {
  return db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listInvitationsOfPlatform(
  db: Kysely<Database>,
  platformId: string,
): Promise<InvitationListed[]> {
  return db
    .selectFrom('invitations')
    .innerJoin('organisations', 'organisations.id', 'invitations.organisationId')
    .innerJoin('users', 'users.id', 'invitations.createdBy')
    .selectAll('invitations')
    .select(['organisations.name as organisationName', 'users.name as createdByName'])
    .where('invitations.platformId', '=', platformId)
    .orderBy('invitations.createdAt', 'desc')
    .execute();
}

/**
 * Marks an open invitation accepted. Returns false when another request used it first, so two
 * people racing on one link cannot both get in.
 */
export async function markInvitationAccepted(
  db: Kysely<Database>,
  id: string,
  userId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ acceptedAt: at, acceptedBy: userId })
    .where('id', '=', id)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markInvitationRevoked(
  db: Kysely<Database>,
  id: string,
  userId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ revokedAt: at, revokedBy: userId })
    .where('id', '=', id)
    .execute();
}
