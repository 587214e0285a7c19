import type { ActionItem } from '@opale/core';
import { describe, expect, it } from 'vitest';
import {
  groupByOwner,
  readAction,
  readOwnerFilter,
  sortActions,
  writeOwnerFilter,
} from './action-list';

const today = '2026-03-12';

function row(text: string, fields: Partial<ActionItem> = {}) {
  return {
    action: readAction({ itemId: 'm1', text, owner: 'org-a', createdBy: 'Hélène', ...fields }),
  };
}

const names: Record<string, string> = {
  'org-a': 'Auberge des migrants',
  'org-b': 'Salam',
  'org-c': 'Refugee Women’s Centre',
};
const nameOf = (id: string) => names[id] ?? id;

describe('sortActions', () => {
  it('puts what is still to do first, the earliest due date first and undated ones last', () => {
    const sorted = sortActions(
      [
        row('no date'),
        row('next week', { due: '2026-03-19' }),
        row('done long ago', { done: true, doneAt: '2026-03-01T10:00:00.000Z' }),
        row('late', { due: '2026-03-10' }),
        row('today', { due: '2026-03-12' }),
      ],
      today,
    );
    expect(sorted.open.map((r) => r.action.text)).toEqual([
      'late',
      'today',
      'next week',
      'no date',
    ]);
    expect(sorted.done.map((r) => r.action.text)).toEqual(['done long ago']);
  });

  it('counts as overdue only open items due before today', () => {
    const sorted = sortActions(
      [
        row('late', { due: '2026-03-10' }),
        row('due today', { due: today }),
        row('late but done', { due: '2026-03-01', done: true }),
      ],
      today,
    );
    expect(sorted.overdue).toBe(1);
  });

  it('shows the most recently done first', () => {
    const sorted = sortActions(
      [
        row('first', { done: true, doneAt: '2026-03-02T10:00:00.000Z' }),
        row('last', { done: true, doneAt: '2026-03-09T10:00:00.000Z' }),
        row('unknown when', { done: true }),
      ],
      today,
    );
    expect(sorted.done.map((r) => r.action.text)).toEqual(['last', 'first', 'unknown when']);
  });
});

describe('groupByOwner', () => {
  it('puts the viewer’s organisation first, then the others by name', () => {
    const groups = groupByOwner(
      [
        row('a1', { owner: 'org-c' }),
        row('b1', { owner: 'org-a' }),
        row('c1', { owner: 'org-b' }),
        row('c2', { owner: 'org-b', due: '2026-03-01' }),
      ],
      { today, viewerOrganisation: 'org-b', nameOf },
    );
    expect(groups.map((g) => g.owner)).toEqual(['org-b', 'org-a', 'org-c']);
    expect(groups[0]?.open.map((r) => r.action.text)).toEqual(['c2', 'c1']);
    expect(groups[0]?.overdue).toBe(1);
  });

  it('gives no group to an organisation that owes nothing', () => {
    expect(groupByOwner([], { today, viewerOrganisation: 'org-a', nameOf })).toEqual([]);
  });
});

describe('readAction', () => {
  it('makes a partial or broken entry whole rather than failing', () => {
    expect(readAction({ text: 'Relancer la mairie', done: 'yes' as unknown as boolean })).toEqual({
      itemId: '',
      occurrenceDate: null,
      text: 'Relancer la mairie',
      owner: '',
      due: null,
      done: false,
      doneBy: null,
      doneAt: null,
      createdBy: '',
    });
  });
});

describe('the owner filter in the address', () => {
  it('reads "mine" and defaults to every organisation', () => {
    expect(readOwnerFilter(new URLSearchParams('owner=mine'))).toBe('mine');
    expect(readOwnerFilter(new URLSearchParams(''))).toBe('all');
    expect(readOwnerFilter(new URLSearchParams('owner=nonsense'))).toBe('all');
  });

  it('keeps other parameters when it changes', () => {
    const search = new URLSearchParams('x=1');
    expect(writeOwnerFilter(search, 'mine').toString()).toBe('x=1&owner=mine');
    expect(writeOwnerFilter(new URLSearchParams('x=1&owner=mine'), 'all').toString()).toBe('x=1');
  });
});
