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
    // expect.poll waits for what the page shows after a round trip to the server: 1 s (the
    // default) is short on a loaded machine; a poll that succeeds returns as soon as it does.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
