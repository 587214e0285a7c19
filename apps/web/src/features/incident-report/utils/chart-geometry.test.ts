import { describe, expect, it } from 'vitest';
import { barShare, columnBars, labelledIndexes } from './chart-geometry';

describe('the report’s charts', () => {
  it('makes the largest column reach the top and the others their share of it', () => {
    const bars = columnBars([
      { key: '2026-09', count: 2 },
      { key: '2026-10', count: 8 },
      { key: '2026-11', count: 0 },
      { key: '2026-12', count: 4 },
    ]);
    expect(bars.map((b) => b.height)).toEqual([0.25, 1, 0, 0.5]);
    expect(bars.map((b) => b.x)).toEqual([0.025, 0.275, 0.525, 0.775]);
    expect(bars.every((b) => b.width === 0.2)).toBe(true);
  });

  it('draws flat columns, not a division by zero, when nothing happened', () => {
    expect(columnBars([{ key: 'a', count: 0 }]).map((b) => b.height)).toEqual([0]);
    expect(columnBars([])).toEqual([]);
  });

  it('keeps a horizontal bar between empty and full', () => {
    expect(barShare(3, 12)).toBe(0.25);
    expect(barShare(0, 0)).toBe(0);
    expect(barShare(5, 5)).toBe(1);
  });

  it('labels every column when there is room, else every n-th back from the last', () => {
    const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
    expect(sorted(labelledIndexes(4, 6))).toEqual([0, 1, 2, 3]);
    expect(sorted(labelledIndexes(13, 6))).toEqual([0, 3, 6, 9, 12]);
    // Never the last and the one just before it: their labels would overlap.
    expect(sorted(labelledIndexes(52, 6))).toEqual([6, 15, 24, 33, 42, 51]);
  });
});
