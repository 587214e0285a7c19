import { afterEach, describe, expect, it } from 'vitest';
import { cachedBansKey, forgetCachedBans } from './cached-bans';

/** Web Storage as a browser keeps it, for Node (which has no localStorage). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

describe('the bans kept on this device', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('forgets every platform’s list on sign-out, and nothing else', () => {
    globalThis.localStorage = memoryStorage();
    localStorage.setItem(cachedBansKey('calais'), '{"bans":[]}');
    localStorage.setItem(cachedBansKey('dunkirk'), '{"bans":[]}');
    localStorage.setItem('opale.locale', 'en');
    forgetCachedBans();
    expect(localStorage.getItem(cachedBansKey('calais'))).toBeNull();
    expect(localStorage.getItem(cachedBansKey('dunkirk'))).toBeNull();
    expect(localStorage.getItem('opale.locale')).toBe('en');
  });

  it('does nothing where the browser keeps no storage', () => {
    expect(() => forgetCachedBans()).not.toThrow();
  });
});
