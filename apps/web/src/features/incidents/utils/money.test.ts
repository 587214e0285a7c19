import { describe, expect, it } from 'vitest';
import { formatEuros } from './money';

/** Intl writes French amounts with no-break spaces; the tests read them as plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a fine in euros', () => {
  it('reads 13500 cents as 135,00 € in French and €135.00 in English', () => {
    expect(plain(formatEuros(13500, 'fr'))).toBe('135,00 €');
    expect(formatEuros(13500, 'en')).toBe('€135.00');
  });

  it('keeps the cents and groups thousands the way each language does', () => {
    expect(plain(formatEuros(123456, 'fr'))).toBe('1 234,56 €');
    expect(formatEuros(123456, 'en')).toBe('€1,234.56');
    expect(formatEuros(5, 'en')).toBe('€0.05');
  });

  it('keeps "€" on the same line as the amount in French', () => {
    expect(formatEuros(13500, 'fr')).not.toContain(' ');
  });

  it('refuses an amount that is not whole cents, which would mean a unit mix-up', () => {
    expect(() => formatEuros(135.5, 'fr')).toThrow(/whole euro cents/);
  });
});
