import { describe, expect, it } from 'vitest';
import { matchesSearch } from './search';

describe('member search', () => {
  it('ignores case and accents', () => {
    expect(matchesSearch('helene', 'Hélène Martin')).toBe(true);
    expect(matchesSearch('UTOPIA', 'Utopia 56')).toBe(true);
  });

  it('needs every word somewhere in the fields', () => {
    expect(matchesSearch('martin utopia', 'Hélène Martin', 'Utopia 56')).toBe(true);
    expect(matchesSearch('martin secours', 'Hélène Martin', 'Utopia 56')).toBe(false);
  });

  it('matches everyone when empty', () => {
    expect(matchesSearch('  ', 'anyone')).toBe(true);
  });
});
