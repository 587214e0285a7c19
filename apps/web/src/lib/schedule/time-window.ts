/** A distribution's local time window as people read it: "12:00–14:00", "22:00–02:00 (+1 d)". */
import { minutesOf } from '@opale/core';

export interface TimeWindow {
  text: string;
  /** The window runs past midnight into the next day. */
  pastMidnight: boolean;
}

export function timeWindow(startTime: string, endTime: string): TimeWindow {
  return {
    text: `${startTime}–${endTime}`,
    pastMidnight: minutesOf(endTime) <= minutesOf(startTime),
  };
}
