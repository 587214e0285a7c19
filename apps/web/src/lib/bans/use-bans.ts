/**
 * The platform's distribution bans, read from the server and kept on this device, so that the
 * schedule still warns of a ban when the phone has no signal: the last list read is stored in
 * localStorage (a few kilobytes of public orders) and shown until the server answers again.
 */
import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '@/lib/trpc';
import { cachedBansKey as storageKey } from './cached-bans';

export type BanListed = RouterOutputs['ban']['list'][number];

interface StoredBans {
  savedAt: number;
  bans: BanListed[];
}

function storedBans(platform: string): StoredBans | undefined {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(platform)) ?? 'null');
    if (
      stored &&
      typeof stored === 'object' &&
      'savedAt' in stored &&
      typeof stored.savedAt === 'number' &&
      'bans' in stored &&
      Array.isArray(stored.bans)
    ) {
      return { savedAt: stored.savedAt, bans: stored.bans as BanListed[] };
    }
  } catch {
    // Storage off or a copy this build cannot read: the server's answer replaces it.
  }
  return undefined;
}

function storeBans(platform: string, bans: BanListed[]): void {
  try {
    localStorage.setItem(storageKey(platform), JSON.stringify({ savedAt: Date.now(), bans }));
  } catch {
    // Private browsing or a full storage: the warning then works while online only.
  }
}

export function useBans(platform: string) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.ban.list.queryOptions({ platform }),
    // The stored copy counts as old, so the server is asked at once when it can be reached.
    initialData: () => storedBans(platform)?.bans,
    initialDataUpdatedAt: () => storedBans(platform)?.savedAt,
  });
  const { data, isFetchedAfterMount } = query;
  useEffect(() => {
    if (data && isFetchedAfterMount) storeBans(platform, data);
  }, [platform, data, isFetchedAfterMount]);
  return query;
}
