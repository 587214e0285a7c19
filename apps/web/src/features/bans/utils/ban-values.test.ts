import { banStandingOn } from '@opale/core';
import { describe, expect, it } from 'vitest';
import type { BanListed } from '@/lib/bans/use-bans';
import {
  banDraftOf,
  banSections,
  challengeOf,
  checkBanValues,
  checkChallengeValues,
  checkRenewalValues,
  emptyBanValues,
} from './ban-values';

function listed(id: string, validFrom: string, validUntil: string): BanListed {
  return {
    id,
    authority: 'prefecture',
    reference: `Arrêté ${id}`,
    signedOn: validFrom,
    area: 'Rue Royale',
    commune: 'Calais',
    siteIds: ['centre'],
    validFrom,
    validUntil,
    forbids: null,
    renewals: [],
    challenge: { state: 'none' },
    organisationId: 'org-1',
    periods: [{ from: validFrom, until: validUntil }],
    renewedUntil: validUntil,
    standing: 'in_force',
    mayRemove: true,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
}

describe('the ban form', () => {
  it('asks for a reference, the area, the commune, a site and an end', () => {
    expect(checkBanValues(emptyBanValues('2026-11-26'))).toEqual({
      reference: 'referenceRequired',
      commune: 'communeRequired',
      area: 'areaRequired',
      siteIds: 'sitesRequired',
      validUntil: 'dateRequired',
    });
  });

  it('refuses a last day before the first', () => {
    const values = {
      ...emptyBanValues('2026-11-26'),
      reference: 'Arrêté n° 1',
      commune: 'Calais',
      area: 'Rue Royale',
      siteIds: ['centre'],
      validUntil: '2026-11-25',
    };
    expect(checkBanValues(values)).toEqual({ validUntil: 'untilBeforeFrom' });
    expect(banDraftOf({ ...values, validUntil: '2026-12-25', forbids: '  ' }).forbids).toBeNull();
  });

  it('wants a renewal to end after the order runs now', () => {
    expect(
      checkRenewalValues(
        { reference: 'Arrêté n° 2', signedOn: '2026-12-01', validUntil: '2026-12-20' },
        '2026-12-20',
      ),
    ).toEqual({ validUntil: 'notLater' });
  });

  it('checks a decided challenge’s dates and builds what the server takes', () => {
    const values = {
      state: 'decided' as const,
      court: 'Tribunal administratif de Lille',
      filedOn: '2026-11-20',
      reference: ' 2611234 ',
      outcome: 'suspended' as const,
      decidedOn: '2026-11-19',
    };
    expect(checkChallengeValues(values)).toEqual({ decidedOn: 'decidedBeforeFiled' });
    expect(challengeOf({ ...values, decidedOn: '2026-11-25' })).toEqual({
      state: 'decided',
      court: 'Tribunal administratif de Lille',
      filedOn: '2026-11-20',
      reference: '2611234',
      outcome: 'suspended',
      decidedOn: '2026-11-25',
    });
    expect(checkChallengeValues({ ...values, state: 'none', court: '' })).toEqual({});
  });

  it('sorts the bans into in force, to come and over, by the device’s today', () => {
    const bans = [
      listed('old', '2026-09-01', '2026-09-30'),
      listed('now', '2026-11-20', '2026-12-20'),
      listed('next', '2027-01-01', '2027-01-31'),
    ];
    const sections = banSections(bans, (ban) => banStandingOn(ban, '2026-11-26'));
    expect(sections.map((s) => [s.section, s.bans.map((b) => b.id)])).toEqual([
      ['in_force', ['now']],
      ['upcoming', ['next']],
      ['over', ['old']],
    ]);
  });
});
