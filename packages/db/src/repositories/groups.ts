import type { Kysely } from 'kysely';
import type { Database, Group, GroupOrganisation } from '../schema';

export interface GroupListed extends Group {
  organisations: { organisationId: string; status: string }[];
}

export async function insertGroup(db: Kysely<Database>, group: Group): Promise<void> {
  await db.insertInto('groups').values(group).execute();
}

export async function findGroupById(db: Kysely<Database>, id: string): Promise<Group | undefined> {
  return db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteGroup(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('groups').where('id', '=', id).execute();
}

export async function listGroupsOfPlatform(
  db: Kysely<Database>,
  platformId: string,
): Promise<GroupListed[]> {
  const groups = await db
    .selectFrom('groups')
    .selectAll()
    .where('platformId', '=', platformId)
    .orderBy('name')
    .execute();
  const links = groups.length
    ? await db
        .selectFrom('groupOrganisations')
        .select(['groupId', 'organisationId', 'status'])
        .where(
          'groupId',
          'in',
          groups.map((g) => g.id),
        )
        .execute()
    : [];
  return groups.map((group) => ({
    ...group,
    organisations: links
      .filter((link) => link.groupId === group.id)
      .map(({ organisationId, status }) => ({ organisationId, status })),
  }));
}

export async function findGroupOrganisation(
  db: Kysely<Database>,
  groupId: string,
  organisationId: string,
): Promise<GroupOrganisation | undefined> {
  return db
    .selectFrom('groupOrganisations')
    .selectAll()
    .where('groupId', '=', groupId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
}

export async function upsertGroupOrganisation(
  db: Kysely<Database>,
  link: GroupOrganisation,
): Promise<void> {
  await db
    .insertInto('groupOrganisations')
    .values(link)
    .onConflict((oc) =>
      oc.columns(['groupId', 'organisationId']).doUpdateSet({
        status: link.status,
        answeredAt: link.answeredAt,
      }),
    )
    .execute();
}

export async function deleteGroupOrganisation(
  db: Kysely<Database>,
  groupId: string,
  organisationId: string,
): Promise<void> {
  await db
    .deleteFrom('groupOrganisations')
    .where('groupId', '=', groupId)
    .where('organisationId', '=', organisationId)
    .execute();
}

/** Whether an organisation is a consenting member of a group: who may read its documents. */
export async function isGroupMember(
  db: Kysely<Database>,
  groupId: string,
  organisationId: string,
): Promise<boolean> {
  const link = await findGroupOrganisation(db, groupId, organisationId);
  return link?.status === 'member';
}
