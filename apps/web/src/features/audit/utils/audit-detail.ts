/**
 * Turns an audit event's free-form detail into short phrases a person can read
 * ("representative → admin", "3 devices"), as translation keys with their values.
 */
import { isRole, type AuditAction, type Role } from '@opale/core';

export type AuditDetailPart =
  | { key: 'audit.details.roleChange'; from: Role; to: Role }
  | { key: 'audit.details.role'; role: Role }
  | { key: 'audit.details.email'; email: string }
  | { key: 'audit.details.name'; name: string }
  | { key: 'audit.details.sessions'; count: number }
  | { key: 'audit.details.newAccount' };

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function auditDetailParts(
  action: AuditAction,
  detail: Record<string, unknown>,
): AuditDetailPart[] {
  const parts: AuditDetailPart[] = [];
  const { from, to, role } = detail;
  if (action === 'member.role_changed' && isRole(from) && isRole(to)) {
    parts.push({ key: 'audit.details.roleChange', from, to });
  } else if (isRole(role)) {
    parts.push({ key: 'audit.details.role', role });
  }
  const email = text(detail.email);
  if (email) parts.push({ key: 'audit.details.email', email });
  const name = text(detail.name);
  if (name) parts.push({ key: 'audit.details.name', name });
  const sessions =
    count(detail.count) ?? count(detail.sessionsEnded) ?? count(detail.otherSessionsEnded);
  if (sessions !== null) parts.push({ key: 'audit.details.sessions', count: sessions });
  if (detail.createdAccount === true) parts.push({ key: 'audit.details.newAccount' });
  return parts;
}
