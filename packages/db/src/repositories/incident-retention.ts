import type { Kysely } from 'kysely';
import type { Database, IncidentRetentionRow } from '../schema';

/** A platform's retention settings; undefined while it keeps the defaults. */
export async function findIncidentRetention(
  db: Kysely<Database>,
  platformId: string,
): Promise<IncidentRetentionRow | undefined> {
  return db
    .selectFrom('incidentRetention')
    .selectAll()
    .where('platformId', '=', platformId)
    .executeTakeFirst();
}

export async function saveIncidentRetention(
  db: Kysely<Database>,
  settings: IncidentRetentionRow,
): Promise<void> {
  await db
    .insertInto('incidentRetention')
    .values(settings)
    .onConflict((oc) =>
      oc.column('platformId').doUpdateSet({
        witnessDays: settings.witnessDays,
        evidenceYears: settings.evidenceYears,
        detailsYears: settings.detailsYears,
        draftDays: settings.draftDays,
        updatedBy: settings.updatedBy,
        updatedAt: settings.updatedAt,
      }),
    )
    .execute();
}

/** What the retention rules read of a report; nothing of what it says. */
export interface IncidentRetentionFacts {
  id: string;
  occurredAt: string;
  updatedAt: string;
  status: string;
  closedAt: string | null;
  redactedAt: string | null;
  /** The outcomes of its follow-ups (`pending`, `upheld` …). */
  followupOutcomes: string[];
  witnesses: number;
  attachments: number;
}

/**
 * Every report of a platform (or the one named), with the counts and outcomes its retention
 * depends on.
 */
export async function listIncidentRetentionFacts(
  db: Kysely<Database>,
  platformId: string,
  incidentId?: string,
): Promise<IncidentRetentionFacts[]> {
  let query = db
    .selectFrom('incidents')
    .select([
      'incidents.id',
      'incidents.occurredAt',
      'incidents.updatedAt',
      'incidents.status',
      'incidents.closedAt',
      'incidents.redactedAt',
    ])
    .select((eb) => [
      eb
        .selectFrom('incidentWitnesses')
        .select((w) => w.fn.countAll<number>().as('n'))
        .whereRef('incidentWitnesses.incidentId', '=', 'incidents.id')
        .as('witnesses'),
      eb
        .selectFrom('incidentAttachments')
        .select((a) => a.fn.countAll<number>().as('n'))
        .whereRef('incidentAttachments.incidentId', '=', 'incidents.id')
        .as('attachments'),
    ])
    .where('incidents.platformId', '=', platformId);
  if (incidentId !== undefined) query = query.where('incidents.id', '=', incidentId);
  const rows = await query.orderBy('incidents.occurredAt').orderBy('incidents.id').execute();
  const outcomes = new Map<string, string[]>();
  let followupQuery = db
    .selectFrom('incidentFollowups')
    .innerJoin('incidents', 'incidents.id', 'incidentFollowups.incidentId')
    .select(['incidentFollowups.incidentId', 'incidentFollowups.outcome'])
    .where('incidents.platformId', '=', platformId);
  if (incidentId !== undefined) {
    followupQuery = followupQuery.where('incidents.id', '=', incidentId);
  }
  const followups = await followupQuery.execute();
  for (const f of followups) {
    const list = outcomes.get(f.incidentId) ?? [];
    list.push(f.outcome);
    outcomes.set(f.incidentId, list);
  }
  return rows.map((row) => ({
    ...row,
    witnesses: Number(row.witnesses ?? 0),
    attachments: Number(row.attachments ?? 0),
    followupOutcomes: outcomes.get(row.id) ?? [],
  }));
}

/**
 * Blanks what a report says beyond its figures: the narrative, the place, the site, the linked
 * distribution and its follow-ups' notes; marks it redacted. Type, date, commune, authority,
 * counts, amounts and follow-up kinds and outcomes stay, so the platform's reports still count it.
 */
export async function redactIncidentDetails(
  db: Kysely<Database>,
  incidentId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('incidents')
    .set({
      narrative: '',
      placeText: null,
      siteId: null,
      occurrenceSeriesId: null,
      occurrenceDate: null,
      redactedAt: at,
    })
    .where('id', '=', incidentId)
    .execute();
  await db
    .updateTable('incidentFollowups')
    .set({ notes: '' })
    .where('incidentId', '=', incidentId)
    .execute();
}

/** Deletes a report with everything that hangs on it (shares, follow-ups, witnesses, attachment rows). */
export async function deleteIncident(db: Kysely<Database>, incidentId: string): Promise<boolean> {
  const result = await db.deleteFrom('incidents').where('id', '=', incidentId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
