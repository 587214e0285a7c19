/**
 * `pnpm bench guide`: how heavy the public Arrival Guide is on a phone's data plan and how long
 * the server takes to render it. One Opale server in this process (the production composition,
 * `buildServer`, on a fresh SQLite file), the demo platforms with a month of schedule data on
 * Calais and the demo capacity board; then, for every guide language, the page's bytes as sent,
 * compressed with gzip and Brotli, and the server's time per request over N requests.
 */
import { get } from 'node:http';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { guideLanguages } from '@opale/core';
import { seedDemoBoards } from '@opale/server/src/demo/seed-boards';
import { seedDemo } from '@opale/server/src/demo/seed-demo';
import { SqlDocumentStore } from '@opale/server/src/live/sql-document-store';
import { commonOptions, commonValues, wholeNumber } from '../args';
import { withInProcessServer } from '../servers/in-process';
import { percentile, sortedCopy } from '../stats';
import { writeMonthOfSchedule, type MonthOfData } from './month';

/** The page's budget on the wire, compressed (1 KB = 1,000 bytes). */
export const guideBudgetBytes = 50_000;

export const guidePages = ['guide', 'print', 'hsds'] as const;
export type GuidePage = (typeof guidePages)[number];

export interface GuideBenchOptions {
  platform: string;
  languages: string[];
  pages: GuidePage[];
  /** Timed requests per page and language, after `warmup` untimed ones. */
  requests: number;
  warmup: number;
  tempRoot?: string;
}

export const defaultGuideOptions: GuideBenchOptions = {
  platform: 'calais',
  languages: guideLanguages.map((language) => language.code),
  pages: ['guide', 'print', 'hsds'],
  requests: 200,
  warmup: 20,
};

export const guideUsage = `guide  the Arrival Guide's weight and render time, per language
pnpm bench guide [options]
  --platform calais      the platform whose guide is measured (a month of data is written on it)
  --languages en,fr,…    guide languages (default: all ${guideLanguages.length})
  --pages guide,print,hsds   which public forms to measure (hsds has no language)
  --requests 200         timed requests per page and language
  --warmup 20            untimed requests before them
  --temp-root DIR        where the SQLite file goes (default: the OS temp folder)
  --results FILE         append the results here (default apps/bench/RESULTS.md)
  --no-results           print only
  --timeout-minutes 20   stop after this long`;

export function parseGuideArgs(args: string[]): {
  options: GuideBenchOptions;
  results: string | null | undefined;
  timeoutMinutes: number;
  help: boolean;
} {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      platform: { type: 'string' },
      languages: { type: 'string' },
      pages: { type: 'string' },
      requests: { type: 'string' },
      warmup: { type: 'string' },
      ...commonOptions,
    },
  });
  const d = defaultGuideOptions;
  const list = (value: string | undefined) =>
    value
      ?.split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const { tempRoot, ...common } = commonValues(values, 20);
  const languages = list(values.languages) ?? d.languages;
  for (const code of languages) {
    if (!guideLanguages.some((language) => language.code === code)) {
      throw new Error(`unknown guide language ${code}`);
    }
  }
  const pages = (list(values.pages) ?? d.pages) as GuidePage[];
  for (const page of pages) {
    if (!guidePages.includes(page))
      throw new Error(`unknown page ${page} (${guidePages.join(', ')})`);
  }
  return {
    options: {
      platform: values.platform ?? d.platform,
      languages,
      pages,
      requests: wholeNumber(values.requests, d.requests, 1),
      warmup: wholeNumber(values.warmup, d.warmup, 0),
      ...tempRoot,
    },
    ...common,
  };
}

export interface PageResult {
  page: GuidePage;
  path: string;
  /** The language asked for; null for the HSDS export. */
  language: string | null;
  status: number;
  /** The body as the server sends it without compression. */
  rawBytes: number;
  gzipBytes: number;
  /** Brotli at quality 5, as a reverse proxy compresses on the fly, and at 11, as for a file. */
  brotli5Bytes: number;
  brotli11Bytes: number;
  /** `content-encoding` the server answers `Accept-Encoding: br, gzip` with ('' for none). */
  serverEncoding: string;
  /** The body's bytes as they travel then (fetch would decode them: counted off the socket). */
  wireBytes: number;
  /** The first request of this page and language, before any warm-up (ms, server time). */
  firstMs: number;
  /** Server time per request: from the request's arrival to the response sent (ms). */
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface GuideBenchResults {
  options: GuideBenchOptions;
  /** The machine's 1-minute load average before and after the run: others' work adds noise. */
  load: { before: number; after: number };
  month: MonthOfData | null;
  pages: PageResult[];
  failures: string[];
}

function pathOf(page: GuidePage, platform: string, language: string | null): string {
  const base = `/guide/${platform}`;
  if (page === 'hsds') return `${base}/hsds.json`;
  const lang = `?lang=${encodeURIComponent(language ?? '')}`;
  return page === 'print' ? `${base}/print${lang}` : `${base}${lang}`;
}

export async function runGuideBenchmark(
  options: GuideBenchOptions,
  log: (line: string) => void = () => undefined,
): Promise<GuideBenchResults> {
  const results: GuideBenchResults = {
    options,
    load: { before: loadavg()[0] ?? 0, after: 0 },
    month: null,
    pages: [],
    failures: [],
  };
  const elapsed = new Map<string, number>();
  const now = new Date();
  await withInProcessServer(
    {
      prefix: 'opale-bench-guide-',
      ...(options.tempRoot ? { tempRoot: options.tempRoot } : {}),
      seed: async (db) => {
        await seedDemo(db, now);
        await seedDemoBoards(db, new SqlDocumentStore(db), now);
      },
      prepare: (app) =>
        app.addHook('onResponse', async (request, reply) => {
          const id = request.headers['x-bench-id'];
          if (typeof id === 'string') elapsed.set(id, reply.elapsedTime);
        }),
    },
    async ({ app, origin }) => {
      results.month = await writeMonthOfSchedule(app.liveDocuments, options.platform, now);
      log(
        `${options.platform}: ${results.month.series} series over ${30} days, ` +
          `${results.month.statuses} statuses, ${results.month.exceptions} exceptions`,
      );
      for (const page of options.pages) {
        for (const language of page === 'hsds' ? [null] : options.languages) {
          const measured = await measurePage(origin, page, options, language, elapsed);
          if (typeof measured === 'string') {
            results.failures.push(measured);
            log(`  ${measured}`);
            continue;
          }
          results.pages.push(measured);
          log(
            `  ${measured.path}: ${measured.rawBytes} B, br ${measured.brotli5Bytes} B, ` +
              `p50 ${measured.p50Ms.toFixed(1)} ms`,
          );
        }
      }
    },
  );
  results.load.after = loadavg()[0] ?? 0;
  return results;
}

async function measurePage(
  origin: string,
  page: GuidePage,
  options: GuideBenchOptions,
  language: string | null,
  elapsed: Map<string, number>,
): Promise<PageResult | string> {
  const url = `${origin}${pathOf(page, options.platform, language)}`;
  let sequence = 0;
  /** One uncompressed request; its server time as the server's onResponse hook saw it. */
  const timed = async () => {
    const id = `${page}-${language}-${sequence++}`;
    const response = await fetch(url, {
      headers: { 'accept-encoding': 'identity', 'x-bench-id': id },
    });
    const body = Buffer.from(await response.arrayBuffer());
    // The hook runs once the response is sent, which may be just after the client has it all.
    for (let wait = 0; !elapsed.has(id) && wait < 100; wait++) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    const ms = elapsed.get(id) ?? Number.NaN;
    elapsed.delete(id);
    return { response, body, ms };
  };
  const serverTimes: number[] = [];

  const first = await timed();
  if (first.response.status !== 200) {
    return `${pathOf(page, options.platform, language)} answered ${first.response.status}: not measured`;
  }
  const encoded = await wireResponse(url, 'br, gzip');
  for (let i = 0; i < options.warmup; i++) await timed();
  for (let i = 0; i < options.requests; i++) serverTimes.push((await timed()).ms);
  const sorted = sortedCopy(serverTimes);
  const raw = first.body;
  return {
    page,
    path: pathOf(page, options.platform, language),
    language,
    status: first.response.status,
    rawBytes: raw.length,
    gzipBytes: gzipSync(raw, { level: 6 }).length,
    brotli5Bytes: brotliCompressSync(raw, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length,
    brotli11Bytes: brotliCompressSync(raw, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length,
    serverEncoding: encoded.encoding,
    wireBytes: encoded.bytes,
    firstMs: first.ms,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
  };
}

/** One request as a phone sends it, the body left encoded. */
function wireResponse(
  url: string,
  acceptEncoding: string,
): Promise<{ encoding: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({ encoding: String(response.headers['content-encoding'] ?? ''), bytes }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.setTimeout(30_000, () => request.destroy(new Error(`no answer from ${url} in 30 s`)));
  });
}
