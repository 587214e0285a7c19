/**
 * The incident expiry job: applies each platform's retention settings (packages/core
 * `retentionDue`) and deletes for real. The server runs it at start and every hour, an admin from
 * the retention screen, an operator with `pnpm opale expire-incidents`.
 */
import { SqliteAdapter, sql, type Kysely } from 'kysely';
import {
  defaultRetentionSettings,
  retentionDue,
  type FollowupOutcome,
  type IncidentStatus,
  type RetentionSettings,
} from '@opale/core';
import {
  deleteIncident,
  deleteIncidentAttachment,
  deleteIncidentWitnesses,
  findIncidentRetention,
  listIncidentAttachments,
  listIncidentRetentionFacts,
  listPlatforms,
  redactIncidentDetails,
  type Database,
  type IncidentRetentionFacts,
  type Platform,
} from '@opale/db';
import { recordAudit } from './audit';

/** A platform's settings, or the defaults while its admins have not changed them. */
export async function retentionSettingsOf(
  db: Kysely<Database>,
  platformId: string,
): Promise<RetentionSettings & { updatedAt: string | null; updatedBy: string | null }> {
  const row = await findIncidentRetention(db, platformId);
  if (!row) return { ...defaultRetentionSettings, updatedAt: null, updatedBy: null };
  return {
    witnessDays: row.witnessDays,
    evidenceYears: row.evidenceYears,
    detailsYears: row.detailsYears,
    draftDays: row.draftDays,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

/** What one run removed on one platform: counts only, never what the reports said. */
export interface PlatformExpiry {
  platformId: string;
  platformSlug: string;
  draftsDeleted: number;
  witnessesErased: number;
  attachmentsRemoved: number;
  reportsRedacted: number;
  /** Reports whose evidence or details stay past their limit because a follow-up is pending. */
  heldByFollowup: number;
  /** Evidence files whose rows are gone but that could not be deleted (swept at next start). */
  filesNotRemoved: number;
}

export interface ExpiryRun {
  at: string;
  platforms: PlatformExpiry[];
  /** SQLite's answer to the final checkpoint; null on other databases. */
  checkpoint: { busy: number; log: number; checkpointed: number } | null;
}

export interface ExpiryOptions {
  db: Kysely<Database>;
  now: Date;
  /** Deletes an evidence file from the server's store; one already gone is not an error. */
  removeEvidenceFile: (storageKey: string) => Promise<void>;
  /** One platform (an admin's "run now"); every platform when left out. */
  platformId?: string;
  /** The admin who ran it by hand; null when it ran on its own or from the command line. */
  actorId?: string | null;
  /** How it was started, for the audit log. */
  trigger: 'schedule' | 'admin' | 'command';
  /** Told about each file that could not be deleted (the server logs it). */
  onFileError?: (storageKey: string, error: unknown) => void;
}

/**
 * Runs the expiry once. Each report is changed in its own transaction, after reading its facts
 * again inside it (a follow-up added meanwhile holds it). Rows go first, files after: a file whose
 * row is gone is an orphan the evidence store sweeps; a row whose file is gone would be a lie.
 */
export async function expireIncidents(options: ExpiryOptions): Promise<ExpiryRun> {
  const { db, now } = options;
  const at = now.toISOString();
  const platforms = (await listPlatforms(db)).filter(
    (p) => options.platformId === undefined || p.id === options.platformId,
  );
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  if (sqlite) {
    // Set where the connection is opened (packages/db connect.ts); set again here so that a
    // connection opened some other way still zeroes what this job deletes.
    await sql`PRAGMA secure_delete = ON`.execute(db);
  }

  const results: PlatformExpiry[] = [];
  for (const platform of platforms) {
    const result = await expirePlatform(options, platform);
    results.push(result);
    const changed =
      result.draftsDeleted +
      result.witnessesErased +
      result.attachmentsRemoved +
      result.reportsRedacted;
    // An hourly run that found nothing to do leaves no trace; one started by a person always does.
    if (changed > 0 || options.trigger !== 'schedule') {
      const { platformId, platformSlug: _slug, ...counts } = result;
      await recordAudit(db, now, {
        action: 'incident.retention_expired',
        actorId: options.actorId ?? null,
        platformId,
        detail: { trigger: options.trigger, ...counts },
      });
    }
  }

  let checkpoint: ExpiryRun['checkpoint'] = null;
  if (sqlite) {
    // The WAL still holds the pages as they were before the deletions (and before any witness
    // erased at a case's closing since the last run): copy it into the file, whose deleted
    // content secure_delete zeroed, and truncate it to nothing.
    const { rows } = await sql<{
      busy: number;
      log: number;
      checkpointed: number;
    }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    checkpoint = rows[0] ?? null;
  }
  return { at, platforms: results, checkpoint };
}

function dueFor(facts: IncidentRetentionFacts, settings: RetentionSettings, now: Date) {
  const decision = retentionDue(
    {
      occurredAt: facts.occurredAt,
      updatedAt: facts.updatedAt,
      status: facts.status as IncidentStatus,
      closedAt: facts.closedAt,
      redactedAt: facts.redactedAt,
      followupOutcomes: facts.followupOutcomes as FollowupOutcome[],
    },
    settings,
    now,
  );
  const work =
    decision.deleteDraft ||
    decision.redactDetails ||
    (decision.eraseWitnesses && facts.witnesses > 0) ||
    (decision.removeEvidence && facts.attachments > 0);
  return { decision, work };
}

async function expirePlatform(options: ExpiryOptions, platform: Platform): Promise<PlatformExpiry> {
  const { db, now } = options;
  const at = now.toISOString();
  const settings = await retentionSettingsOf(db, platform.id);
  const result: PlatformExpiry = {
    platformId: platform.id,
    platformSlug: platform.slug,
    draftsDeleted: 0,
    witnessesErased: 0,
    attachmentsRemoved: 0,
    reportsRedacted: 0,
    heldByFollowup: 0,
    filesNotRemoved: 0,
  };

  for (const listed of await listIncidentRetentionFacts(db, platform.id)) {
    const first = dueFor(listed, settings, now);
    if (first.decision.heldByFollowup) result.heldByFollowup += 1;
    if (!first.work) continue;

    const filesToRemove = await db.transaction().execute(async (trx) => {
      const [facts] = await listIncidentRetentionFacts(trx, platform.id, listed.id);
      if (!facts) return [];
      const { decision, work } = dueFor(facts, settings, now);
      if (!work) return [];
      const attachments =
        decision.removeEvidence && facts.attachments > 0
          ? await listIncidentAttachments(trx, facts.id)
          : [];
      if (decision.deleteDraft) {
        // The rows of its witnesses, follow-ups, shares and attachments go with it (cascade).
        await deleteIncident(trx, facts.id);
        result.draftsDeleted += 1;
        result.witnessesErased += facts.witnesses;
        result.attachmentsRemoved += attachments.length;
        return attachments.map((a) => a.storageKey);
      }
      if (decision.eraseWitnesses && facts.witnesses > 0) {
        result.witnessesErased += await deleteIncidentWitnesses(trx, facts.id);
      }
      for (const attachment of attachments) {
        if (await deleteIncidentAttachment(trx, attachment.id)) result.attachmentsRemoved += 1;
      }
      if (decision.redactDetails) {
        await redactIncidentDetails(trx, facts.id, at);
        result.reportsRedacted += 1;
      }
      return attachments.map((a) => a.storageKey);
    });

    for (const storageKey of filesToRemove) {
      try {
        await options.removeEvidenceFile(storageKey);
      } catch (error) {
        result.filesNotRemoved += 1;
        options.onFileError?.(storageKey, error);
      }
    }
  }
  return result;
}
