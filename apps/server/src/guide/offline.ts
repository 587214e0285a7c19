/**
 * The guide's offline copy: a service worker, scoped to /guide/, that keeps the last guide pages
 * opened on the phone and shows them when the network is gone (or too slow). The page is whole
 * without it; a browser without service workers simply has no offline copy.
 */

/** How many guide pages (a platform in a language) a phone keeps. */
export const offlinePagesKept = 12;

export const guideServiceWorker = `// Opale Arrival Guide: keeps the last guide pages opened, for reading offline.
const CACHE = 'opale-guide-v1';
const KEEP = ${offlinePagesKept};
// On a weak connection, the kept copy shows after this long while the network keeps trying.
const PATIENCE_MS = 6000;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('opale-guide-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || request.mode !== 'navigate') return;
  const url = new URL(request.url);
  // Guide pages only: /guide/<platform>, in any language; not the print view nor the data feed.
  if (url.origin !== self.location.origin || !/^\\/guide\\/[a-z0-9-]+\\/?$/.test(url.pathname)) return;
  event.respondWith(fromNetworkOrKept(request, event));
});

async function fromNetworkOrKept(request, event) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  const network = fetch(request).then(async (response) => {
    if (response.ok) {
      await cache.put(request, response.clone());
      await trim(cache);
    }
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  if (!kept) {
    try {
      return await network;
    } catch (error) {
      // Another language of the same guide is better than nothing.
      const other = await cache.match(request, { ignoreSearch: true });
      if (other) return other;
      throw error;
    }
  }
  const slow = new Promise((resolve) => setTimeout(() => resolve(kept), PATIENCE_MS));
  return Promise.race([network.catch(() => kept), slow]);
}

async function trim(cache) {
  // Oldest first: a page opened again is put back at the end.
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - KEEP))) await cache.delete(key);
}
`;

export const guideServiceWorkerRegistration = `// Opale Arrival Guide: offers the offline copy; the page is complete without it.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/guide/sw.js', { scope: '/guide/' }).catch(() => undefined);
}
`;
