/** Every action that lands in the audit log; the admin screen filters on these. */
export const auditActions = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'account.password_changed',
  'account.sessions_ended',
  'member.role_changed',
  'member.removed',
  'member.sessions_ended',
  'member.admin_appointed',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'organisation.created',
  'organisation.updated',
  'organisation.attached',
  'organisation.detached',
  'export.downloaded',
  'schedule.imported',
  'feed.created',
  'feed.revoked',
] as const;
export type AuditAction = (typeof auditActions)[number];
