import { describe, expect, it } from 'vitest';
import { itemPath, readItemSearch } from './item-link';

describe('itemPath', () => {
  it('links a one-off item on the platform’s agenda by its id alone', () => {
    expect(itemPath('calais', { itemId: 'm1', date: null, groupId: null })).toBe(
      '/calais/agenda/m1',
    );
  });

  it('names the date of a recurring item and the group whose board holds it', () => {
    expect(itemPath('dunkirk', { itemId: 'm1', date: '2026-03-12', groupId: 'g 1' })).toBe(
      '/dunkirk/agenda/m1?date=2026-03-12&group=g+1',
    );
  });

  it('reads back what it wrote', () => {
    const path = itemPath('calais', { itemId: 'm1', date: '2026-03-12', groupId: 'g1' });
    expect(readItemSearch(new URLSearchParams(path.split('?')[1]))).toEqual({
      date: '2026-03-12',
      groupId: 'g1',
    });
  });

  it('ignores a date that is not a calendar day', () => {
    expect(readItemSearch(new URLSearchParams('date=2026-02-30&group='))).toEqual({
      date: null,
      groupId: null,
    });
  });
});
