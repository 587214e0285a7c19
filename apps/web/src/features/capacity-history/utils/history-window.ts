/** The windows a service's history is shown over, kept in the address (`?days=1`). */
export const historyWindows = [1, 7, 30] as const;
export type HistoryWindowDays = (typeof historyWindows)[number];
export const defaultHistoryWindow: HistoryWindowDays = 7;

/** The window an address asks for; anything else is the default week. */
export function historyWindowOf(param: string | null): HistoryWindowDays {
  const days = Number(param);
  return historyWindows.find((window) => window === days) ?? defaultHistoryWindow;
}

/** The search part of the address for a window: none for the default, so links stay short. */
export function historyWindowSearch(days: HistoryWindowDays): string {
  return days === defaultHistoryWindow ? '' : `?days=${days}`;
}
