/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { webManifest } from './src/app/web-manifest';

// Everything the server answers itself (apps/server's `serverAreas`): the dev server forwards it
// so cookies stay same-origin, and the service worker never answers it with the app.
const serverPaths = [
  '/trpc',
  '/auth',
  '/healthz',
  '/sync',
  '/guide',
  '/ical',
  '/export',
  '/evidence',
];
const server = 'http://127.0.0.1:3000';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The app shell, for opening Opale without a network once it has been opened once. Every built
 * file (the entry, each screen's chunk, the CSS) is precached under its content hash; a new deploy
 * is a new worker whose update waits for the person (src/app/service-worker.ts). Nothing the
 * server answers is ever cached: no runtime caching at all, and page loads under the server's
 * paths go to the network.
 */
const appShell = VitePWA({
  strategies: 'generateSW',
  // Registered by src/app/service-worker.ts, from production builds only.
  injectRegister: false,
  registerType: 'prompt',
  filename: 'sw.js',
  manifestFilename: 'manifest.webmanifest',
  // The dev server never gets a worker: it would keep serving modules that changed since.
  devOptions: { enabled: false },
  includeAssets: ['favicon.svg'],
  manifest: webManifest,
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
    // One file, served by the app's own CSP (script-src 'self'); no second workbox-*.js to fetch.
    inlineWorkboxRuntime: true,
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [
      ...serverPaths.map((path) => new RegExp(`^${escapeRegex(path)}(?:[/?]|$)`)),
      // A file's address (its last segment has a dot), as the server refuses to answer with the app.
      /\/[^/?]+\.[^/?]+(?:\?.*)?$/,
    ],
    // The first version claims the open page at once, so it works offline without a reload;
    // later versions wait to be applied (skipWaiting stays off).
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // A screen's chunk is well under this; a bigger one is a mistake to see, not to cache.
    maximumFileSizeToCacheInBytes: 1024 * 1024,
    sourcemap: false,
  },
});

/**
 * Brotli and gzip copies of every built file worth it, next to it (`index-….js.br`, `.gz`): the
 * server sends the copy the browser accepts (@fastify/static `preCompressed`), compressed once at
 * the best level rather than on every request. Source maps are for developers: left as they are.
 */
const precompressed = compression({
  algorithms: ['brotliCompress', 'gzip'],
  exclude: [/\.map$/],
  threshold: 1024,
});

export default defineConfig({
  plugins: [react(), tailwindcss(), appShell, precompressed],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: Object.fromEntries(
      serverPaths.map((path) => [
        path,
        { target: server, ws: path === '/sync', changeOrigin: false },
      ]),
    ),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
    // Inline assets would become data: URLs in CSS/JS; keep files so the CSP stays simple.
    assetsInlineLimit: 0,
    rolldownOptions: {
      treeshake: {
        // Our shared packages export many pure constants next to zod schemas and Yjs helpers;
        // declaring them side-effect free keeps a screen from downloading what it never uses.
        moduleSideEffects: (id) => (id.includes('/packages/core/') ? false : undefined),
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
