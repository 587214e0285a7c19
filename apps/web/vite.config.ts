/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Everything the server answers itself; the dev server forwards it so cookies stay same-origin.
const serverPaths = ['/trpc', '/auth', '/healthz', '/sync', '/guide', '/ical', '/export'];
const server = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), tailwindcss()],
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
