import { describe, expect, it } from 'vitest';
import { auditDetailParts } from './audit-detail';

describe('audit details', () => {
  it('reads a role change as from → to', () => {
    expect(auditDetailParts('member.role_changed', { from: 'rep', to: 'admin' })).toEqual([
      { key: 'audit.details.roleChange', from: 'rep', to: 'admin' },
    ]);
  });

  it('names the role and address of an invitation', () => {
    expect(
      auditDetailParts('invitation.created', {
        organisationId: 'x',
        role: 'field',
        email: 'a@b.org',
      }),
    ).toEqual([
      { key: 'audit.details.role', role: 'field' },
      { key: 'audit.details.email', email: 'a@b.org' },
    ]);
  });

  it('counts signed-out devices whatever the field is called', () => {
    expect(auditDetailParts('member.removed', { role: 'rep', sessionsEnded: 2 })).toEqual([
      { key: 'audit.details.role', role: 'rep' },
      { key: 'audit.details.sessions', count: 2 },
    ]);
    expect(auditDetailParts('account.sessions_ended', { count: 1 })).toEqual([
      { key: 'audit.details.sessions', count: 1 },
    ]);
  });

  it('ignores what it does not know rather than showing raw data', () => {
    expect(
      auditDetailParts('organisation.detached', { role: 'king', email: '', secret: 'x' }),
    ).toEqual([]);
    expect(auditDetailParts('invitation.accepted', { role: 'rep', createdAccount: true })).toEqual([
      { key: 'audit.details.role', role: 'rep' },
      { key: 'audit.details.newAccount' },
    ]);
  });
});
