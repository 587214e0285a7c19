import { describe, expect, it } from 'vitest';
import { occurrenceStateOf, parseServedCount } from './status-draft';

const at = new Date('2026-03-12T13:05:00.000Z');

describe('recording how a distribution went', () => {
  it('takes an approximate count or none, never a text', () => {
    expect(parseServedCount('')).toBeNull();
    expect(parseServedCount(' 120 ')).toBe(120);
    expect(parseServedCount('0')).toBe(0);
    for (const bad of ['-4', '12.5', 'many', '1000000']) expect(parseServedCount(bad)).toBe('bad');
  });

  it('keeps the count for "done" and the note for "disrupted" only', () => {
    expect(occurrenceStateOf({ status: 'done', servedCount: 120, note: 'x' }, 'Alex', at)).toEqual({
      status: 'done',
      servedCount: 120,
      note: null,
      by: 'Alex',
      at: '2026-03-12T13:05:00.000Z',
    });
    expect(
      occurrenceStateOf(
        { status: 'disrupted', servedCount: 50, note: ' Police check ' },
        'Alex',
        at,
      ),
    ).toMatchObject({ status: 'disrupted', servedCount: null, note: 'Police check' });
    expect(occurrenceStateOf({ status: 'cancelled', note: '' }, 'Alex', at)).toMatchObject({
      status: 'cancelled',
      servedCount: null,
      note: null,
    });
  });

  it('clears what no longer applies when set back to planned', () => {
    expect(occurrenceStateOf({ status: 'planned' }, 'Alex', at)).toMatchObject({
      status: 'planned',
      servedCount: null,
      note: null,
    });
  });
});
