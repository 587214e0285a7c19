/**
 * Calendar feeds (DESIGN.md §6): a member's revocable subscription URL for the distributions of
 * their own organisation or of the whole platform, or for the joint agenda.
 */
export const feedScopes = ['organisation', 'platform'] as const;
export type FeedScope = (typeof feedScopes)[number];

/** Which board a feed shows: the distributions (schedule) or the joint agenda. */
export const feedCalendars = ['distributions', 'agenda'] as const;
export type FeedCalendar = (typeof feedCalendars)[number];

export function isFeedCalendar(value: unknown): value is FeedCalendar {
  return typeof value === 'string' && (feedCalendars as readonly string[]).includes(value);
}

/** What a feed holds: the days before today (done, cancelled) and the weeks ahead. */
export const feedWindow = { pastDays: 7, futureDays: 60 } as const;
