import type { Kysely } from 'kysely';
import type {
  Database,
  IncidentFollowupRow,
  IncidentRow,
  IncidentShareRow,
  IncidentUpdate,
  IncidentWitnessRow,
} from '../schema';

/**
 * Inserts a report unless its organisation already has one with the same idempotency key; either
 * way returns the row that holds the key, and whether this call made it. A new report is not
 * redacted (retention) unless said otherwise.
 */
export async function insertIncidentOnce(
  db: Kysely<Database>,
  incident: Omit<IncidentRow, 'redactedAt'> & { redactedAt?: string | null },
): Promise<{ incident: IncidentRow; created: boolean }> {
  const inserted = await db
    .insertInto('incidents')
    .values({ ...incident, redactedAt: incident.redactedAt ?? null })
    .onConflict((oc) => oc.columns(['organisationId', 'idempotencyKey']).doNothing())
    .executeTakeFirst();
  const row = await findIncidentByKey(db, incident.organisationId, incident.idempotencyKey);
  if (!row) throw new Error(`Incident ${incident.id} was neither inserted nor found by its key.`);
  return { incident: row, created: Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0 };
}

export async function findIncidentById(
  db: Kysely<Database>,
  id: string,
): Promise<IncidentRow | undefined> {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findIncidentByKey(
  db: Kysely<Database>,
  organisationId: string,
  idempotencyKey: string,
): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .where('organisationId', '=', organisationId)
    .where('idempotencyKey', '=', idempotencyKey)
    .executeTakeFirst();
}

/** Every report of a platform, latest first; the caller decides which of them a reader sees. */
export async function listIncidentsOfPlatform(
  db: Kysely<Database>,
  platformId: string,
): Promise<IncidentRow[]> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .where('platformId', '=', platformId)
    .orderBy('occurredAt', 'desc')
    .orderBy('id')
    .execute();
}

export async function updateIncident(
  db: Kysely<Database>,
  id: string,
  change: IncidentUpdate,
): Promise<void> {
  await db.updateTable('incidents').set(change).where('id', '=', id).execute();
}

export async function shareIncident(db: Kysely<Database>, share: IncidentShareRow): Promise<void> {
  await db
    .insertInto('incidentShares')
    .values(share)
    .onConflict((oc) => oc.columns(['incidentId', 'groupId']).doNothing())
    .execute();
}

/** The groups each report is shared with, by report id (reports shared with none are absent). */
export async function listSharesOfIncidents(
  db: Kysely<Database>,
  incidentIds: readonly string[],
): Promise<Map<string, IncidentShareRow[]>> {
  const byIncident = new Map<string, IncidentShareRow[]>();
  if (incidentIds.length === 0) return byIncident;
  const rows = await db
    .selectFrom('incidentShares')
    .selectAll()
    .where('incidentId', 'in', [...incidentIds])
    .orderBy('sharedAt')
    .execute();
  for (const row of rows) {
    const list = byIncident.get(row.incidentId) ?? [];
    list.push(row);
    byIncident.set(row.incidentId, list);
  }
  return byIncident;
}

/** The groups of a platform an organisation is a consenting member of ('member', not 'invited'). */
export async function listGroupIdsOfOrganisation(
  db: Kysely<Database>,
  platformId: string,
  organisationId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('groupOrganisations')
    .innerJoin('groups', 'groups.id', 'groupOrganisations.groupId')
    .select('groups.id')
    .where('groups.platformId', '=', platformId)
    .where('groupOrganisations.organisationId', '=', organisationId)
    .where('groupOrganisations.status', '=', 'member')
    .execute();
  return rows.map((row) => row.id);
}

/** A new follow-up: not changed since (`updatedAt` null) and, unless said, with no decision date. */
export async function insertIncidentFollowup(
  db: Kysely<Database>,
  followup: Omit<IncidentFollowupRow, 'decidedOn' | 'updatedAt'> & { decidedOn?: string | null },
): Promise<void> {
  await db
    .insertInto('incidentFollowups')
    .values({ ...followup, decidedOn: followup.decidedOn ?? null, updatedAt: null })
    .execute();
}

/**
 * Records how a follow-up went since (its outcome, notes and decision date); its kind and filing
 * date stay as filed. Returns the row as it was before, or undefined when it is not one of the
 * report's follow-ups (the caller answers "not found").
 */
export async function updateIncidentFollowup(
  db: Kysely<Database>,
  incidentId: string,
  followupId: string,
  change: Pick<IncidentFollowupRow, 'outcome' | 'notes' | 'decidedOn'> & { updatedAt: string },
): Promise<IncidentFollowupRow | undefined> {
  const before = await db
    .selectFrom('incidentFollowups')
    .selectAll()
    .where('id', '=', followupId)
    .where('incidentId', '=', incidentId)
    .executeTakeFirst();
  if (!before) return undefined;
  await db
    .updateTable('incidentFollowups')
    .set(change)
    .where('id', '=', followupId)
    .where('incidentId', '=', incidentId)
    .execute();
  return before;
}

export async function listIncidentFollowups(
  db: Kysely<Database>,
  incidentId: string,
): Promise<IncidentFollowupRow[]> {
  return db
    .selectFrom('incidentFollowups')
    .selectAll()
    .where('incidentId', '=', incidentId)
    .orderBy('filedOn')
    .orderBy('createdAt')
    .execute();
}

export async function insertIncidentWitness(
  db: Kysely<Database>,
  witness: IncidentWitnessRow,
): Promise<void> {
  await db.insertInto('incidentWitnesses').values(witness).execute();
}

export async function listIncidentWitnesses(
  db: Kysely<Database>,
  incidentId: string,
): Promise<IncidentWitnessRow[]> {
  return db
    .selectFrom('incidentWitnesses')
    .selectAll()
    .where('incidentId', '=', incidentId)
    .orderBy('createdAt')
    .execute();
}

/** Erases the witnesses of a report for real (a closed case keeps no one's name); returns how many. */
export async function deleteIncidentWitnesses(
  db: Kysely<Database>,
  incidentId: string,
): Promise<number> {
  const result = await db
    .deleteFrom('incidentWitnesses')
    .where('incidentId', '=', incidentId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
