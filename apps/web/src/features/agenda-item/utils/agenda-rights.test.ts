import { describe, expect, it } from 'vitest';
import { agendaRights } from './agenda-rights';

describe('agendaRights', () => {
  it('lets a rep write action items and notes, and answer for their own organisation only', () => {
    const rights = agendaRights({ role: 'rep', organisationId: 'org-a' });
    expect(rights.actions).toBe(true);
    expect(rights.notes).toBe(true);
    expect(rights.answerFor('org-a')).toBe(true);
    expect(rights.answerFor('org-b')).toBe(false);
  });

  it('lets a coordinator answer for any organisation', () => {
    expect(agendaRights({ role: 'coordinator', organisationId: 'org-a' }).answerFor('org-b')).toBe(
      true,
    );
  });

  it('leaves field members and observers reading only', () => {
    for (const role of ['field', 'observer'] as const) {
      const rights = agendaRights({ role, organisationId: 'org-a' });
      expect([rights.actions, rights.notes, rights.answerFor('org-a')]).toEqual([
        false,
        false,
        false,
      ]);
    }
  });
});
