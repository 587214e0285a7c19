import { describe, expect, it } from 'vitest';
import { historyWindowOf, historyWindowSearch } from './history-window';

describe('the window of a service’s history', () => {
  it('reads the windows offered from the address, and the week for anything else', () => {
    expect(historyWindowOf('1')).toBe(1);
    expect(historyWindowOf('30')).toBe(30);
    expect(historyWindowOf(null)).toBe(7);
    expect(historyWindowOf('12')).toBe(7);
    expect(historyWindowOf('week')).toBe(7);
  });

  it('leaves the default week out of the address', () => {
    expect(historyWindowSearch(7)).toBe('');
    expect(historyWindowSearch(1)).toBe('?days=1');
    expect(historyWindowSearch(30)).toBe('?days=30');
  });
});
