import type { Kysely } from 'kysely';
import type {
  Database,
  DistributionBanRenewalRow,
  DistributionBanRow,
  DistributionBanUpdate,
} from '../schema';

export async function insertDistributionBan(
  db: Kysely<Database>,
  ban: DistributionBanRow,
): Promise<void> {
  await db.insertInto('distributionBans').values(ban).execute();
}

export async function findDistributionBanById(
  db: Kysely<Database>,
  id: string,
): Promise<DistributionBanRow | undefined> {
  return db.selectFrom('distributionBans').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every ban of a platform, latest first; the caller orders them by where they stand today. */
export async function listDistributionBansOfPlatform(
  db: Kysely<Database>,
  platformId: string,
): Promise<DistributionBanRow[]> {
  return db
    .selectFrom('distributionBans')
    .selectAll()
    .where('platformId', '=', platformId)
    .orderBy('validFrom', 'desc')
    .orderBy('id')
    .execute();
}

export async function updateDistributionBan(
  db: Kysely<Database>,
  id: string,
  change: DistributionBanUpdate,
): Promise<void> {
  await db.updateTable('distributionBans').set(change).where('id', '=', id).execute();
}

/** Removes a ban with its renewals. */
export async function deleteDistributionBan(db: Kysely<Database>, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('distributionBanRenewals').where('banId', '=', id).execute();
    await trx.deleteFrom('distributionBans').where('id', '=', id).execute();
  });
}

export async function insertDistributionBanRenewal(
  db: Kysely<Database>,
  renewal: DistributionBanRenewalRow,
): Promise<void> {
  await db.insertInto('distributionBanRenewals').values(renewal).execute();
}

/** The renewals of each ban, in the order they were signed, by ban id (bans without are absent). */
export async function listRenewalsOfBans(
  db: Kysely<Database>,
  banIds: readonly string[],
): Promise<Map<string, DistributionBanRenewalRow[]>> {
  const byBan = new Map<string, DistributionBanRenewalRow[]>();
  if (banIds.length === 0) return byBan;
  const rows = await db
    .selectFrom('distributionBanRenewals')
    .selectAll()
    .where('banId', 'in', [...banIds])
    .orderBy('signedOn')
    .orderBy('createdAt')
    .execute();
  for (const row of rows) {
    const list = byBan.get(row.banId) ?? [];
    list.push(row);
    byBan.set(row.banId, list);
  }
  return byBan;
}
