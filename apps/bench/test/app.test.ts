/**
 * The app benchmark: its parsers on small literal inputs, and the whole run against the real
 * server on a tiny web build written here (one script, one style sheet, Brotli and gzip copies).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkWebDist,
  firstVisitAssets,
  parseAppArgs,
  precacheList,
  runAppBenchmark,
} from '../src/app/index';
import { appTotals, markdownReport, resultsEntry } from '../src/app/report';

const tempRoot = mkdtempSync(path.join(tmpdir(), 'opale-bench-app-test-'));

afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

describe('firstVisitAssets', () => {
  it('lists module scripts, module preloads, style sheets and the manifest, in order', () => {
    const html = `<!doctype html>
<html lang="fr">
  <head>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="/assets/index-CRNPGTHc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/rolldown-runtime-XKyaHtl9.js">
    <link rel=modulepreload href='/assets/session-DKz7I0Lc.js'>
    <link rel="stylesheet" crossorigin href="/assets/index-RWuUrJpS.css">
  <link rel="manifest" href="/manifest.webmanifest"></head>
  <body><div id="root"></div></body>
</html>`;
    expect(firstVisitAssets(html)).toEqual([
      { path: '/assets/index-CRNPGTHc.js', kind: 'script' },
      { path: '/assets/rolldown-runtime-XKyaHtl9.js', kind: 'modulepreload' },
      { path: '/assets/session-DKz7I0Lc.js', kind: 'modulepreload' },
      { path: '/assets/index-RWuUrJpS.css', kind: 'stylesheet' },
      { path: '/manifest.webmanifest', kind: 'manifest' },
    ]);
  });

  it('skips classic and inline scripts, comments, other origins and repeats', () => {
    const html = `
      <!-- <script type="module" src="/old.js"></script> -->
      <script src="/classic.js"></script>
      <script type="module">import '/inline.js';</script>
      <SCRIPT TYPE="module" SRC="assets/a.js"></SCRIPT>
      <link rel="stylesheet" href="https://fonts.example.org/x.css">
      <link href="/assets/a.css" rel="preload stylesheet">
      <link rel="modulepreload" href="/assets/a.js">`;
    expect(firstVisitAssets(html)).toEqual([
      { path: '/assets/a.js', kind: 'script' },
      { path: '/assets/a.css', kind: 'stylesheet' },
    ]);
  });
});

describe('precacheList', () => {
  it("reads Workbox's generateSW manifest, each URL once (as in apps/web/dist/sw.js)", () => {
    // Cut from a real build: the manifest is inlined into the minified worker.
    const sw =
      ';self.addEventListener("activate",()=>self.clients.claim()),E={},function(s){x().precache(s)}' +
      '([{url:"manifest.webmanifest",revision:"9fcea88a14ad5322d8a9c54d56c8812f"},' +
      '{url:"index.html",revision:"4295413c9d9155dd8e5b9d8c8ce1a89d"},' +
      '{url:"favicon.svg",revision:"4ee6d3514bce61fa2399df6838e57329"},' +
      '{url:"assets/index-RWuUrJpS.css",revision:null},{url:"assets/index-CRNPGTHc.js",revision:null},' +
      '{url:"favicon.svg",revision:"4ee6d3514bce61fa2399df6838e57329"},' +
      '{url:"manifest.webmanifest",revision:"9fcea88a14ad5322d8a9c54d56c8812f"}]),' +
      'function(s){const e=x();l(new B(e,s))}(E),' +
      // Workbox's own code also has `url:` properties, never with a string and a revision.
      'a=new n(({url:s})=>s.href===e.href,t,r);return{cacheKey:e.href,url:e.href}';
    expect(precacheList(sw)).toEqual({
      entries: 7,
      paths: [
        '/manifest.webmanifest',
        '/index.html',
        '/favicon.svg',
        '/assets/index-RWuUrJpS.css',
        '/assets/index-CRNPGTHc.js',
      ],
    });
  });

  it('reads JSON-shaped entries, either key order', () => {
    const sw = `precacheAndRoute([
      { "url": "/assets/a.js", "revision": null },
      { "revision": "abc", "url": "offline.html" },
      { 'url': 'assets/b\\u002ecss', 'revision': 'x' }
    ]);`;
    expect(precacheList(sw).paths).toEqual(['/assets/a.js', '/offline.html', '/assets/b.css']);
    expect(precacheList('self.skipWaiting()')).toEqual({ entries: 0, paths: [] });
  });
});

describe('app benchmark', () => {
  it('reads its options and refuses a missing build', () => {
    const { options, results, timeoutMinutes } = parseAppArgs([
      '--web-dist',
      tempRoot,
      '--no-results',
    ]);
    expect(options.webDist).toBe(tempRoot);
    expect(results).toBeNull();
    expect(timeoutMinutes).toBe(5);
    expect(checkWebDist(path.join(tempRoot, 'nothing'))).toMatch(
      /^The web app is not built: run `npx -y pnpm@10 --filter @opale\/web build` first\./,
    );
  });

  it('counts the bytes the real server sends for each encoding, and cleans up', async () => {
    const dist = path.join(tempRoot, 'dist');
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    const write = (name: string, text: string, compressed = true) => {
      const file = path.join(dist, name);
      writeFileSync(file, text);
      if (compressed) {
        writeFileSync(`${file}.br`, brotliCompressSync(text));
        writeFileSync(`${file}.gz`, gzipSync(text));
      }
    };
    const size = (name: string) => statSync(path.join(dist, name)).size;
    write(
      'index.html',
      '<!doctype html><html><head><title>t</title>' +
        '<script type="module" crossorigin src="/assets/app-1.js"></script>' +
        '<link rel="stylesheet" href="/assets/app-1.css"></head><body></body></html>',
    );
    write('assets/app-1.js', 'export const words = "opale ".repeat(500);\n'.repeat(4));
    write('assets/app-1.css', 'body { margin: 0; color: #17403c; }\n'.repeat(60));
    write(
      'sw.js',
      'x().precache([{url:"index.html",revision:"1"},{url:"assets/app-1.js",revision:null},' +
        '{url:"assets/app-1.css",revision:null}]);',
      false,
    );
    const workRoot = path.join(tempRoot, 'work');
    mkdirSync(workRoot);

    const results = await runAppBenchmark({ webDist: dist, tempRoot: workRoot });

    expect(results.failures).toEqual([]);
    expect(results.firstVisit.map((file) => [file.path, file.kind])).toEqual([
      ['/', 'document'],
      ['/assets/app-1.js', 'script'],
      ['/assets/app-1.css', 'stylesheet'],
    ]);
    for (const file of results.firstVisit) {
      const name = file.path === '/' ? 'index.html' : file.path.slice(1);
      expect(file.rawBytes).toBe(size(name));
      expect(file.sent['br, gzip']).toEqual({
        status: 200,
        encoding: 'br',
        bytes: size(`${name}.br`),
      });
      expect(file.sent.gzip).toEqual({ status: 200, encoding: 'gzip', bytes: size(`${name}.gz`) });
      expect(file.sent.identity).toEqual({ status: 200, encoding: 'identity', bytes: size(name) });
    }
    expect(results.offline?.entries).toBe(3);
    expect(results.offline?.files.map((file) => [file.path, file.inFirstVisit])).toEqual([
      ['/index.html', true],
      ['/assets/app-1.js', true],
      ['/assets/app-1.css', true],
    ]);
    expect(results.offline?.worker.sent).toMatchObject({ status: 200, bytes: size('sw.js') });

    const totals = appTotals(results);
    const brotli = size('index.html.br') + size('assets/app-1.js.br') + size('assets/app-1.css.br');
    expect(totals.firstVisit.brotli).toBe(brotli);
    expect(totals.offline).toEqual({
      files: 3,
      brotli,
      raw: size('index.html') + size('assets/app-1.js') + size('assets/app-1.css'),
    });
    const report = markdownReport(results);
    expect(report).toContain('| /assets/app-1.js | script |');
    expect(report).toMatch(/^Totals: first visit \d+\.\d KB with Brotli \(/m);
    expect(readdirSync(workRoot)).toEqual([]);

    const entry = resultsEntry(results, {
      machine: { cores: 2, model: 'CPU', memoryGiB: 4, node: 'v20', os: 'Linux', tempFs: 'ext4' },
      command: 'tsx src/main.ts app',
      date: new Date('2026-11-26T12:34:56Z'),
      wallSeconds: 6,
      code: 'commit abc1234 (sources 0123456789ab)',
      repositoryRoot: tempRoot,
    });
    expect(entry.split('\n').slice(0, 5)).toEqual([
      '## app — 2026-11-26 12:34 UTC',
      '',
      '- Command: `tsx src/main.ts app` (0.1 min), on commit abc1234 (sources 0123456789ab)',
      expect.stringMatching(/^- Machine: 2 cores, CPU, 4 GiB; Node v20; Linux; 1-minute load/),
      expect.stringMatching(/^- Web app: the build in dist \(index\.html built /),
    ]);
  });

  it('lists a missing file as a failure', async () => {
    const dist = path.join(tempRoot, 'broken');
    mkdirSync(dist);
    writeFileSync(
      path.join(dist, 'index.html'),
      '<script type="module" src="/assets/gone.js"></script>',
    );
    const results = await runAppBenchmark({ webDist: dist, tempRoot });
    expect(results.failures).toContain('/assets/gone.js (Accept-Encoding: br, gzip) answered 404');
    expect(results.failures).toContain('the build has no sw.js: no offline copy measured');
  });
});
