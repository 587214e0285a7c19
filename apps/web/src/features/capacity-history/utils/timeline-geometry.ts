/**
 * Where things go on the history's two small charts, as fractions of their width (0–1), so that
 * the SVG scales to any screen and the labels, drawn in HTML, line up with it.
 */
import { addDays, localDateOf, localInstant, weekdayOf, type HistoryState } from '@opale/core';

export interface TimeWindow {
  /** ISO 8601. */
  from: string;
  to: string;
}

export interface TimelineBlock {
  state: HistoryState;
  /** ISO 8601, as the API gave them. */
  from: string;
  to: string;
  x: number;
  width: number;
}

/**
 * The status segments as blocks along the strip. A block too narrow to see (a few minutes in a
 * month) is widened to `minWidth`, so that a short time full still shows; the list beside the
 * chart gives the exact times.
 */
export function timelineBlocks(
  segments: readonly { state: HistoryState; from: string; to: string }[],
  window: TimeWindow,
  minWidth = 0.002,
): TimelineBlock[] {
  const start = Date.parse(window.from);
  const span = Date.parse(window.to) - start;
  if (!(span > 0)) return [];
  const fraction = (iso: string) => Math.min(1, Math.max(0, (Date.parse(iso) - start) / span));
  return segments.flatMap((segment) => {
    const x = fraction(segment.from);
    const width = fraction(segment.to) - x;
    if (width <= 0) return [];
    return [{ ...segment, x, width: Math.min(Math.max(width, minWidth), 1 - x) }];
  });
}

export interface TimelineTick {
  x: number;
  /** The Paris day and time the tick stands for. */
  date: string;
  time: string;
  /** Whether to write a label under it: the day (a date) or the hour (a time). */
  label: 'day' | 'time' | null;
}

/**
 * Marks along the strip, in Paris time: over a day, every six hours, labelled with the hour;
 * over a week, each midnight, labelled with the day; over a month, each midnight, only Mondays
 * labelled.
 */
export function timelineTicks(window: TimeWindow, days: number): TimelineTick[] {
  const start = Date.parse(window.from);
  const end = Date.parse(window.to);
  if (!(end > start)) return [];
  const times = days <= 1 ? ['00:00', '06:00', '12:00', '18:00'] : ['00:00'];
  const ticks: TimelineTick[] = [];
  const last = localDateOf(new Date(end));
  for (let date = localDateOf(new Date(start)); date <= last; date = addDays(date, 1)) {
    for (const time of times) {
      const at = localInstant(date, time).getTime();
      if (at <= start || at >= end) continue;
      const label = days <= 1 ? 'time' : days <= 7 ? 'day' : weekdayOf(date) === 0 ? 'day' : null;
      ticks.push({ x: (at - start) / (end - start), date, time, label });
    }
  }
  return ticks;
}

export interface HourBar {
  hour: number;
  /** On how many days it was full during that hour. */
  days: number;
  x: number;
  width: number;
  /** 0–1 of the chart's height. */
  height: number;
}

/**
 * One bar per hour of the day, side by side with a gap, as tall as the share of `outOf` days
 * (the days of the window) it was full in that hour.
 */
export function hourBars(fullDaysByHour: readonly number[], outOf: number, gap = 0.2): HourBar[] {
  const slot = 1 / 24;
  const scale = Math.max(1, outOf, ...fullDaysByHour);
  return Array.from({ length: 24 }, (_, hour) => {
    const days = fullDaysByHour[hour] ?? 0;
    return {
      hour,
      days,
      x: hour * slot + (slot * gap) / 2,
      width: slot * (1 - gap),
      height: days / scale,
    };
  });
}
