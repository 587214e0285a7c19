import { sql, type Kysely } from 'kysely';
import type { Database, Membership, NewMembership } from '../schema';

export interface MembershipOfUser {
  id: string;
  role: string;
  platformId: string;
  platformSlug: string;
  platformName: string;
  organisationId: string;
  organisationName: string;
  organisationShortName: string;
}

export interface MemberOfPlatform {
  id: string;
  role: string;
  userId: string;
  name: string;
  email: string;
  organisationId: string;
  organisationName: string;
  createdAt: string;
}

export async function listMembershipsOfUser(
  db: Kysely<Database>,
  userId: string,
): Promise<MembershipOfUser[]> {
  return db
    .selectFrom('memberships')
    .innerJoin('platforms', 'platforms.id', 'memberships.platformId')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
    .select([
      'memberships.id',
      'memberships.role',
      'platforms.id as platformId',
      'platforms.slug as platformSlug',
      'platforms.name as platformName',
      'organisations.id as organisationId',
      'organisations.name as organisationName',
      'organisations.shortName as organisationShortName',
    ])
    .where('memberships.userId', '=', userId)
    .orderBy('platforms.name')
    .execute();
}

export async function findMembership(
  db: Kysely<Database>,
  userId: string,
  platformId: string,
): Promise<Membership | undefined> {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('userId', '=', userId)
    .where('platformId', '=', platformId)
    .executeTakeFirst();
}

export async function findMembershipById(
  db: Kysely<Database>,
  id: string,
): Promise<Membership | undefined> {
  return db.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listMembersOfPlatform(
  db: Kysely<Database>,
  platformId: string,
): Promise<MemberOfPlatform[]> {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
    .select([
      'memberships.id',
      'memberships.role',
      'memberships.createdAt',
      'users.id as userId',
      'users.name',
      'users.email',
      'organisations.id as organisationId',
      'organisations.name as organisationName',
    ])
    .where('memberships.platformId', '=', platformId)
    .orderBy(sql`lower(organisations.name)`)
    .orderBy(sql`lower(users.name)`)
    .execute();
}

export async function countAdminsOfPlatform(
  db: Kysely<Database>,
  platformId: string,
): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('platformId', '=', platformId)
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function countMembersOfOrganisation(
  db: Kysely<Database>,
  platformId: string,
  organisationId: string,
): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('platformId', '=', platformId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertMembership(
  db: Kysely<Database>,
  membership: NewMembership,
): Promise<void> {
  await db.insertInto('memberships').values(membership).execute();
}

export async function updateMembershipRole(
  db: Kysely<Database>,
  id: string,
  role: string,
  updatedAt: string,
): Promise<void> {
  await db.updateTable('memberships').set({ role, updatedAt }).where('id', '=', id).execute();
}

export async function deleteMembership(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('memberships').where('id', '=', id).execute();
}
