/**
 * Calendar feeds (DESIGN.md §6): a member's revocable subscription URL for the distributions of
 * their own organisation or of the whole platform.
 */
export const feedScopes = ['organisation', 'platform'] as const;
export type FeedScope = (typeof feedScopes)[number];

/** What a feed holds: the days before today (done, cancelled) and the weeks ahead. */
export const feedWindow = { pastDays: 7, futureDays: 60 } as const;
