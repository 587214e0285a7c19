import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  applyFilters,
  displayStatusOf,
  monthChoices,
  monthOf,
  noFilters,
  placeOf,
  readFilters,
  scopeChoices,
  sharedThrough,
  writeFilters,
  type ListedIncident,
} from './incident-list';

const viewer = { userId: 'me', organisationId: 'rck' };

function report(id: string, fields: Partial<ListedIncident> = {}): ListedIncident {
  return {
    id,
    organisationId: 'rck',
    access: 'organisation',
    status: 'draft',
    type: 'fine',
    occurredAt: '2026-11-20T08:00:00.000Z',
    createdBy: 'me',
    sharedWith: [],
    createdAt: '2026-11-20T09:00:00.000Z',
    closedAt: null,
    ...fields,
  };
}

describe('the incident log’s filters in the address', () => {
  it('reads status, type, month and whose, and drops values it does not know', () => {
    const search = new URLSearchParams('status=closed&type=fine&month=2026-11&whose=mine&x=1');
    expect(readFilters(search)).toEqual({
      status: 'closed',
      type: 'fine',
      month: '2026-11',
      scope: 'mine',
    });
    const odd = new URLSearchParams('status=lost&type=theft&month=2026-13&whose=everyone');
    expect(readFilters(odd)).toEqual(noFilters);
  });

  it('writes them back, keeping other parameters and removing cleared ones', () => {
    const search = new URLSearchParams('status=draft&x=1');
    const next = writeFilters(search, { ...noFilters, type: 'intimidation', month: '2026-10' });
    expect(next.get('status')).toBeNull();
    expect(next.get('type')).toBe('intimidation');
    expect(next.get('month')).toBe('2026-10');
    expect(next.get('x')).toBe('1');
    expect(readFilters(next)).toEqual({ ...noFilters, type: 'intimidation', month: '2026-10' });
    expect(activeFilterCount(readFilters(next))).toBe(2);
  });
});

describe('the incident log’s list', () => {
  it('puts the latest incident first, then the latest written, whatever order the server gave', () => {
    const list = [
      report('old', { occurredAt: '2026-10-01T08:00:00.000Z' }),
      report('new-later', {
        occurredAt: '2026-11-21T08:00:00.000Z',
        createdAt: '2026-11-21T10:00:00.000Z',
      }),
      report('new-earlier', {
        occurredAt: '2026-11-21T08:00:00.000Z',
        createdAt: '2026-11-21T09:00:00.000Z',
      }),
    ];
    expect(applyFilters(list, noFilters, viewer).map((r) => r.id)).toEqual([
      'new-later',
      'new-earlier',
      'old',
    ]);
  });

  it('reads a closed case as closed, whatever status it reached', () => {
    expect(displayStatusOf({ status: 'shared', closedAt: '2026-11-22T08:00:00.000Z' })).toBe(
      'closed',
    );
    expect(displayStatusOf({ status: 'verified', closedAt: null })).toBe('verified');
    const list = [
      report('open', { status: 'verified' }),
      report('closed', { status: 'verified', closedAt: '2026-11-22T08:00:00.000Z' }),
    ];
    const keep = (status: 'verified' | 'closed') =>
      applyFilters(list, { ...noFilters, status }, viewer).map((r) => r.id);
    expect(keep('verified')).toEqual(['open']);
    expect(keep('closed')).toEqual(['closed']);
  });

  it('files an incident under its Paris month, also just before midnight UTC on the last day', () => {
    expect(monthOf('2026-11-30T23:30:00.000Z')).toBe('2026-12');
    expect(monthOf('2026-11-30T22:30:00.000Z')).toBe('2026-11');
    const list = [
      report('december', { occurredAt: '2026-11-30T23:30:00.000Z' }),
      report('november', { occurredAt: '2026-11-02T10:00:00.000Z' }),
    ];
    expect(applyFilters(list, { ...noFilters, month: '2026-12' }, viewer).map((r) => r.id)).toEqual(
      ['december'],
    );
  });

  it('offers the months the reports fall in, latest first, and keeps a chosen month that has none', () => {
    const list = [
      report('a', { occurredAt: '2026-10-05T10:00:00.000Z' }),
      report('b', { occurredAt: '2026-11-05T10:00:00.000Z' }),
      report('c', { occurredAt: '2026-11-06T10:00:00.000Z' }),
    ];
    expect(monthChoices(list, null)).toEqual(['2026-11', '2026-10']);
    expect(monthChoices(list, '2025-01')).toEqual(['2026-11', '2026-10', '2025-01']);
  });

  it('tells mine, my organisation’s and what was shared with my groups apart', () => {
    const list = [
      report('mine'),
      report('colleague', { createdBy: 'colleague' }),
      report('ours-shared', { createdBy: 'colleague', status: 'shared', sharedWith: ['g1'] }),
      report('theirs', {
        organisationId: 'other',
        access: 'group',
        createdBy: null,
        status: 'shared',
      }),
    ];
    const ids = (scope: 'mine' | 'organisation' | 'shared') =>
      applyFilters(list, { ...noFilters, scope }, viewer)
        .map((r) => r.id)
        .sort();
    expect(ids('mine')).toEqual(['mine']);
    expect(ids('organisation')).toEqual(['colleague', 'mine', 'ours-shared']);
    expect(ids('shared')).toEqual(['ours-shared', 'theirs']);
  });

  it('counts a colleague’s report a field member reads through a group as shared, not as the organisation’s', () => {
    const seenByField = report('colleague', { access: 'group', createdBy: null, status: 'shared' });
    const keep = (scope: 'organisation' | 'shared') =>
      applyFilters([seenByField], { ...noFilters, scope }, viewer).length;
    expect(keep('organisation')).toBe(0);
    expect(keep('shared')).toBe(1);
  });

  it('offers only the scopes that can hold something for the viewer', () => {
    expect(scopeChoices(true, true)).toEqual(['mine', 'organisation', 'shared']);
    expect(scopeChoices(false, true)).toEqual(['mine', 'shared']);
    expect(scopeChoices(false, false)).toEqual(['shared']);
  });
});

describe('which group a report came through', () => {
  it('names every group its own organisation shared it with', () => {
    expect(sharedThrough({ access: 'organisation', sharedWith: ['g1', 'g2'] }, ['g1'])).toEqual([
      'g1',
      'g2',
    ]);
  });

  it('names the reader’s one group when the server does not say, and none when it cannot be told', () => {
    expect(sharedThrough({ access: 'group', sharedWith: [] }, ['g1'])).toEqual(['g1']);
    expect(sharedThrough({ access: 'group', sharedWith: [] }, ['g1', 'g2'])).toEqual([]);
    expect(sharedThrough({ access: 'group', sharedWith: ['g2', 'g3'] }, ['g1', 'g2'])).toEqual([
      'g2',
    ]);
  });
});

describe('where a report happened', () => {
  it('names the site from the schedule board, or gives the place as written', () => {
    const siteName = (id: string) => (id === 'north' ? 'Site Nord' : 'unknown site');
    expect(placeOf({ siteId: 'north', placeText: null }, siteName)).toBe('Site Nord');
    expect(placeOf({ siteId: null, placeText: 'Rue de Verdun' }, siteName)).toBe('Rue de Verdun');
    expect(placeOf({ siteId: null, placeText: null }, siteName)).toBe('');
  });
});
