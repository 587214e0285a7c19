import type { Kysely } from 'kysely';
import type { AuditAction } from '@opale/core';
import { insertAuditEvent, type Database } from '@opale/db';

export interface AuditEntry {
  action: AuditAction;
  actorId: string | null;
  platformId?: string | null;
  target?: { type: string; id: string };
  detail?: Record<string, unknown>;
  ip?: string | null;
}

export async function recordAudit(
  db: Kysely<Database>,
  at: Date,
  entry: AuditEntry,
): Promise<void> {
  await insertAuditEvent(db, {
    at: at.toISOString(),
    actorId: entry.actorId,
    platformId: entry.platformId ?? null,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
    ip: entry.ip ?? null,
  });
}
