import { describe, expect, it } from 'vitest';
import { hourBars, timelineBlocks, timelineTicks } from './timeline-geometry';

describe('the status strip', () => {
  const day = { from: '2026-11-25T09:00:00.000Z', to: '2026-11-26T09:00:00.000Z' };

  it('places each segment at its share of the window', () => {
    const blocks = timelineBlocks(
      [
        { state: 'unconfirmed', from: day.from, to: '2026-11-25T15:00:00.000Z' },
        { state: 'full', from: '2026-11-25T15:00:00.000Z', to: day.to },
      ],
      day,
    );
    expect(blocks.map((b) => [b.state, b.x, b.width])).toEqual([
      ['unconfirmed', 0, 0.25],
      ['full', 0.25, 0.75],
    ]);
  });

  it('widens a block too narrow to see, without running past the end', () => {
    const blocks = timelineBlocks(
      [{ state: 'full', from: '2026-11-26T08:59:00.000Z', to: day.to }],
      day,
      0.01,
    );
    expect(blocks[0]!.width).toBeCloseTo(1 - blocks[0]!.x);
    const early = timelineBlocks(
      [{ state: 'full', from: day.from, to: '2026-11-25T09:01:00.000Z' }],
      day,
      0.01,
    );
    expect(early[0]!.width).toBe(0.01);
  });

  it('marks every six Paris hours over a day, with their times', () => {
    // 10:00 on the 25th to 10:00 on the 26th, Paris time.
    expect(timelineTicks(day, 1).map((t) => [t.date, t.time, t.label])).toEqual([
      ['2026-11-25', '12:00', 'time'],
      ['2026-11-25', '18:00', 'time'],
      ['2026-11-26', '00:00', 'time'],
      ['2026-11-26', '06:00', 'time'],
    ]);
    expect(timelineTicks(day, 1)[0]!.x).toBeCloseTo(2 / 24);
  });

  it('marks Paris midnights over a week, and labels only Mondays over a month', () => {
    const week = { from: '2026-11-19T09:00:00.000Z', to: '2026-11-26T09:00:00.000Z' };
    const ticks = timelineTicks(week, 7);
    expect(ticks.map((t) => t.date)).toEqual([
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
    ]);
    // Midnight in Paris is 23:00 UTC in November.
    expect(ticks[0]!.x).toBeCloseTo(14 / (7 * 24));
    const month = { from: '2026-10-27T09:00:00.000Z', to: '2026-11-26T09:00:00.000Z' };
    const labelled = timelineTicks(month, 30).filter((t) => t.label === 'day');
    expect(labelled.map((t) => t.date)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
    expect(timelineTicks(month, 30)).toHaveLength(30);
  });
});

describe('the bars of the hours a service is full', () => {
  it('gives each hour its slot and a height out of the days of the window', () => {
    const byHour = Array.from({ length: 24 }, (_, h) => (h === 20 ? 7 : h === 21 ? 2 : 0));
    const bars = hourBars(byHour, 7);
    expect(bars).toHaveLength(24);
    expect(bars[20]!.height).toBe(1);
    expect(bars[21]!.height).toBeCloseTo(2 / 7);
    expect(bars[0]!.height).toBe(0);
    // Side by side, none overlapping, all inside the chart.
    for (const [i, bar] of bars.entries()) {
      expect(bar.x).toBeGreaterThanOrEqual(i / 24);
      expect(bar.x + bar.width).toBeLessThanOrEqual((i + 1) / 24 + 1e-9);
    }
  });

  it('never draws a bar taller than the chart, even on a day window spanning two dates', () => {
    const byHour = Array.from({ length: 24 }, () => 2);
    expect(Math.max(...hourBars(byHour, 1).map((bar) => bar.height))).toBe(1);
  });
});
