import { describe, expect, it } from 'vitest';
import { incidentActions, type IncidentForActions } from './incident-actions';

const author = 'user-author';
const draft: IncidentForActions = {
  access: 'organisation',
  status: 'draft',
  createdBy: author,
  closedAt: null,
};
const groups = { memberOf: 2, notSharedWith: 2 };
const rep = { userId: 'user-rep', role: 'rep' as const };
const closed = '2026-11-26T10:00:00.000Z';

describe('the workflow buttons of a report', () => {
  it('lets a rep of the organisation edit, verify, close and keep witnesses and follow-ups of a colleague’s draft', () => {
    const actions = incidentActions(rep, draft, groups);
    expect(actions.edit).toBe(true);
    expect(actions.verify).toEqual({ kind: 'allowed' });
    expect(actions.close).toEqual({ kind: 'allowed' });
    expect(actions.witnesses).toEqual({ read: true, add: true });
    expect(actions.followups).toEqual({ read: true, add: true });
  });

  it('holds back verifying from the author, saying why, rep or field', () => {
    expect(incidentActions({ userId: author, role: 'rep' }, draft, groups).verify).toEqual({
      kind: 'blocked',
      reason: 'author',
    });
    const own = { ...draft, access: 'own' as const };
    expect(incidentActions({ userId: author, role: 'field' }, own, groups).verify).toEqual({
      kind: 'blocked',
      reason: 'authorField',
    });
  });

  it('lets a field author edit their draft, and nothing once it is verified', () => {
    const field = { userId: author, role: 'field' as const };
    const own = { ...draft, access: 'own' as const };
    const mine = incidentActions(field, own, groups);
    expect(mine.edit).toBe(true);
    expect(mine.share).toEqual({ kind: 'hidden' });
    expect(mine.close).toEqual({ kind: 'hidden' });
    expect(mine.witnesses.read).toBe(false);
    expect(mine.followups.read).toBe(false);
    const verified = incidentActions(field, { ...own, status: 'verified' }, groups);
    expect(verified.edit).toBe(false);
    expect(verified.verify).toEqual({ kind: 'hidden' });
  });

  it('explains that a draft is verified before it is shared', () => {
    expect(incidentActions(rep, draft, groups).share).toEqual({ kind: 'blocked', reason: 'draft' });
  });

  it('shares a verified report, or says the organisation is in no group, or already shared everywhere', () => {
    const verified = { ...draft, status: 'verified' as const };
    expect(incidentActions(rep, verified, groups).share).toEqual({ kind: 'allowed' });
    expect(incidentActions(rep, verified, { memberOf: 0, notSharedWith: 0 }).share).toEqual({
      kind: 'blocked',
      reason: 'noGroup',
    });
    expect(incidentActions(rep, verified, { memberOf: 1, notSharedWith: 0 }).share).toEqual({
      kind: 'blocked',
      reason: 'sharedWithAll',
    });
  });

  it('gives a reader from a group nothing to do, and no witnesses or follow-ups', () => {
    const shared = {
      ...draft,
      access: 'group' as const,
      status: 'shared' as const,
      createdBy: null,
    };
    const actions = incidentActions(rep, shared, groups);
    expect(actions).toEqual({
      edit: false,
      verify: { kind: 'hidden' },
      share: { kind: 'hidden' },
      close: { kind: 'hidden' },
      witnesses: { read: false, add: false },
      followups: { read: false, add: false },
    });
  });

  it('lets a coordinator who reads it through a group verify a draft, as the server does', () => {
    const coordinator = { userId: 'user-coordinator', role: 'coordinator' as const };
    const reached = { ...draft, access: 'group' as const, createdBy: null };
    expect(incidentActions(coordinator, reached, groups).verify).toEqual({ kind: 'allowed' });
    expect(incidentActions(rep, reached, groups).verify).toEqual({ kind: 'hidden' });
  });

  it('freezes a closed case: no edit, verify or closing again; witnesses no longer added; follow-ups still recorded', () => {
    const done = { ...draft, status: 'verified' as const, closedAt: closed };
    const actions = incidentActions(rep, done, groups);
    expect(actions.edit).toBe(false);
    expect(actions.verify).toEqual({ kind: 'hidden' });
    expect(actions.close).toEqual({ kind: 'hidden' });
    expect(actions.witnesses).toEqual({ read: true, add: false });
    expect(actions.followups).toEqual({ read: true, add: true });
    expect(actions.share).toEqual({ kind: 'allowed' });
    expect(incidentActions(rep, { ...draft, closedAt: closed }, groups).share).toEqual({
      kind: 'hidden',
    });
  });
});
