/**
 * The IndexedDB copies of live boards on this device, one database per account and board
 * (`opale:<userId>:<docName>`), so that two people sharing a phone never read each other's copy.
 * No Yjs here: signing out must not download the live layer to delete its copies.
 */

export const localCopyPrefix = 'opale:';

/** Where the databases are remembered, for browsers without `indexedDB.databases()`. */
const knownNamesKey = 'opale.localCopies';

export function localCopyName(userId: string, docName: string): string {
  return `${localCopyPrefix}${userId}:${docName}`;
}

function knownNames(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(knownNamesKey) ?? '[]');
    return Array.isArray(stored) ? stored.filter((n): n is string => typeof n === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberLocalCopy(name: string): void {
  try {
    const names = knownNames();
    if (!names.includes(name))
      localStorage.setItem(knownNamesKey, JSON.stringify([...names, name]));
  } catch {
    // storage disabled: indexedDB.databases() still finds the copy
  }
}

/** Every live-board database on this device, whichever account made it. */
export async function listLocalCopies(): Promise<string[]> {
  const names = new Set(knownNames());
  try {
    for (const db of await indexedDB.databases()) {
      if (db.name?.startsWith(localCopyPrefix)) names.add(db.name);
    }
  } catch {
    // older browsers lack databases(): the remembered names are all we know
  }
  return [...names];
}

/**
 * Deletes one database. Resolves once deleted, or after `timeoutMs` if another tab keeps it open
 * (its connection closes on the version change; deletion then completes on its own).
 */
export function deleteLocalCopy(name: string, timeoutMs = 3_000): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      done();
    };
    try {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = finish;
      request.onerror = finish;
    } catch {
      finish();
    }
  });
}

/** Forgets the remembered names once their databases are gone. */
export function forgetLocalCopyNames(): void {
  try {
    localStorage.removeItem(knownNamesKey);
  } catch {
    // nothing remembered
  }
}
