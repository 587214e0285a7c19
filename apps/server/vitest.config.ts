import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests start real processes (tsx compiles on start): give them time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
