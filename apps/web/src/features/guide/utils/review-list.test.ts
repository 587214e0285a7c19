import { describe, expect, it } from 'vitest';
import {
  keysToMark,
  readableKey,
  reviewedPercent,
  shownEntries,
  type ReviewEntry,
} from './review-list';

const entry = (key: string, english: string, text: string, reviewed = false): ReviewEntry => ({
  key,
  kind: key.startsWith('serviceType.') ? 'serviceType' : 'string',
  english,
  text,
  reviewed,
  lapsed: false,
});

const entries = [
  entry('strings.title', 'Arrival Guide', 'دليل الوصول', true),
  entry('strings.status.full', 'Full', 'ممتلئ'),
  entry('serviceType.meal', 'Meal', 'وجبة'),
  entry('serviceType.showers', 'Showers', 'استحمام', true),
];

describe('the review list', () => {
  it('shows what is left to review, what is reviewed, or everything', () => {
    expect(shownEntries(entries, 'toReview', '').map((e) => e.key)).toEqual([
      'strings.status.full',
      'serviceType.meal',
    ]);
    expect(shownEntries(entries, 'reviewed', '').map((e) => e.key)).toEqual([
      'strings.title',
      'serviceType.showers',
    ]);
    expect(shownEntries(entries, 'all', '')).toHaveLength(4);
  });

  it('finds entries by words of their key, English or translation', () => {
    expect(shownEntries(entries, 'all', 'meal').map((e) => e.key)).toEqual(['serviceType.meal']);
    expect(shownEntries(entries, 'all', 'STATUS full').map((e) => e.key)).toEqual([
      'strings.status.full',
    ]);
    expect(shownEntries(entries, 'all', 'وجبة').map((e) => e.key)).toEqual(['serviceType.meal']);
  });

  it('marks only the shown entries not yet reviewed', () => {
    expect(keysToMark(shownEntries(entries, 'all', 's'))).toEqual([
      'strings.status.full',
      'serviceType.meal',
    ]);
    expect(keysToMark(shownEntries(entries, 'reviewed', ''))).toEqual([]);
  });

  it('reads keys without their prefix', () => {
    expect(readableKey('strings.status.open')).toBe('status.open');
    expect(readableKey('serviceType.meal')).toBe('meal');
  });

  it('reaches 100 % only when every entry is reviewed', () => {
    expect(reviewedPercent({ reviewed: 99, total: 100 })).toBe(99);
    expect(reviewedPercent({ reviewed: 199, total: 200 })).toBe(99);
    expect(reviewedPercent({ reviewed: 5, total: 5 })).toBe(100);
    expect(reviewedPercent({ reviewed: 0, total: 0 })).toBe(100);
  });
});
