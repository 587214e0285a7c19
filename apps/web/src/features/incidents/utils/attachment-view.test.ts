import { describe, expect, it } from 'vitest';
import { formatFileSize, shortHash } from './attachment-view';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a report’s attachments', () => {
  it('shortens a SHA-256 to its first six and last four characters', () => {
    const hash = '3F2A9C' + '0'.repeat(54) + '81B0';
    expect(hash).toHaveLength(64);
    expect(shortHash(hash)).toBe('3f2a9c…81b0');
  });

  it('gives sizes in decimal units, with one decimal under ten', () => {
    expect(plain(formatFileSize(850_000, 'fr'))).toBe('850 ko');
    expect(formatFileSize(850_000, 'en')).toBe('850 kB');
    expect(plain(formatFileSize(12_400_000, 'fr'))).toBe('12 Mo');
    expect(formatFileSize(4_250_000, 'en')).toBe('4.3 MB');
    expect(formatFileSize(512, 'en')).toBe('512 bytes');
    expect(plain(formatFileSize(512, 'fr'))).toBe('512 octets');
  });
});
