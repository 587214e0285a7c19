/**
 * How urgent contesting a fine is. The server gives the last day (notice date + 45 days, a Paris
 * date); the screens say how many days are left, and the log flags it once it comes near.
 */
import { isLocalDate } from '@opale/core';

/** From this many days before the last day, the log puts the deadline on the report's card. */
export const deadlineNearDays = 14;

export type ContestDeadline =
  | { kind: 'upcoming'; deadline: string; daysLeft: number }
  /** Within `deadlineNearDays`; 0 days left means today is the last day. */
  | { kind: 'near'; deadline: string; daysLeft: number }
  | { kind: 'past'; deadline: string; daysPast: number };

/** Days from one calendar day to another (YYYY-MM-DD), whatever the device's time zone. */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) =>
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Null when there is no fine notice, hence no deadline. `today` is the Paris date. */
export function contestDeadlineOf(deadline: string | null, today: string): ContestDeadline | null {
  if (deadline === null || !isLocalDate(deadline)) return null;
  const daysLeft = daysBetween(today, deadline);
  if (daysLeft < 0) return { kind: 'past', deadline, daysPast: -daysLeft };
  if (daysLeft <= deadlineNearDays) return { kind: 'near', deadline, daysLeft };
  return { kind: 'upcoming', deadline, daysLeft };
}

/** Whether the log's card should say "contest by …": soon or past, and the case still open. */
export function deadlineNeedsAttention(
  deadline: ContestDeadline | null,
  closedAt: string | null,
): boolean {
  return deadline !== null && deadline.kind !== 'upcoming' && closedAt === null;
}
