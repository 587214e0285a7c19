/**
 * `pnpm bench <benchmark> [options]`. The first argument picks the benchmark:
 *   sync   live-document propagation and memory, Opale vs the stock Yjs websocket server
 *   guide  the public Arrival Guide's weight per language and its render time
 *   app    the web app's download size on a phone: first visit and offline copy
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appUsage, checkWebDist, parseAppArgs, runAppBenchmark } from './app/index';
import { markdownReport as appMarkdownReport, resultsEntry as appResultsEntry } from './app/report';
import { codeState, sourceHash } from './code-state';
import { guideUsage, parseGuideArgs, runGuideBenchmark } from './guide/index';
import {
  markdownReport as guideMarkdownReport,
  resultsEntry as guideResultsEntry,
} from './guide/report';
import { describeMachine } from './machine';
import { cleanUp } from './servers/launch';
import { parseSyncArgs, runSyncBenchmark, syncUsage } from './sync/index';
import { markdownReport, resultsEntry } from './sync/report';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repositoryRoot = path.resolve(packageDir, '..', '..');
const defaultResults = path.join(packageDir, 'RESULTS.md');

const resultsHeader = `# Benchmark results

Appended by \`pnpm bench <benchmark>\`, newest last. How to read them: README.md beside this file.

`;

/** Lays the file out as the repository's Prettier does, so `format:check` stays green. */
async function formatMarkdown(file: string) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}

function commandLine(args: string[]): string {
  const viaPnpm = process.env.npm_lifecycle_event === 'bench';
  return `${viaPnpm ? 'npx -y pnpm@10 bench' : 'tsx src/main.ts'} ${args.join(' ')}`.trim();
}

async function sync(args: string[]) {
  const { options, results: resultsFile, timeoutMinutes, help } = parseSyncArgs(args);
  if (help) {
    console.log(syncUsage);
    return 0;
  }
  // Whatever happens, the run ends: past the deadline every child is killed and we exit.
  const deadline = setTimeout(() => {
    console.error(`The benchmark ran past ${timeoutMinutes} minutes: stopping.`);
    cleanUp();
    process.exit(2);
  }, timeoutMinutes * 60_000);
  deadline.unref();

  const started = performance.now();
  const startedAt = new Date();
  const code = codeState(repositoryRoot);
  const results = await runSyncBenchmark(options, (line) => console.log(line));
  const codeChanged = sourceHash(repositoryRoot) !== code.hash;
  if (codeChanged) {
    results.failures.push(
      'the measured sources changed during the run (someone edited the work tree): ' +
        'scenarios may have measured different code',
    );
  }
  const wallSeconds = (performance.now() - started) / 1000;
  clearTimeout(deadline);

  console.log(`\n${markdownReport(results)}\n`);
  const measured = results.edits.length + results.idle.length;
  if (resultsFile !== null && measured === 0) {
    console.log('Nothing was measured: the results file is left as it was.');
  } else if (resultsFile !== null) {
    const file = resultsFile ? path.resolve(resultsFile) : defaultResults;
    const entry = resultsEntry(results, {
      machine: describeMachine(options.tempRoot ?? tmpdir()),
      command: commandLine(['sync', ...args]),
      date: startedAt,
      wallSeconds,
      code: `commit ${code.commit}${code.dirty ? ' with uncommitted changes' : ''} (sources ${code.hash})`,
    });
    if (!existsSync(file)) writeFileSync(file, resultsHeader);
    appendFileSync(file, `\n${entry}`);
    await formatMarkdown(file);
    console.log(`Appended to ${file}`);
  }
  return results.failures.length === 0 ? 0 : 1;
}

/** Appends a run's entry to the results file (laid out by Prettier). */
async function appendResults(resultsFile: string | undefined, entry: string) {
  const file = resultsFile ? path.resolve(resultsFile) : defaultResults;
  if (!existsSync(file)) writeFileSync(file, resultsHeader);
  appendFileSync(file, `\n${entry}`);
  await formatMarkdown(file);
  console.log(`Appended to ${file}`);
}

/** What the run of a reported benchmark needs to know about it. */
interface ReportedBenchmark<O extends { tempRoot?: string }, R extends { failures: string[] }> {
  name: string;
  usage: string;
  parse: (args: string[]) => {
    options: O;
    results: string | null | undefined;
    timeoutMinutes: number;
    help: boolean;
  };
  /** Why it cannot run at all, said before anything starts; null when it can. */
  cannotRun?: (options: O) => string | null;
  run: (options: O, log: (line: string) => void) => Promise<R>;
  /** What a change of the sources during the run would have spoiled. */
  spoiled: string;
  markdown: (results: R) => string;
  measuredNothing: (results: R) => boolean;
  entry: (results: R, context: EntryContext) => string;
}

interface EntryContext {
  machine: ReturnType<typeof describeMachine>;
  command: string;
  date: Date;
  wallSeconds: number;
  code: string;
  repositoryRoot: string;
}

/**
 * Runs one benchmark that reports in markdown: within its deadline, noting whether the sources
 * changed meanwhile, then prints the report and appends the entry to the results file.
 */
async function runReported<O extends { tempRoot?: string }, R extends { failures: string[] }>(
  bench: ReportedBenchmark<O, R>,
  args: string[],
): Promise<number> {
  const { options, results: resultsFile, timeoutMinutes, help } = bench.parse(args);
  if (help) {
    console.log(bench.usage);
    return 0;
  }
  const cannotRun = bench.cannotRun?.(options) ?? null;
  if (cannotRun) {
    console.error(cannotRun);
    return 1;
  }
  const deadline = setTimeout(() => {
    console.error(`The benchmark ran past ${timeoutMinutes} minutes: stopping.`);
    process.exit(2);
  }, timeoutMinutes * 60_000);
  deadline.unref();

  const started = performance.now();
  const startedAt = new Date();
  const code = codeState(repositoryRoot);
  const results = await bench.run(options, (line) => console.log(line));
  if (sourceHash(repositoryRoot) !== code.hash) {
    results.failures.push(
      `the measured sources changed during the run (someone edited the work tree): ${bench.spoiled}`,
    );
  }
  const wallSeconds = (performance.now() - started) / 1000;
  clearTimeout(deadline);

  console.log(`\n${bench.markdown(results)}\n`);
  if (resultsFile !== null && bench.measuredNothing(results)) {
    console.log('Nothing was measured: the results file is left as it was.');
  } else if (resultsFile !== null) {
    await appendResults(
      resultsFile,
      bench.entry(results, {
        machine: describeMachine(options.tempRoot ?? tmpdir()),
        command: commandLine([bench.name, ...args]),
        date: startedAt,
        wallSeconds,
        code: `commit ${code.commit}${code.dirty ? ' with uncommitted changes' : ''} (sources ${code.hash})`,
        repositoryRoot,
      }),
    );
  }
  return results.failures.length === 0 ? 0 : 1;
}

const guide = (args: string[]) =>
  runReported(
    {
      name: 'guide',
      usage: guideUsage,
      parse: parseGuideArgs,
      run: runGuideBenchmark,
      spoiled: 'pages may have measured different code',
      markdown: guideMarkdownReport,
      measuredNothing: (results) => results.pages.length === 0,
      entry: guideResultsEntry,
    },
    args,
  );

const app = (args: string[]) =>
  runReported(
    {
      name: 'app',
      usage: appUsage,
      parse: parseAppArgs,
      cannotRun: (options) => checkWebDist(options.webDist),
      run: runAppBenchmark,
      spoiled: 'files may have been served by different code',
      markdown: appMarkdownReport,
      measuredNothing: (results) => results.firstVisit.length === 0,
      entry: appResultsEntry,
    },
    args,
  );

async function main(): Promise<number> {
  const [benchmark, ...args] = process.argv.slice(2);
  switch (benchmark) {
    case 'sync':
      return sync(args);
    case 'guide':
      return guide(args);
    case 'app':
      return app(args);
    default:
      console.log(
        `Usage: pnpm bench <benchmark> [options]\n\nBenchmarks:\n  ${syncUsage}\n\n  ${guideUsage}\n\n  ${appUsage}`,
      );
      return benchmark === undefined || benchmark === '--help' ? 0 : 1;
  }
}

main()
  .then((code) => {
    cleanUp();
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(error);
    cleanUp();
    process.exit(1);
  });
