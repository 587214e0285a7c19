import { describe, expect, it } from 'vitest';
import {
  cleanEvidenceFileName,
  evidenceDownloadPath,
  evidenceKindOf,
  evidenceSizeLimits,
  formatEvidenceLimit,
  isEvidenceMediaType,
} from '../src';

describe('evidence file names', () => {
  it('keeps an ordinary name as it is, accents included', () => {
    expect(cleanEvidenceFileName('PV amende Judée.pdf', 'pdf')).toBe('PV amende Judée.pdf');
  });

  it('drops folders, quotes, control and header characters', () => {
    expect(cleanEvidenceFileName('C:\\Users\\camille\\IMG_1.jpg', 'jpg')).toBe('IMG_1.jpg');
    expect(cleanEvidenceFileName('../../etc/passwd', 'jpg')).toBe('passwd');
    expect(cleanEvidenceFileName('a"b;c\r\nd\u202Egpj.exe', 'jpg')).toBe('abc dgpj.exe');
    expect(cleanEvidenceFileName('...hidden', 'jpg')).toBe('hidden');
  });

  it('names a file that has no usable name after its type', () => {
    expect(cleanEvidenceFileName('', 'mp4')).toBe('evidence.mp4');
    expect(cleanEvidenceFileName('/////', 'pdf')).toBe('evidence.pdf');
  });

  it('cuts a long name to 120 characters, keeping its extension and whole characters', () => {
    const cut = cleanEvidenceFileName(`${'é'.repeat(200)}.jpeg`, 'jpg');
    expect(Array.from(cut)).toHaveLength(120);
    expect(cut.endsWith('é.jpeg')).toBe(true);
    const emoji = cleanEvidenceFileName('📷'.repeat(130), 'jpg');
    expect(Array.from(emoji)).toHaveLength(120);
    expect(emoji).toBe('📷'.repeat(120));
  });
});

describe('evidence types and limits', () => {
  it('knows the accepted types and their kind', () => {
    expect(isEvidenceMediaType('image/jpeg')).toBe(true);
    expect(isEvidenceMediaType('image/gif')).toBe(false);
    expect(isEvidenceMediaType('toString')).toBe(false);
    expect(evidenceKindOf('video/quicktime')).toBe('video');
    expect(formatEvidenceLimit(evidenceSizeLimits.photo)).toBe('15 MB');
    expect(formatEvidenceLimit(evidenceSizeLimits.video)).toBe('100 MB');
  });

  it('builds the download path from the platform and the attachment', () => {
    expect(evidenceDownloadPath('calais', 'a1')).toBe('/evidence/calais/file/a1');
  });
});
