import { describe, expect, it } from 'vitest';
import { mostPressing, takesChanges } from './board-state';

describe('mostPressing', () => {
  it('shows what needs the person most: a refusal over being offline over being online', () => {
    expect(
      mostPressing([
        { kind: 'online' },
        { kind: 'offline', pending: 2 },
        { kind: 'refused', reason: 'No' },
      ]),
    ).toEqual({ kind: 'refused', reason: 'No' });
    expect(mostPressing([{ kind: 'online' }, { kind: 'offline', pending: 0 }])?.kind).toBe(
      'offline',
    );
  });

  it('does not let a group board closed to the organisation hide that the rest is online', () => {
    expect(mostPressing([{ kind: 'online' }, { kind: 'no-access', reason: '' }])?.kind).toBe(
      'online',
    );
  });

  it('has nothing to show without boards', () => {
    expect(mostPressing([])).toBeNull();
  });
});

describe('takesChanges', () => {
  it('takes changes offline, not once access is lost', () => {
    expect(takesChanges({ kind: 'offline', pending: 0 })).toBe(true);
    expect(takesChanges({ kind: 'no-access', reason: '' })).toBe(false);
    expect(takesChanges({ kind: 'signed-out' })).toBe(false);
  });
});
