/**
 * The guide benchmark's machinery at a very small scale: a server in this process with the demo
 * data and a month of schedule, every public form measured in two languages, nothing left behind.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultGuideOptions, parseGuideArgs, runGuideBenchmark } from '../src/guide/index';
import { markdownReport } from '../src/guide/report';

const tempRoot = mkdtempSync(path.join(tmpdir(), 'opale-bench-guide-test-'));

afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

describe('guide benchmark', () => {
  it('measures the page, the print view and the HSDS export, and cleans up', async () => {
    const results = await runGuideBenchmark({
      ...defaultGuideOptions,
      languages: ['en', 'ar'],
      requests: 3,
      warmup: 1,
      tempRoot,
    });

    expect(results.failures).toEqual([]);
    expect(results.month?.statuses).toBeGreaterThan(100);
    expect(results.pages.map((p) => p.path)).toEqual([
      '/guide/calais?lang=en',
      '/guide/calais?lang=ar',
      '/guide/calais/print?lang=en',
      '/guide/calais/print?lang=ar',
      '/guide/calais/hsds.json',
    ]);
    for (const page of results.pages) {
      expect(page.status).toBe(200);
      expect(page.rawBytes).toBeGreaterThan(1000);
      expect(page.gzipBytes).toBeLessThan(page.rawBytes);
      expect(page.brotli11Bytes).toBeLessThanOrEqual(page.brotli5Bytes);
      expect(page.serverEncoding).toBe('br');
      expect(page.wireBytes).toBeLessThan(page.rawBytes);
      expect(page.p50Ms).toBeGreaterThan(0);
      expect(page.p95Ms).toBeGreaterThanOrEqual(page.p50Ms);
    }
    const report = markdownReport(results);
    expect(report).toContain('| guide | ar |');
    expect(report).toMatch(/ok \(\d+ %\)/);
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('reads its options', () => {
    const { options, results } = parseGuideArgs([
      '--languages',
      'fr,ps',
      '--pages',
      'guide',
      '--requests',
      '50',
      '--no-results',
    ]);
    expect(options).toMatchObject({ languages: ['fr', 'ps'], pages: ['guide'], requests: 50 });
    expect(results).toBeNull();
    expect(() => parseGuideArgs(['--languages', 'xx'])).toThrow('unknown guide language xx');
  });
});
