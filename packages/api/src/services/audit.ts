import type { Kysely } from 'kysely';
import type { AuditAction } from '@opale/core';
import { insertAuditEvent, insertAuditEvents, type Database } from '@opale/db';

export interface AuditEntry {
  action: AuditAction;
  actorId: string | null;
  platformId?: string | null;
  target?: { type: string; id: string };
  detail?: Record<string, unknown>;
  ip?: string | null;
}

function rowOf(at: Date, entry: AuditEntry) {
  return {
    at: at.toISOString(),
    actorId: entry.actorId,
    platformId: entry.platformId ?? null,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
    ip: entry.ip ?? null,
  };
}

export async function recordAudit(
  db: Kysely<Database>,
  at: Date,
  entry: AuditEntry,
): Promise<void> {
  await insertAuditEvent(db, rowOf(at, entry));
}

/** Several events of one moment (one per report a list or an export showed), written together. */
export async function recordAudits(
  db: Kysely<Database>,
  at: Date,
  entries: readonly AuditEntry[],
): Promise<void> {
  await insertAuditEvents(
    db,
    entries.map((entry) => rowOf(at, entry)),
  );
}
