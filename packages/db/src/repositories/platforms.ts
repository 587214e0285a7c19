import type { Kysely } from 'kysely';
import type { Database, Platform } from '../schema';

export async function findPlatformBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<Platform | undefined> {
  return db.selectFrom('platforms').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findPlatformById(
  db: Kysely<Database>,
  id: string,
): Promise<Platform | undefined> {
  return db.selectFrom('platforms').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listPlatforms(db: Kysely<Database>): Promise<Platform[]> {
  return db.selectFrom('platforms').selectAll().orderBy('name').execute();
}

export async function insertPlatform(db: Kysely<Database>, platform: Platform): Promise<void> {
  await db.insertInto('platforms').values(platform).execute();
}
