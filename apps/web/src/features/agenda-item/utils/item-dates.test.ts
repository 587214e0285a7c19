import { describe, expect, it } from 'vitest';
import { formatLongDay } from './item-dates';

// English punctuation after the weekday varies with the ICU data of the runtime.
const words = (text: string) => text.replace(/,/g, '');

describe('formatLongDay', () => {
  it('writes the weekday, day, month and year in the interface language', () => {
    expect(formatLongDay('2026-03-12', 'fr')).toBe('jeudi 12 mars 2026');
    expect(words(formatLongDay('2026-03-12', 'en'))).toBe('Thursday 12 March 2026');
  });

  it('keeps the calendar day whatever the clock change', () => {
    expect(words(formatLongDay('2026-03-29', 'en'))).toBe('Sunday 29 March 2026');
    expect(words(formatLongDay('2026-10-25', 'en'))).toBe('Sunday 25 October 2026');
  });
});
