import { sql, type Kysely } from 'kysely';
import type { Database, NewOrganisation, Organisation, OrganisationUpdate } from '../schema';

export async function insertOrganisation(
  db: Kysely<Database>,
  organisation: NewOrganisation,
): Promise<void> {
  await db.insertInto('organisations').values(organisation).execute();
}

export async function updateOrganisation(
  db: Kysely<Database>,
  id: string,
  changes: OrganisationUpdate,
): Promise<void> {
  await db.updateTable('organisations').set(changes).where('id', '=', id).execute();
}

export async function findOrganisationById(
  db: Kysely<Database>,
  id: string,
): Promise<Organisation | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listOrganisationsOfPlatform(
  db: Kysely<Database>,
  platformId: string,
): Promise<Organisation[]> {
  return db
    .selectFrom('organisations')
    .innerJoin('platformOrganisations', 'platformOrganisations.organisationId', 'organisations.id')
    .selectAll('organisations')
    .where('platformOrganisations.platformId', '=', platformId)
    .orderBy(sql`lower(organisations.name)`)
    .execute();
}

/** Organisations known on other platforms that this platform could add. */
export async function listOrganisationsNotOnPlatform(
  db: Kysely<Database>,
  platformId: string,
): Promise<Organisation[]> {
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('id', 'not in', (eb) =>
      eb
        .selectFrom('platformOrganisations')
        .select('organisationId')
        .where('platformId', '=', platformId),
    )
    .orderBy(sql`lower(name)`)
    .execute();
}

export async function isOrganisationOnPlatform(
  db: Kysely<Database>,
  platformId: string,
  organisationId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('platformOrganisations')
    .select('organisationId')
    .where('platformId', '=', platformId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function attachOrganisationToPlatform(
  db: Kysely<Database>,
  platformId: string,
  organisationId: string,
  joinedAt: string,
): Promise<void> {
  await db
    .insertInto('platformOrganisations')
    .values({ platformId, organisationId, joinedAt })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function detachOrganisationFromPlatform(
  db: Kysely<Database>,
  platformId: string,
  organisationId: string,
): Promise<void> {
  await db
    .deleteFrom('platformOrganisations')
    .where('platformId', '=', platformId)
    .where('organisationId', '=', organisationId)
    .execute();
}

/** Organisations by id, whether or not still on a platform (old board entries may name them). */
export async function findOrganisationsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Organisation[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}
