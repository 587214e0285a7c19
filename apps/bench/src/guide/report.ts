/** The guide benchmark's tables, for the terminal and RESULTS.md. */
import type { Machine } from '../machine';
import { fixed } from '../stats';
import { guideBudgetBytes, type GuideBenchResults, type PageResult } from './index';

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function budgetCell(result: PageResult): string {
  if (result.page !== 'guide') return '–';
  const worst = Math.max(result.gzipBytes, result.brotli5Bytes, result.wireBytes);
  return worst <= guideBudgetBytes
    ? `ok (${Math.round((worst / guideBudgetBytes) * 100)} %)`
    : `**over** (${Math.round((worst / guideBudgetBytes) * 100)} %)`;
}

export function markdownReport(results: GuideBenchResults): string {
  const o = results.options;
  const lines = [
    `Bytes of each response body as sent uncompressed, and compressed here with gzip (level 6) and ` +
      `Brotli (quality 5, as a proxy compresses on the fly; quality 11, as for a file); ` +
      `1 KB = 1,000 bytes. Budget: the guide page at most ${guideBudgetBytes / 1000} KB compressed ` +
      `(the larger of gzip, Brotli 5 and what the server sends when a phone offers \`br, gzip\`). Server time: from the request's arrival to the response ` +
      `sent (Fastify's \`reply.elapsedTime\`), over ${o.requests} sequential requests after ` +
      `${o.warmup} untimed ones; "first" is the very first request of that page and language.`,
    '',
    '| page | lang | raw KB | gzip KB | br 5 KB | br 11 KB | server sends, KB | first ms | p50 ms | p95 ms | max ms | budget |',
    '| ---- | ---- | -----: | ------: | ------: | -------: | ---------------: | -------: | -----: | -----: | -----: | ------ |',
  ];
  for (const r of results.pages) {
    lines.push(
      `| ${r.page} | ${r.language ?? '–'} | ${kb(r.rawBytes)} | ${kb(r.gzipBytes)} | ` +
        `${kb(r.brotli5Bytes)} | ${kb(r.brotli11Bytes)} | ${r.serverEncoding || 'none'} ${kb(r.wireBytes)} | ` +
        `${fixed(r.firstMs)} | ${fixed(r.p50Ms, 2)} | ${fixed(r.p95Ms, 2)} | ${fixed(r.maxMs)} | ` +
        `${budgetCell(r)} |`,
    );
  }
  if (results.pages.length === 0) lines.push('| (nothing measured) |');
  if (results.failures.length > 0) {
    lines.push('', ...results.failures.map((failure) => `- ${failure}`));
  }
  return lines.join('\n');
}

export function resultsEntry(
  results: GuideBenchResults,
  context: { machine: Machine; command: string; date: Date; wallSeconds: number; code: string },
): string {
  const { machine } = context;
  const month = results.month;
  return [
    `## guide — started ${context.date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`${context.command}\` (${(context.wallSeconds / 60).toFixed(1)} min), on ${context.code}`,
    `- Machine: ${machine.cores} cores, ${machine.model}, ${machine.memoryGiB} GiB; ` +
      `Node ${machine.node}; ${machine.os}; 1-minute load average ` +
      `${results.load.before.toFixed(1)} before the run, ${results.load.after.toFixed(1)} after`,
    `- Data: the demo platforms; on ${results.options.platform} ` +
      (month
        ? `${month.series} series valid from 30 days ago, ${month.statuses} recorded statuses, ` +
          `${month.exceptions} exceptions ahead`
        : 'no month of data (the run failed before)') +
      ', and the demo capacity board. One server in the benchmark process (`buildServer`, SQLite file).',
    '',
    markdownReport(results),
    '',
  ].join('\n');
}
