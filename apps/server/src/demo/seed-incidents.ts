/**
 * Writes the demo incident log (`demo-incidents.ts`) through the repository, with the shapes the
 * API writes; each report has a fixed idempotency key, so seeding again adds nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { addDays, localDateOf, localInstant, scheduleBoard } from '@opale/core';
import {
  findUserByEmail,
  insertIncidentFollowup,
  insertIncidentOnce,
  insertIncidentWitness,
  isGroupMember,
  listGroupsOfPlatform,
  listOrganisationsOfPlatform,
  listPlatforms,
  shareIncident,
  type Database,
} from '@opale/db';
import type { DocumentStore } from '@opale/sync';
import { demoIncidents } from './demo-incidents';
import { demoAccounts } from './seed-demo';
import { loadDocument } from './seed-document';

/** The same UUID every time for a platform's demo report: its idempotency key. */
export function demoIncidentKey(platformSlug: string, key: string): string {
  const hex = createHash('sha256')
    .update(`opale-demo-incident:${platformSlug}:${key}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const hourMs = 3_600_000;

/**
 * Seeds the incident log of each platform after its groups and sites exist (seed-agenda.ts,
 * seed-boards.ts); a report already there (by its key) is left alone.
 */
export async function seedDemoIncidents(
  db: Kysely<Database>,
  store: DocumentStore,
  now: Date,
): Promise<void> {
  const today = localDateOf(now);
  for (const platform of await listPlatforms(db)) {
    const incidents = demoIncidents[platform.slug];
    if (!incidents) continue;
    const organisations = await listOrganisationsOfPlatform(db, platform.id);
    const groups = await listGroupsOfPlatform(db, platform.id);
    const siteIds = new Set(
      scheduleBoard.sites(await loadDocument(store, `schedule:${platform.slug}`)).map((s) => s.id),
    );
    // The demo accounts of each organisation, field first: the one who writes, then who verifies.
    const accountsOf = async (organisation: string) => {
      const ids: string[] = [];
      for (const role of ['field', 'rep', 'admin', 'coordinator'] as const) {
        const account = demoAccounts.find(
          (a) => a.platform === platform.slug && a.organisation === organisation && a.role === role,
        );
        const user = account ? await findUserByEmail(db, account.email) : undefined;
        if (user) ids.push(user.id);
      }
      return ids;
    };

    for (const incident of incidents) {
      const organisation = organisations.find((o) => o.name === incident.organisation);
      if (!organisation) {
        throw new Error(
          `the demo incident ${incident.key} belongs to ${incident.organisation}, which is not on ${platform.name}`,
        );
      }
      if (incident.siteId && !siteIds.has(incident.siteId)) {
        throw new Error(
          `the demo incident ${incident.key} is at ${incident.siteId}, not a site of ${platform.name}`,
        );
      }
      const date = addDays(today, -incident.daysAgo);
      const occurredAt = localInstant(date, incident.time);
      // Written two hours later; verified the next day. Authors without a demo account left
      // the platform since (their reports keep a null author, as the database does then).
      const [author = null, verifier = null] = await accountsOf(incident.organisation);
      const createdAt = new Date(occurredAt.getTime() + 2 * hourMs);
      const verifiedAt =
        incident.status === 'draft' ? null : new Date(occurredAt.getTime() + 24 * hourMs);
      const closedAt =
        incident.closedAfterDays === undefined
          ? null
          : new Date(occurredAt.getTime() + incident.closedAfterDays * 24 * hourMs);
      for (const at of [createdAt, verifiedAt, closedAt]) {
        if (at && at > now) {
          throw new Error(`the demo incident ${incident.key} would be written after the seed date`);
        }
      }
      const updatedAt = closedAt ?? verifiedAt ?? createdAt;

      await db.transaction().execute(async (trx) => {
        const { incident: row, created } = await insertIncidentOnce(trx, {
          id: randomUUID(),
          platformId: platform.id,
          organisationId: organisation.id,
          createdBy: author,
          status: incident.status,
          verifiedBy: verifiedAt ? verifier : null,
          verifiedAt: verifiedAt?.toISOString() ?? null,
          type: incident.type,
          occurredAt: occurredAt.toISOString(),
          siteId: incident.siteId ?? null,
          placeText: incident.placeText ?? null,
          commune: incident.commune,
          authority: incident.authority,
          officers: incident.officers ?? null,
          vehicles: incident.vehicles ?? null,
          itemsSeized: incident.itemsSeized ?? null,
          fineAmountCents: incident.fine ? incident.fine.euros * 100 : null,
          fineNoticeDate: incident.fine ? addDays(date, incident.fine.noticeAfterDays) : null,
          narrative: incident.narrative,
          occurrenceSeriesId: null,
          occurrenceDate: null,
          idempotencyKey: demoIncidentKey(platform.slug, incident.key),
          createdAt: createdAt.toISOString(),
          updatedAt: updatedAt.toISOString(),
          closedAt: closedAt?.toISOString() ?? null,
        });
        if (!created) return;

        for (const name of incident.sharedWith ?? []) {
          const group = groups.find((g) => g.name === name);
          if (!group || !(await isGroupMember(trx, group.id, organisation.id))) {
            throw new Error(
              `the demo incident ${incident.key} is shared with ${name}, which ${incident.organisation} has not joined on ${platform.name}`,
            );
          }
          await shareIncident(trx, {
            incidentId: row.id,
            groupId: group.id,
            sharedAt: new Date((verifiedAt ?? createdAt).getTime() + hourMs).toISOString(),
            sharedBy: verifier ?? author,
          });
        }
        for (const followup of incident.followups ?? []) {
          const filedOn = addDays(date, followup.filedAfterDays);
          if (filedOn > today) {
            throw new Error(
              `a follow-up of the demo incident ${incident.key} is filed after the seed date`,
            );
          }
          const decidedOn =
            followup.decidedAfterDays === undefined
              ? null
              : addDays(filedOn, followup.decidedAfterDays);
          if (
            (followup.outcome === 'pending') !== (decidedOn === null) ||
            (decidedOn ?? '') > today
          ) {
            throw new Error(
              `a follow-up of the demo incident ${incident.key} needs a decision date in the past exactly when it is decided`,
            );
          }
          await insertIncidentFollowup(trx, {
            id: randomUUID(),
            incidentId: row.id,
            kind: followup.kind,
            filedOn,
            decidedOn,
            outcome: followup.outcome,
            notes: followup.notes,
            createdBy: verifier ?? author,
            createdAt: localInstant(filedOn, '17:00').toISOString(),
          });
        }
        // A closed case keeps no one's name (`incident.close` erases them).
        if (!closedAt) {
          for (const name of incident.witnesses ?? []) {
            await insertIncidentWitness(trx, {
              id: randomUUID(),
              incidentId: row.id,
              name,
              contact: 'Through the organisation’s coordinator',
              createdBy: verifier ?? author,
              createdAt: createdAt.toISOString(),
            });
          }
        }
      });
    }
  }
}
