/** Where the report's bars go, as fractions of the chart: the components scale them. */

export interface ColumnBar {
  key: string;
  count: number;
  /** Left edge and width, as fractions of the chart's width. */
  x: number;
  width: number;
  /** Height as a fraction of the chart's height: the largest count reaches the top. */
  height: number;
}

/** One column per point, side by side with a small gap, as tall as its share of the largest. */
export function columnBars(points: readonly { key: string; count: number }[]): ColumnBar[] {
  const largest = Math.max(0, ...points.map((p) => p.count));
  const slot = points.length === 0 ? 0 : 1 / points.length;
  return points.map((point, i) => ({
    key: point.key,
    count: point.count,
    x: i * slot + slot * 0.1,
    width: slot * 0.8,
    height: largest === 0 ? 0 : point.count / largest,
  }));
}

/** A horizontal bar's length as a share of the largest count (0 to 1). */
export function barShare(count: number, largest: number): number {
  return largest <= 0 ? 0 : Math.min(1, Math.max(0, count / largest));
}

/**
 * Which column labels to write under a chart so that they never crowd: every one up to `room`,
 * otherwise every n-th counted back from the last (the latest is the one people look for).
 */
export function labelledIndexes(count: number, room: number): Set<number> {
  if (count <= room) return new Set(Array.from({ length: count }, (_, i) => i));
  const step = Math.ceil(count / Math.max(room, 1));
  const shown = new Set<number>();
  for (let i = count - 1; i >= 0; i -= step) shown.add(i);
  return shown;
}
