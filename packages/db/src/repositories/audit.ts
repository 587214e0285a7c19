import type { Kysely } from 'kysely';
import type { AuditEvent, Database, NewAuditEvent } from '../schema';

export interface AuditEventListed extends AuditEvent {
  actorName: string | null;
  actorEmail: string | null;
}

export interface AuditFilter {
  platformId: string;
  action?: string | undefined;
  actorId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Events with a smaller id than this, for paging backwards in time. */
  before?: number | undefined;
  limit: number;
}

export async function insertAuditEvent(db: Kysely<Database>, event: NewAuditEvent): Promise<void> {
  await db.insertInto('auditEvents').values(event).execute();
}

/**
 * Many events at once (a list or an export read by someone outside the reports' organisation:
 * one event per report), in one transaction of a few multi-row inserts instead of one write each.
 */
export async function insertAuditEvents(
  db: Kysely<Database>,
  events: readonly NewAuditEvent[],
): Promise<void> {
  if (events.length === 0) return;
  // 8 columns × 200 rows stays far below SQLite's and Postgres's limits on bound values.
  const chunk = 200;
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < events.length; start += chunk) {
      await trx
        .insertInto('auditEvents')
        .values(events.slice(start, start + chunk))
        .execute();
    }
  });
}

/**
 * Events of a platform, plus sign-in events of its current members (sign-ins belong to no
 * platform, but a platform's admin needs to see them for the people they let in).
 */
export async function listAuditEvents(
  db: Kysely<Database>,
  filter: AuditFilter,
): Promise<AuditEventListed[]> {
  let query = db
    .selectFrom('auditEvents')
    .leftJoin('users', 'users.id', 'auditEvents.actorId')
    .selectAll('auditEvents')
    .select(['users.name as actorName', 'users.email as actorEmail'])
    .where((eb) =>
      eb.or([
        eb('auditEvents.platformId', '=', filter.platformId),
        eb.and([
          eb('auditEvents.platformId', 'is', null),
          eb(
            'auditEvents.actorId',
            'in',
            eb
              .selectFrom('memberships')
              .select('userId')
              .where('platformId', '=', filter.platformId),
          ),
        ]),
      ]),
    );
  if (filter.action) query = query.where('auditEvents.action', '=', filter.action);
  if (filter.actorId) query = query.where('auditEvents.actorId', '=', filter.actorId);
  if (filter.from) query = query.where('auditEvents.at', '>=', filter.from);
  if (filter.to) query = query.where('auditEvents.at', '<', filter.to);
  if (filter.before !== undefined) query = query.where('auditEvents.id', '<', filter.before);
  return query.orderBy('auditEvents.id', 'desc').limit(filter.limit).execute();
}

/** Failed sign-ins since a time, by email or by address: the input of sign-in throttling. */
export async function countFailedSignIns(
  db: Kysely<Database>,
  by: { email: string } | { ip: string },
  since: string,
): Promise<number> {
  let query = db
    .selectFrom('auditEvents')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('action', '=', 'auth.sign_in_failed')
    .where('at', '>=', since);
  query = 'email' in by ? query.where('targetId', '=', by.email) : query.where('ip', '=', by.ip);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.count);
}
