/**
 * The address of an agenda item's page: `/<platform>/agenda/<item>`, with `?date=` for one date
 * of a recurring item and `group=` when the item is on a group's board rather than the platform's.
 */
import { isLocalDate } from '@opale/core';

export interface ItemAddress {
  itemId: string;
  /** One date of a recurring item; null for a one-off item (or to let the page choose). */
  date: string | null;
  /** The group whose board holds the item; null for the platform's agenda. */
  groupId: string | null;
}

export function itemPath(platform: string, address: ItemAddress): string {
  const search = new URLSearchParams();
  if (address.date !== null) search.set('date', address.date);
  if (address.groupId !== null) search.set('group', address.groupId);
  const query = search.toString();
  const path = `/${encodeURIComponent(platform)}/agenda/${encodeURIComponent(address.itemId)}`;
  return query === '' ? path : `${path}?${query}`;
}

/** What the page's search parameters say; a date that is not YYYY-MM-DD is left out. */
export function readItemSearch(search: URLSearchParams): Omit<ItemAddress, 'itemId'> {
  const date = search.get('date');
  const group = search.get('group');
  return {
    date: date !== null && isLocalDate(date) ? date : null,
    groupId: group !== null && group !== '' ? group : null,
  };
}
