import { describe, expect, it } from 'vitest';
import { checkReadingDraft, emptyReadingDraft, parseCount, readingOf } from './reading-draft';

const now = new Date('2026-11-26T20:00:00.000Z');

describe('a reading from the card', () => {
  it('records a status alone with its count unknown, the service’s total, who and when', () => {
    expect(readingOf('full', null, 40, 'Alex', now)).toEqual({
      status: 'full',
      available: null,
      total: 40,
      note: null,
      by: 'Alex',
      at: '2026-11-26T20:00:00.000Z',
    });
  });

  it('takes the numbers and a trimmed note when given', () => {
    const draft = { available: ' 3 ', total: '35', note: '  2 beds for families ' };
    expect(readingOf('limited', draft, 40, 'Alex', now)).toMatchObject({
      status: 'limited',
      available: 3,
      total: 35,
      note: '2 beds for families',
    });
  });

  it('keeps an empty count unknown rather than zero', () => {
    expect(readingOf('open', emptyReadingDraft(40), 40, 'Alex', now)).toMatchObject({
      available: null,
      total: 40,
      note: null,
    });
  });

  it('accepts whole numbers only', () => {
    expect(parseCount('')).toBeNull();
    expect(parseCount('12')).toBe(12);
    expect(parseCount('-1')).toBe('bad');
    expect(parseCount('2.5')).toBe('bad');
    expect(parseCount('douze')).toBe('bad');
  });

  it('refuses more free places than the total, a bad number and a long note', () => {
    expect(checkReadingDraft({ available: '41', total: '40', note: '' })).toEqual({
      available: 'moreThanTotal',
    });
    expect(checkReadingDraft({ available: 'x', total: '-2', note: 'n'.repeat(141) })).toEqual({
      available: 'badCount',
      total: 'badCount',
      note: 'tooLong',
    });
    expect(checkReadingDraft({ available: '5', total: '', note: 'ok' })).toEqual({});
  });
});
