/** Remembers the platform last opened on this device, so "/" returns to it. */
const storageKey = 'opale.lastPlatform';

export function rememberPlatform(slug: string): void {
  try {
    localStorage.setItem(storageKey, slug);
  } catch {
    // storage disabled: "/" falls back to the first platform
  }
}

export function lastPlatform(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
