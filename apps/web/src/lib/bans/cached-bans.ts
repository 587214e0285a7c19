/**
 * Where this device keeps the last list of a platform's distribution bans (for the schedule's
 * warning without signal), and forgetting them all on sign-out: the orders are public, but the
 * list names the organisations that recorded them.
 */
const prefix = 'opale:bans:';

export const cachedBansKey = (platform: string) => `${prefix}${platform}`;

export function forgetCachedBans(): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
    for (const key of keys) {
      if (key?.startsWith(prefix)) localStorage.removeItem(key);
    }
  } catch {
    // Storage off: nothing was kept.
  }
}
