import { describe, expect, it } from 'vitest';
import { roles, type Role } from '@opale/core';
import {
  incidentVisibility,
  mayEditIncident,
  mayManageIncident,
  mayVerifyIncident,
  type IncidentScope,
  type IncidentViewer,
} from '../src/services/incident-visibility';

const incident: IncidentScope = {
  platformId: 'calais',
  organisationId: 'utopia',
  createdBy: 'author',
  status: 'verified',
  closedAt: null,
};

const viewer = (role: Role, overrides: Partial<IncidentViewer> = {}): IncidentViewer => ({
  userId: 'someone',
  platformId: 'calais',
  organisationId: 'utopia',
  role,
  groupIds: [],
  ...overrides,
});

describe('incident visibility', () => {
  it('gives the organisation’s reps, coordinators and admins the whole organisation', () => {
    for (const role of ['rep', 'coordinator', 'admin'] as const) {
      expect(incidentVisibility(viewer(role), incident, [])).toBe('organisation');
    }
  });

  it('gives a field member their own reports only, and an observer none', () => {
    expect(incidentVisibility(viewer('field', { userId: 'author' }), incident, [])).toBe('own');
    expect(incidentVisibility(viewer('field'), incident, [])).toBe('none');
    expect(incidentVisibility(viewer('observer', { userId: 'author' }), incident, [])).toBe('none');
  });

  it('gives every role of any organisation what is shared with one of its groups', () => {
    for (const role of roles) {
      for (const organisationId of ['utopia', 'ecpat']) {
        const member = viewer(role, { organisationId, groupIds: ['g1'] });
        const expected = organisationId === 'utopia' && role !== 'field' && role !== 'observer';
        expect(incidentVisibility(member, incident, ['g1'])).toBe(
          expected ? 'organisation' : 'group',
        );
        expect(incidentVisibility({ ...member, groupIds: ['g2'] }, incident, ['g1'])).toBe(
          expected ? 'organisation' : 'none',
        );
      }
    }
  });

  it('denies another organisation’s unshared reports to everyone, admins included', () => {
    for (const role of roles) {
      expect(incidentVisibility(viewer(role, { organisationId: 'ecpat' }), incident, [])).toBe(
        'none',
      );
    }
  });

  it('denies every report of another platform, whatever the organisation or group', () => {
    for (const role of roles) {
      expect(
        incidentVisibility(viewer(role, { platformId: 'dunkirk', groupIds: ['g1'] }), incident, [
          'g1',
        ]),
      ).toBe('none');
    }
  });
});

describe('incident change rules', () => {
  const draft: IncidentScope = { ...incident, status: 'draft' };
  const closed: IncidentScope = { ...incident, closedAt: '2026-11-26T09:00:00.000Z' };

  it('lets the author edit a draft, reps any open report, nobody a closed one', () => {
    expect(mayEditIncident('own', draft)).toBe(true);
    expect(mayEditIncident('own', incident)).toBe(false);
    expect(mayEditIncident('organisation', incident)).toBe(true);
    expect(mayEditIncident('organisation', closed)).toBe(false);
    expect(mayEditIncident('group', draft)).toBe(false);
  });

  it('needs a second person to verify a draft', () => {
    expect(mayVerifyIncident(viewer('rep', { userId: 'author' }), 'organisation', draft)).toBe(
      false,
    );
    expect(mayVerifyIncident(viewer('rep'), 'organisation', draft)).toBe(true);
    expect(mayVerifyIncident(viewer('rep'), 'organisation', incident)).toBe(false);
    expect(
      mayVerifyIncident(viewer('coordinator', { organisationId: 'ecpat' }), 'group', draft),
    ).toBe(true);
    expect(mayVerifyIncident(viewer('rep', { organisationId: 'ecpat' }), 'group', draft)).toBe(
      false,
    );
    expect(mayVerifyIncident(viewer('admin', { organisationId: 'ecpat' }), 'none', draft)).toBe(
      false,
    );
  });

  it('keeps sharing, closing, witnesses and follow-ups inside the organisation', () => {
    expect(mayManageIncident('organisation')).toBe(true);
    for (const access of ['own', 'group', 'none'] as const)
      expect(mayManageIncident(access)).toBe(false);
  });
});
