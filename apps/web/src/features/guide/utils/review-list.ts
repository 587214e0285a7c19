/** The translations review list: which entries a coordinator is looking at, and what to mark. */

export interface ReviewEntry {
  key: string;
  kind: 'string' | 'serviceType';
  english: string;
  text: string;
  reviewed: boolean;
  lapsed: boolean;
}

export type ReviewFilter = 'all' | 'toReview' | 'reviewed';
export const reviewFilters: readonly ReviewFilter[] = ['toReview', 'all', 'reviewed'];

/** The entries shown: by review state, then by words in the key, the English or the translation. */
export function shownEntries<E extends ReviewEntry>(
  entries: readonly E[],
  filter: ReviewFilter,
  search: string,
): E[] {
  const words = search.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (filter === 'toReview' && entry.reviewed) return false;
    if (filter === 'reviewed' && !entry.reviewed) return false;
    const haystack = `${entry.key} ${entry.english} ${entry.text}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** What "mark all shown as reviewed" sends: the shown entries not reviewed yet. */
export function keysToMark(shown: readonly ReviewEntry[]): string[] {
  return shown.filter((entry) => !entry.reviewed).map((entry) => entry.key);
}

/** A key as a coordinator can read it: `strings.status.open` → `status.open`, `serviceType.meal` → `meal`. */
export function readableKey(key: string): string {
  return key.replace(/^(strings|serviceType)\./, '');
}

/** A whole percentage, rounded down so that "100 %" means every single one. */
export function reviewedPercent(count: { reviewed: number; total: number }): number {
  return count.total === 0 ? 100 : Math.floor((count.reviewed / count.total) * 100);
}
