import type { AgendaItem } from '@opale/core';
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  applyFilters,
  filterChoices,
  noFilters,
  readFilters,
  toggleKind,
  writeFilters,
  type AgendaFilters,
} from './agenda-filters';

const coalition = { id: 'g1', name: 'Child protection' };

function shown(title: string, fields: Partial<AgendaItem>, group: typeof coalition | null = null) {
  return {
    title,
    group,
    item: {
      kind: 'platform_meeting',
      organisers: 'org-a',
      invited: '',
      ...fields,
    } as AgendaItem,
  };
}

const occurrences = [
  shown('platform', { kind: 'platform_meeting', organisers: 'org-a', invited: 'org-b org-c' }),
  shown('prefecture', { kind: 'authorities_meeting', organisers: 'org-b', invited: '' }),
  shown(
    'coalition',
    { kind: 'coalition_meeting', organisers: 'org-c', invited: 'org-d' },
    coalition,
  ),
  shown('training', { kind: 'training', organisers: 'org-d', invited: 'org-a' }),
];

const titles = (filters: AgendaFilters) => applyFilters(occurrences, filters).map((o) => o.title);

describe('applyFilters', () => {
  it('shows everything without filters', () => {
    expect(titles(noFilters)).toEqual(['platform', 'prefecture', 'coalition', 'training']);
  });

  it('keeps any of several kinds', () => {
    expect(titles({ ...noFilters, kinds: ['training', 'authorities_meeting'] })).toEqual([
      'prefecture',
      'training',
    ]);
  });

  it('keeps what an organisation organises or is invited to', () => {
    expect(titles({ ...noFilters, organisation: 'org-a' })).toEqual(['platform', 'training']);
    expect(titles({ ...noFilters, organisation: 'org-c' })).toEqual(['platform', 'coalition']);
  });

  it('does not take one organisation id for a part of another', () => {
    expect(titles({ ...noFilters, organisation: 'org' })).toEqual([]);
  });

  it('keeps the platform’s agenda, or one group’s', () => {
    expect(titles({ ...noFilters, agenda: 'platform' })).toEqual([
      'platform',
      'prefecture',
      'training',
    ]);
    expect(titles({ ...noFilters, agenda: 'g1' })).toEqual(['coalition']);
  });

  it('combines filters', () => {
    expect(
      titles({ kinds: ['platform_meeting', 'training'], organisation: 'org-d', agenda: null }),
    ).toEqual(['training']);
  });
});

describe('filters in the address', () => {
  it('round-trips through the query, other parameters kept', () => {
    const filters: AgendaFilters = {
      kinds: ['platform_meeting', 'training'],
      organisation: 'org-a',
      agenda: 'g1',
    };
    const search = writeFilters(new URLSearchParams('view=week'), filters);
    expect(search.get('view')).toBe('week');
    expect(search.get('kind')).toBe('platform_meeting,training');
    expect(readFilters(search)).toEqual(filters);
  });

  it('ignores unknown kinds and repeats from a hand-made link', () => {
    expect(readFilters(new URLSearchParams('kind=training,party,training,other')).kinds).toEqual([
      'training',
      'other',
    ]);
  });

  it('clears what is no longer chosen', () => {
    const search = writeFilters(
      new URLSearchParams('kind=training&org=org-a&agenda=g1'),
      noFilters,
    );
    expect(search.toString()).toBe('');
  });
});

describe('toggleKind and activeFilterCount', () => {
  it('adds and removes kinds, keeping the list in its usual order', () => {
    const one = toggleKind(noFilters, 'training', true);
    const two = toggleKind(one, 'platform_meeting', true);
    expect(two.kinds).toEqual(['platform_meeting', 'training']);
    expect(toggleKind(two, 'platform_meeting', false).kinds).toEqual(['training']);
  });

  it('counts several kinds as one filter', () => {
    expect(
      activeFilterCount({ kinds: ['training', 'other'], organisation: null, agenda: 'platform' }),
    ).toBe(2);
    expect(activeFilterCount(noFilters)).toBe(0);
  });
});

describe('filterChoices', () => {
  it('offers every organisation taking part, and keeps a chosen one the agenda no longer holds', () => {
    const choices = filterChoices(
      occurrences,
      [coalition],
      { ...noFilters, organisation: 'org-gone' },
      '?',
    );
    expect(choices.organisations.sort()).toEqual(['org-a', 'org-b', 'org-c', 'org-d', 'org-gone']);
  });

  it('keeps a group chosen by a link whose agenda this member no longer reads', () => {
    const choices = filterChoices([], [coalition], { ...noFilters, agenda: 'g9' }, 'Unknown group');
    expect(choices.groups).toEqual([coalition, { id: 'g9', name: 'Unknown group' }]);
    expect(
      filterChoices([], [coalition], { ...noFilters, agenda: 'platform' }, '?').groups,
    ).toEqual([coalition]);
  });
});
