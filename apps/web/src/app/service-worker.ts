/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The app shell's service worker (written by vite-plugin-pwa, see vite.config.ts): after one
 * visit, Opale opens without a network. Registered from production builds only: the dev server's
 * modules change on every save, and a worker left behind would keep serving old ones.
 *
 * Updates wait for the person. A new deploy installs a new worker beside the running one; the
 * page says a new version is ready, and it applies when they choose "Update" (this page reloads)
 * or, on its own, once every tab of Opale is closed. Until then the old worker keeps serving the
 * old version whole, so a screen never mixes old and new code. Nothing typed is lost either way:
 * the boards and the incident outbox keep their changes in IndexedDB, which a reload keeps.
 */
import { useSyncExternalStore } from 'react';

export type AppUpdate =
  /** Running the latest version we know of. */
  | 'current'
  /** A new version waits; applying it reloads this page. */
  | 'ready'
  /** Another tab applied it: this page still runs the old code until it reloads. */
  | 'applied-elsewhere';

/** A phone can keep a tab open for days: look for a new version this often while it is shown. */
const updateCheckMs = 60 * 60 * 1000;

let update: AppUpdate = 'current';
const listeners = new Set<() => void>();
let applyUpdate: (() => Promise<void>) | null = null;
let appliedHere = false;

function setUpdate(next: AppUpdate): void {
  if (update === next) return;
  update = next;
  for (const listener of listeners) listener();
}

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  watchForTakeover();
  const { registerSW } = await import('virtual:pwa-register');
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => setUpdate('ready'),
    // Reloading is watchForTakeover's: the plugin's own reload misses a page that was not yet
    // controlled when it loaded (the first visit, where the person signs in).
    onNeedReload: () => undefined,
    onRegisteredSW: (_url, registration) => {
      if (registration) watchForUpdates(registration);
    },
    // No worker (a browser that refuses one, storage full): the app works online as before.
    onRegisterError: () => undefined,
  });
}

/** Coming back to the tab looks again, but not more often than this. */
const recheckAfterMs = 10 * 60 * 1000;

/**
 * A new worker took over. Only the page that asked for it reloads: another tab may hold a
 * half-written form, and its person reloads when they are done. The first worker taking an
 * uncontrolled page (the first visit) changes nothing that page runs.
 */
function watchForTakeover(): void {
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (appliedHere) window.location.reload();
    else setUpdate('applied-elsewhere');
  });
}

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  let lastCheck = Date.now();
  const check = () => {
    if (document.visibilityState !== 'visible' || !navigator.onLine) return;
    if (Date.now() - lastCheck < recheckAfterMs) return;
    lastCheck = Date.now();
    registration.update().catch(() => undefined);
  };
  setInterval(check, updateCheckMs);
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', check);
}

/** Applies the waiting version: the new worker takes over and this page reloads. */
export function applyAppUpdate(): void {
  if (!applyUpdate) return;
  appliedHere = true;
  void applyUpdate();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAppUpdate(): AppUpdate {
  return useSyncExternalStore(
    subscribe,
    () => update,
    () => 'current',
  );
}
