/** Markdown for the sync benchmark: the tables printed at the end and appended to RESULTS.md. */
import type { Machine } from '../machine';
import { fixed, mb } from '../stats';
import type { SyncBenchResults } from './index';
import type { CpuShares, EditResult, IdleResult } from './scenario';

export const targets = { p95RatioAt: 200, p95Ratio: 1.5, idleRssBytes: 400 * 2 ** 20 };

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function alignRow(count: number, textColumns = 2): string {
  return row(Array.from({ length: count }, (_, i) => (i < textColumns ? '---' : '---:')));
}

function cores(cpu: CpuShares): string {
  const f = (v: number | null) => (v === null ? '?' : v.toFixed(2));
  return `${f(cpu.server)} / ${f(cpu.generator)} / ${f(cpu.others)}`;
}

export function editSummary(r: EditResult): string {
  const appends = r.appends
    ? `; ${r.appends.count} appends, p50/p95/max ${fixed(r.appends.p50Ms)}/${fixed(r.appends.p95Ms)}/` +
      `${fixed(r.appends.maxMs)} ms`
    : '';
  return (
    `p50/p95/p99 ${fixed(r.latency.p50)}/${fixed(r.latency.p95)}/${fixed(r.latency.p99)} ms, ` +
    `lost ${r.lost}/${r.expectedDeliveries}, server CPU ${fixed(r.serverUsage.phaseCpuSeconds, 2)} s, ` +
    `cores server/generator/others ${cores(r.cpu)}, server loop delay p99/max ` +
    `${fixed(r.serverLoopDelayP99Ms, 0)}/${fixed(r.serverLoopDelayMaxMs, 0)} ms${appends}` +
    (r.serverUnresponsive ? ', SERVER UNRESPONSIVE to stats' : '')
  );
}

export function idleSummary(r: IdleResult): string {
  return (
    `peak RSS ${mb(r.serverUsage.peakRssBytes)} MB, idle RSS ${mb(r.serverUsage.endRssBytes)} MB, ` +
    `connect ${fixed(r.connectSeconds)} s, cores server/generator/others ${cores(r.cpu)}, ` +
    `disconnects ${r.disconnects}${r.serverUnresponsive ? ', SERVER UNRESPONSIVE to stats' : ''}`
  );
}

export function editTable(results: SyncBenchResults): string {
  if (results.edits.length === 0) return '';
  const o = results.options;
  const edits = results.edits[0]?.edits ?? 0;
  const lines = [
    `Edits: ${o.writers} writers × ${o.rate} edits/s for ${o.durationMs / 1000} s on one document ` +
      `(${edits} edits); every other client must receive each edit (drain up to ${o.drainMs / 1000} s). ` +
      'Latency: from the writer’s change to its arrival in each other client’s Y.Doc. ' +
      'CPU cores: average over edits and drain (1.00 = one core busy all the time).',
    '',
    row([
      'clients',
      'server',
      'lost / expected',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'drain s',
      'server CPU s',
      'cores: server / generator / others',
      'server loop delay p99 ms',
      'append p50 / p95 ms',
      'server peak RSS MB',
      'connect s',
      'disconnects',
    ]),
    alignRow(15),
  ];
  for (const r of results.edits) {
    lines.push(
      row([
        r.clients,
        r.server,
        `${r.lost} / ${r.expectedDeliveries}`,
        fixed(r.latency.p50),
        fixed(r.latency.p95),
        fixed(r.latency.p99),
        fixed(r.latency.max),
        fixed(r.drainSeconds),
        fixed(r.serverUsage.phaseCpuSeconds, 2),
        cores(r.cpu),
        fixed(r.serverLoopDelayP99Ms, 0),
        r.appends ? `${fixed(r.appends.p50Ms)} / ${fixed(r.appends.p95Ms)}` : '–',
        mb(r.serverUsage.peakRssBytes),
        fixed(r.connectSeconds),
        r.disconnects,
      ]),
    );
  }
  return lines.join('\n');
}

export function idleTable(results: SyncBenchResults): string {
  if (results.idle.length === 0) return '';
  const lines = [
    `Idle: ${results.options.idleClients} synced clients, no edits, presence ` +
      `${results.options.idleAwareness ? 'on' : 'off'}, held ${results.options.idleHoldMs / 1000} s. ` +
      '“RSS before clients” follows the server’s own setup (Opale: 1,000 users and sessions), whose ' +
      'freed memory the connections then reuse: the difference understates the cost per connection.',
    '',
    row([
      'clients',
      'server',
      'connect s',
      'RSS before clients MB',
      'RSS idle MB',
      'peak RSS MB',
      'server CPU s (hold)',
      'cores: server / generator / others',
      'disconnects',
    ]),
    alignRow(9),
  ];
  for (const r of results.idle) {
    const u = r.serverUsage;
    lines.push(
      row([
        r.clients,
        r.server,
        fixed(r.connectSeconds),
        mb(u.startRssBytes),
        mb(u.endRssBytes),
        mb(u.peakRssBytes),
        fixed(u.phaseCpuSeconds, 2),
        cores(r.cpu),
        r.disconnects,
      ]),
    );
  }
  return lines.join('\n');
}

export function targetLines(results: SyncBenchResults): string[] {
  const lines: string[] = [];
  const at = (server: string) =>
    results.edits.find((r) => r.server === server && r.clients === targets.p95RatioAt);
  const opale = at('opale');
  const baseline = at('baseline');
  if (opale && baseline) {
    const ratio = opale.latency.p95 / baseline.latency.p95;
    lines.push(
      `- p95(opale) / p95(baseline) at ${targets.p95RatioAt} clients: ` +
        `${fixed(opale.latency.p95)} / ${fixed(baseline.latency.p95)} ms = **${ratio.toFixed(2)}** ` +
        `(target ≤ ${targets.p95Ratio}: ${ratio <= targets.p95Ratio ? 'met' : 'NOT met'})`,
    );
  }
  for (const r of results.idle) {
    const peak = r.serverUsage.peakRssBytes;
    lines.push(
      `- ${r.server}, ${r.clients} idle connections: peak RSS **${mb(peak)} MB**` +
        (r.server === 'opale'
          ? ` (target < ${mb(targets.idleRssBytes)} MB: ${peak < targets.idleRssBytes ? 'met' : 'NOT met'})`
          : ''),
    );
  }
  const lost = results.edits.filter((r) => r.lost > 0);
  lines.push(
    lost.length === 0
      ? '- Lost deliveries: none.'
      : `- Lost deliveries: ${lost.map((r) => `${r.server}@${r.clients}: ${r.lost}`).join(', ')}.`,
  );
  const busy = [...results.edits, ...results.idle].filter((r) => (r.cpu.others ?? 0) > 0.2);
  if (busy.length > 0) {
    lines.push(
      `- Other processes used more than 0.2 core during: ` +
        busy
          .map((r) => `${r.kind} ${r.server}@${r.clients} (${r.cpu.others?.toFixed(2)})`)
          .join(', ') +
        ' — those rows are less reliable.',
    );
  }
  const unresponsive = [...results.edits, ...results.idle].filter((r) => r.serverUnresponsive);
  if (unresponsive.length > 0) {
    lines.push(
      '- The server did not answer a stats request within 20 s during: ' +
        unresponsive.map((r) => `${r.kind} ${r.server}@${r.clients}`).join(', ') +
        ' (its CPU and memory there come from /proc; its CPU seconds include the wait).',
    );
  }
  const codes = [...new Set([...results.edits, ...results.idle].flatMap((r) => r.closeCodes))];
  if (codes.length > 0) lines.push(`- Close codes seen by clients: ${codes.join(', ')}.`);
  for (const failure of results.failures) lines.push(`- FAILED: ${failure}`);
  return lines;
}

export function markdownReport(results: SyncBenchResults): string {
  return [editTable(results), idleTable(results), targetLines(results).join('\n')]
    .filter(Boolean)
    .join('\n\n');
}

export function resultsEntry(
  results: SyncBenchResults,
  context: { machine: Machine; command: string; date: Date; wallSeconds: number; code: string },
): string {
  const { machine } = context;
  const o = results.options;
  return [
    `## sync — started ${context.date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`${context.command}\` (${(context.wallSeconds / 60).toFixed(1)} min), on ${context.code}`,
    `- Machine: ${machine.cores} cores, ${machine.model}, ${machine.memoryGiB} GiB; ` +
      `Node ${machine.node}; ${machine.os}; server files in ${machine.tempFs}`,
    `- Clients: stock y-websocket client, one Y.Doc each, disableBc, presence ` +
      `${o.awareness ? `on (the stock default), renewals spread over ${o.presenceSpreadMs / 1000} s` : 'off'}, ` +
      `connected ${o.connectBatch} at a time, in ${o.threads} load-generator thread(s) of one process; ` +
      `${o.settleMs / 1000} s settle before measuring; each scenario waits up to ${o.quietWaitMs / 1000} s ` +
      'for an idle machine and runs against a fresh server process.',
    '',
    markdownReport(results),
    '',
  ].join('\n');
}
