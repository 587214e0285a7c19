import type { DistributionBan } from '@opale/core';
import { describe, expect, it } from 'vitest';
import { bansOfDraft } from './ban-draft';
import { emptyDraft, type SeriesDraft } from './series-draft';

const ban: DistributionBan = {
  id: 'ban-1',
  authority: 'prefecture',
  reference: 'Arrêté n° 2026-11-045',
  signedOn: '2026-11-20',
  area: 'Rue Royale',
  commune: 'Calais',
  siteIds: ['centre'],
  validFrom: '2026-11-21',
  validUntil: '2026-12-20',
  forbids: null,
  renewals: [],
  challenge: { state: 'none' },
};

const draft: SeriesDraft = {
  ...emptyDraft('org-1', '2026-11-26'),
  siteId: 'centre',
  serviceType: 'meal',
  weekdays: [0],
};
const noChanges = { exceptions: new Map() };

describe('the bans a drafted series falls inside', () => {
  it('finds the ban for Mondays at a covered site, from today on', () => {
    const hits = bansOfDraft(draft, 's1', [ban], noChanges, '2026-11-26');
    expect(hits.map((h) => h.dates)).toEqual([['2026-11-30', '2026-12-07', '2026-12-14']]);
  });

  it('warns of nothing for another site or a series starting after the ban', () => {
    expect(
      bansOfDraft({ ...draft, siteId: 'dunes' }, 's1', [ban], noChanges, '2026-11-26'),
    ).toEqual([]);
    expect(
      bansOfDraft({ ...draft, validFrom: '2026-12-21' }, 's1', [ban], noChanges, '2026-11-26'),
    ).toEqual([]);
  });

  it('waits for a complete draft (no days chosen yet)', () => {
    expect(bansOfDraft({ ...draft, weekdays: [] }, 's1', [ban], noChanges, '2026-11-26')).toEqual(
      [],
    );
  });
});
