/**
 * The sync benchmark's machinery at a very small scale: both servers start as child processes,
 * clients connect through the load-generator threads, every edit reaches every other client, the
 * figures are measured, and nothing is left behind.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp } from '../src/servers/launch';
import { defaultSyncOptions, parseSyncArgs, runSyncBenchmark } from '../src/sync/index';
import { markdownReport } from '../src/sync/report';

const tempRoot = mkdtempSync(path.join(tmpdir(), 'opale-bench-test-'));

afterAll(() => {
  cleanUp();
  rmSync(tempRoot, { recursive: true, force: true });
});

describe('sync benchmark', () => {
  it('measures both servers on a few clients and cleans up', async () => {
    const results = await runSyncBenchmark({
      ...defaultSyncOptions,
      clientCounts: [5],
      durationMs: 2_000,
      drainMs: 5_000,
      idleClients: 8,
      idleHoldMs: 500,
      settleMs: 200,
      presenceSpreadMs: 500,
      quietWaitMs: 0,
      retries: 0,
      tempRoot,
    });

    expect(results.failures).toEqual([]);
    expect(results.edits.map((r) => r.server)).toEqual(['opale', 'baseline']);
    for (const r of results.edits) {
      expect(r.edits).toBe(5 * 8); // 5 writers × 4 edits/s × 2 s
      expect(r.expectedDeliveries).toBe(r.edits * 4);
      expect(r.lost).toBe(0);
      expect(r.latency.count).toBe(r.expectedDeliveries);
      expect(r.latency.p50).toBeGreaterThan(0);
      expect(r.latency.p99).toBeLessThan(5_000);
      expect(r.serverUsage.peakRssBytes).toBeGreaterThan(10 * 2 ** 20);
      expect(r.serverUsage.totalCpuSeconds).toBeGreaterThan(0);
      expect(r.disconnects).toBe(0);
    }
    // Opale appends every accepted edit durably before relaying it.
    expect(results.edits[0]?.appends?.count).toBe(40);
    expect(results.idle.map((r) => [r.server, r.clients])).toEqual([
      ['opale', 8],
      ['baseline', 8],
    ]);

    const report = markdownReport(results);
    expect(report).toContain('| 5 | opale | 0 / 160 |');
    expect(report).toContain('| 8 | baseline |');

    // Every server's temp folder (its SQLite file) is removed once the server stops.
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('reads the command line', () => {
    const { options, results } = parseSyncArgs([
      '--clients',
      '10,20',
      '--duration',
      '3',
      '--idle',
      '0',
      '--awareness',
      'off',
      '--no-results',
    ]);
    expect(options.clientCounts).toEqual([10, 20]);
    expect(options.durationMs).toBe(3_000);
    expect(options.idleClients).toBe(0);
    expect(options.awareness).toBe(false);
    expect(results).toBeNull();
    expect(() => parseSyncArgs(['--servers', 'nginx'])).toThrow(/unknown server/);
  });
});
