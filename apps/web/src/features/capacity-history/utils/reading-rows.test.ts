import { describe, expect, it } from 'vitest';
import { countsOf, readingRows, type HistoryReading } from './reading-rows';

const reading = (fields: Partial<HistoryReading>): HistoryReading => ({
  status: 'open',
  available: null,
  total: null,
  note: null,
  by: 'Sam',
  at: '2026-11-26T09:00:00.000Z',
  recordedAt: '2026-11-26T09:00:01.000Z',
  ...fields,
});

describe('the readings of a service’s history', () => {
  it('writes the places as free of total, whichever is known', () => {
    expect(countsOf({ available: 3, total: 40 })).toBe('3/40');
    expect(countsOf({ available: 0, total: null })).toBe('0');
    expect(countsOf({ available: null, total: 40 })).toBe('?/40');
    expect(countsOf({ available: null, total: null })).toBeNull();
  });

  it('lists the newest first, with keys that stay with each reading', () => {
    const rows = readingRows([
      reading({ status: 'open', at: '2026-11-26T08:00:00.000Z' }),
      reading({ status: 'full', at: '2026-11-26T09:00:00.000Z' }),
    ]);
    expect(rows.map((row) => [row.status, row.key])).toEqual([
      ['full', '1'],
      ['open', '0'],
    ]);
  });

  it('tells apart a reading taken offline and sent later', () => {
    const [late, onTime] = readingRows([
      reading({ recordedAt: '2026-11-26T09:05:00.000Z' }),
      reading({ at: '2026-11-26T07:00:00.000Z', recordedAt: '2026-11-26T09:00:00.000Z' }),
    ]);
    expect(late?.sentLater).toBe(true);
    expect(onTime?.sentLater).toBe(false);
  });
});
