import { defineConfig } from 'vitest/config';

// Browser journeys drive a real server and a real Chromium: one file at a time, in one fork, with
// timeouts that leave room for a slow CI machine.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./src/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
