/**
 * `pnpm bench app`: how many bytes a phone downloads to open the web app, as the real server
 * sends them. One Opale server in this process (the production composition, `buildServer`, on a
 * fresh SQLite file) serving the built app (apps/web/dist, with the Brotli and gzip copies the
 * build writes next to each file); then the first visit (index.html and what it loads before the
 * first paint) under three `Accept-Encoding` values, and the service worker's offline copy (its
 * precache list) as a phone that accepts Brotli downloads it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { commonOptions, commonValues } from '../args';
import { withInProcessServer } from '../servers/in-process';
import { firstVisitAssets, precacheList, type FirstVisitKind } from './parse';

export { firstVisitAssets, precacheList } from './parse';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** What a phone offers, then an old browser, then nothing: the three ways a file can travel. */
export const acceptEncodings = ['br, gzip', 'gzip', 'identity'] as const;
export type AcceptEncoding = (typeof acceptEncodings)[number];

export interface AppBenchOptions {
  /** The built web app (index.html, assets/, sw.js). */
  webDist: string;
  tempRoot?: string;
}

export const defaultAppOptions: AppBenchOptions = {
  webDist: path.join(repositoryRoot, 'apps', 'web', 'dist'),
};

export const appUsage = `app    the web app's download size: first visit and offline copy, as the server sends them
pnpm bench app [options]
  --web-dist DIR         the built web app (default: apps/web/dist; build it with
                         \`npx -y pnpm@10 --filter @opale/web build\`)
  --temp-root DIR        where the SQLite file goes (default: the OS temp folder)
  --results FILE         append the results here (default apps/bench/RESULTS.md)
  --no-results           print only
  --timeout-minutes 5    stop after this long`;

export function parseAppArgs(args: string[]): {
  options: AppBenchOptions;
  results: string | null | undefined;
  timeoutMinutes: number;
  help: boolean;
} {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      'web-dist': { type: 'string' },
      ...commonOptions,
    },
  });
  const { tempRoot, ...common } = commonValues(values, 5);
  return {
    options: {
      webDist: values['web-dist'] ? path.resolve(values['web-dist']) : defaultAppOptions.webDist,
      ...tempRoot,
    },
    ...common,
  };
}

export const notBuiltMessage =
  'The web app is not built: run `npx -y pnpm@10 --filter @opale/web build` first.';

/** Null when `webDist` holds a built app; otherwise what to tell the person. */
export function checkWebDist(webDist: string): string | null {
  return existsSync(path.join(webDist, 'index.html'))
    ? null
    : `${notBuiltMessage} (no index.html in ${webDist})`;
}

/** One response, its body counted off the socket as it travelled (never decoded). */
export interface Transfer {
  status: number;
  /** The `content-encoding` the server answered with; `identity` when it sent none. */
  encoding: string;
  bytes: number;
}

export interface FirstVisitFile {
  path: string;
  kind: FirstVisitKind;
  /** The file's size in the build (null if it has no file there). */
  rawBytes: number | null;
  sent: Record<AcceptEncoding, Transfer>;
}

export interface OfflineFile {
  path: string;
  rawBytes: number | null;
  /** As a phone offering `br, gzip` downloads it. */
  sent: Transfer;
  /** Already downloaded by the first visit (the same path). */
  inFirstVisit: boolean;
}

export interface AppBenchResults {
  options: AppBenchOptions;
  /** The machine's 1-minute load average before and after the run. */
  load: { before: number; after: number };
  /** When index.html was built (its modification time). */
  builtAt: Date | null;
  firstVisit: FirstVisitFile[];
  /** Null when the build has no sw.js. */
  offline: {
    /** Entries in the precache list, duplicates included. */
    entries: number;
    files: OfflineFile[];
    /** The worker itself, which the browser downloads to install it. */
    worker: OfflineFile;
  } | null;
  failures: string[];
}

/** The file a path names in the build (`/` is index.html), or null. */
function fileOf(webDist: string, urlPath: string): string | null {
  const pathname = decodeURIComponent(urlPath.split('?', 1)[0] ?? '/');
  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const file = path.join(webDist, relative);
  if (!file.startsWith(path.resolve(webDist) + path.sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function sizeOf(webDist: string, urlPath: string): number | null {
  const file = fileOf(webDist, urlPath);
  return file === null ? null : statSync(file).size;
}

export async function runAppBenchmark(
  options: AppBenchOptions,
  log: (line: string) => void = () => undefined,
): Promise<AppBenchResults> {
  const notBuilt = checkWebDist(options.webDist);
  if (notBuilt) throw new Error(notBuilt);
  const results: AppBenchResults = {
    options,
    load: { before: loadavg()[0] ?? 0, after: 0 },
    builtAt: statSync(path.join(options.webDist, 'index.html')).mtime,
    firstVisit: [],
    offline: null,
    failures: [],
  };
  await withInProcessServer(
    {
      prefix: 'opale-bench-app-',
      webDist: options.webDist,
      ...(options.tempRoot ? { tempRoot: options.tempRoot } : {}),
    },
    async ({ origin }) => {
      await measureFirstVisit(origin, options, results, log);
      await measureOffline(origin, options, results, log);
    },
  );
  results.load.after = loadavg()[0] ?? 0;
  return results;
}

/** Requests `urlPath`; a non-200 answer or an error is also listed as a failure. */
async function fetchCounted(
  origin: string,
  urlPath: string,
  acceptEncoding: string,
  failures: string[],
  log: (line: string) => void,
): Promise<Transfer> {
  try {
    const transfer = await wireResponse(`${origin}${urlPath}`, acceptEncoding);
    if (transfer.status !== 200) {
      const failure = `${urlPath} (Accept-Encoding: ${acceptEncoding}) answered ${transfer.status}`;
      failures.push(failure);
      log(`  ${failure}`);
    }
    return transfer;
  } catch (error) {
    const failure = `${urlPath} (Accept-Encoding: ${acceptEncoding}): ${(error as Error).message}`;
    failures.push(failure);
    log(`  ${failure}`);
    return { status: 0, encoding: 'identity', bytes: 0 };
  }
}

async function measureFirstVisit(
  origin: string,
  options: AppBenchOptions,
  results: AppBenchResults,
  log: (line: string) => void,
) {
  const html = readFileSync(path.join(options.webDist, 'index.html'), 'utf8');
  const files = [{ path: '/', kind: 'document' as const }, ...firstVisitAssets(html)];
  for (const file of files) {
    const sent = {} as Record<AcceptEncoding, Transfer>;
    for (const acceptEncoding of acceptEncodings) {
      sent[acceptEncoding] = await fetchCounted(
        origin,
        file.path,
        acceptEncoding,
        results.failures,
        log,
      );
    }
    const measured = { ...file, rawBytes: sizeOf(options.webDist, file.path), sent };
    results.firstVisit.push(measured);
    log(
      `  ${file.path}: ${measured.rawBytes ?? '?'} B, ` +
        acceptEncodings.map((a) => `${sent[a].encoding} ${sent[a].bytes} B`).join(', '),
    );
  }
}

async function measureOffline(
  origin: string,
  options: AppBenchOptions,
  results: AppBenchResults,
  log: (line: string) => void,
) {
  const workerFile = path.join(options.webDist, 'sw.js');
  if (!existsSync(workerFile)) {
    results.failures.push(`the build has no sw.js: no offline copy measured`);
    return;
  }
  const list = precacheList(readFileSync(workerFile, 'utf8'));
  if (list.paths.length === 0) {
    results.failures.push('sw.js lists no file to precache (or its list has a new shape)');
  }
  const firstVisit = new Set(
    results.firstVisit.map((file) => (file.path === '/' ? '/index.html' : file.path)),
  );
  const measure = async (urlPath: string): Promise<OfflineFile> => ({
    path: urlPath,
    rawBytes: sizeOf(options.webDist, urlPath),
    sent: await fetchCounted(origin, urlPath, 'br, gzip', results.failures, log),
    inFirstVisit: firstVisit.has(urlPath),
  });
  const files: OfflineFile[] = [];
  for (const urlPath of list.paths) files.push(await measure(urlPath));
  results.offline = { entries: list.entries, files, worker: await measure('/sw.js') };
  const wire = files.reduce((sum, file) => sum + file.sent.bytes, 0);
  log(`  offline copy: ${files.length} files, ${wire} B with Brotli`);
}

/** One request as a phone sends it, the body left encoded. */
function wireResponse(url: string, acceptEncoding: string): Promise<Transfer> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          encoding: String(response.headers['content-encoding'] ?? '') || 'identity',
          bytes,
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.setTimeout(30_000, () => request.destroy(new Error(`no answer from ${url} in 30 s`)));
  });
}
