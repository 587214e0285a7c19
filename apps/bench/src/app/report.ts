/** The app benchmark's tables, for the terminal and RESULTS.md. */
import path from 'node:path';
import type { Machine } from '../machine';
import { acceptEncodings, type AppBenchResults, type OfflineFile, type Transfer } from './index';

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** `br 60, identity 19`: how many answers came in each encoding. */
function encodingCounts(transfers: Transfer[]): string {
  const counts = new Map<string, number>();
  for (const transfer of transfers) {
    counts.set(transfer.encoding, (counts.get(transfer.encoding) ?? 0) + 1);
  }
  return [...counts].map(([encoding, count]) => `${encoding} ${count}`).join(', ') || '–';
}

export interface AppTotals {
  firstVisit: { brotli: number; gzip: number; identity: number; raw: number };
  offline: { files: number; brotli: number; raw: number } | null;
}

export function appTotals(results: AppBenchResults): AppTotals {
  const sent = (encoding: (typeof acceptEncodings)[number]) =>
    sum(results.firstVisit.map((file) => file.sent[encoding].bytes));
  const offline = results.offline;
  return {
    firstVisit: {
      brotli: sent('br, gzip'),
      gzip: sent('gzip'),
      identity: sent('identity'),
      raw: sum(results.firstVisit.map((file) => file.rawBytes ?? 0)),
    },
    offline: offline && {
      files: offline.files.length,
      brotli: sum(offline.files.map((file) => file.sent.bytes)),
      raw: sum(offline.files.map((file) => file.rawBytes ?? 0)),
    },
  };
}

function offlineRow(what: string, files: OfflineFile[], count: string): string {
  return (
    `| ${what} | ${count} | ${kb(sum(files.map((file) => file.rawBytes ?? 0)))} | ` +
    `${kb(sum(files.map((file) => file.sent.bytes)))} | ${encodingCounts(files.map((file) => file.sent))} |`
  );
}

export function markdownReport(results: AppBenchResults): string {
  const totals = appTotals(results);
  const lines = [
    `Bytes of each response body as the server sent it (counted off the socket, not decoded), for ` +
      `three \`Accept-Encoding\` values: \`br, gzip\` (a phone), \`gzip\` (an older browser), ` +
      `\`identity\` (none); "raw" is the file's size in the build; 1 KB = 1,000 bytes. ` +
      `The server sends the Brotli or gzip copy the build wrote next to a file, when there is one ` +
      `(files under 1 KB have none and travel as they are).`,
    '',
    '**First visit** — index.html and what it loads before the first paint (module scripts, ' +
      'module preloads, style sheets, the web manifest):',
    '',
    '| file | kind | raw KB | `br, gzip` KB | `gzip` KB | `identity` KB | sent as |',
    '| ---- | ---- | -----: | ------------: | --------: | ------------: | ------- |',
  ];
  for (const file of results.firstVisit) {
    lines.push(
      `| ${file.path} | ${file.kind} | ${file.rawBytes === null ? '–' : kb(file.rawBytes)} | ` +
        acceptEncodings.map((a) => kb(file.sent[a].bytes)).join(' | ') +
        ` | ${acceptEncodings.map((a) => file.sent[a].encoding).join(' / ')} |`,
    );
  }
  if (results.firstVisit.length === 0) {
    lines.push('| (nothing measured) |');
  } else {
    const t = totals.firstVisit;
    lines.push(
      `| **total** (${results.firstVisit.length} files) | | ${kb(t.raw)} | ${kb(t.brotli)} | ` +
        `${kb(t.gzip)} | ${kb(t.identity)} | |`,
    );
    lines.push(
      '',
      `Uncompressed / Brotli: ${t.brotli > 0 ? (t.identity / t.brotli).toFixed(1) : '–'}× ` +
        `(gzip / Brotli: ${t.brotli > 0 ? (t.gzip / t.brotli).toFixed(2) : '–'}×).`,
    );
  }

  lines.push(
    '',
    '**Offline copy** — what the service worker downloads in the background after the first visit ' +
      '(its precache list, each URL once), as a phone offering `br, gzip` gets it:',
    '',
    '| what | files | raw KB | sent KB | sent as |',
    '| ---- | ----: | -----: | ------: | ------- |',
  );
  const offline = results.offline;
  if (offline === null) {
    lines.push('| (nothing measured) |');
  } else {
    const repeated = offline.files.filter((file) => file.inFirstVisit);
    lines.push(
      offlineRow(
        'precache list',
        offline.files,
        offline.entries === offline.files.length
          ? `${offline.files.length}`
          : `${offline.files.length} (${offline.entries} entries)`,
      ),
      offlineRow('of which also in the first visit', repeated, `${repeated.length}`),
      offlineRow('sw.js, the worker itself (not in the totals)', [offline.worker], '1'),
    );
  }

  const f = totals.firstVisit;
  const o = totals.offline;
  lines.push(
    '',
    `Totals: first visit ${kb(f.brotli)} KB with Brotli (${kb(f.gzip)} KB gzip, ` +
      `${kb(f.identity)} KB uncompressed); ` +
      (o
        ? `offline copy ${o.files} files, ${kb(o.brotli)} KB with Brotli (${kb(o.raw)} KB uncompressed)`
        : 'offline copy not measured'),
  );
  if (results.failures.length > 0) {
    lines.push('', ...results.failures.map((failure) => `- ${failure}`));
  }
  return lines.join('\n');
}

export function resultsEntry(
  results: AppBenchResults,
  context: {
    machine: Machine;
    command: string;
    date: Date;
    wallSeconds: number;
    code: string;
    repositoryRoot: string;
  },
): string {
  const { machine } = context;
  const dist = path.relative(context.repositoryRoot, results.options.webDist) || '.';
  const builtAt = results.builtAt
    ? `built ${results.builtAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`
    : 'build time unknown';
  return [
    `## app — ${context.date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`${context.command}\` (${(context.wallSeconds / 60).toFixed(1)} min), on ${context.code}`,
    `- Machine: ${machine.cores} cores, ${machine.model}, ${machine.memoryGiB} GiB; ` +
      `Node ${machine.node}; ${machine.os}; 1-minute load average ` +
      `${results.load.before.toFixed(1)} before the run, ${results.load.after.toFixed(1)} after`,
    `- Web app: the build in ${dist.startsWith('..') ? results.options.webDist : dist} ` +
      `(index.html ${builtAt}), served by one server in the benchmark process ` +
      '(`buildServer`, `@fastify/static` with `preCompressed`, fresh SQLite file).',
    '',
    markdownReport(results),
    '',
  ].join('\n');
}
