import type { Kysely } from 'kysely';
import type { Database, NewUser, User } from '../schema';

export async function findUserByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<User | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Kysely<Database>, user: NewUser): Promise<void> {
  await db
    .insertInto('users')
    .values({ ...user, email: user.email.toLowerCase() })
    .execute();
}

export async function updateUserPassword(
  db: Kysely<Database>,
  id: string,
  passwordHash: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ passwordHash, passwordChangedAt: at })
    .where('id', '=', id)
    .execute();
}

export async function updateUserLocale(
  db: Kysely<Database>,
  id: string,
  locale: string,
): Promise<void> {
  await db.updateTable('users').set({ locale }).where('id', '=', id).execute();
}
