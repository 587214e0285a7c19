#!/usr/bin/env node
// `pnpm test`: installs what the tests need on this machine, then runs every check and test in
// the order CI does, stopping at the first failure. Ends with one line `N passed, N failed`
// summed over every vitest run, and exits non-zero if anything failed.
//
// Runs unattended (CI=true, no stdin). Set OPALE_TEST_SKIP_SYSTEM=1 to skip the system installs.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { stripVTControlCharacters } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

// Every vitest run writes its JSON report here, relative to its package folder. node_modules is
// ignored by git, prettier and eslint, and exists in every package that depends on vitest.
const reportPath = 'node_modules/.cache/opale-test/vitest.json';
const vitestArgs = [
  '--passWithNoTests',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportPath}`,
];

// --- system packages ---------------------------------------------------------------------------
//
// What the tests need from the operating system, installed from Debian when missing. To add a
// need (Postgres and Redis come with the scale-out work), add an entry here; services that must
// be running (postgres, redis-server) are started by a step before the test run, on loopback only.
const systemNeeds = [
  {
    name: 'Chromium (browser tests in apps/e2e)',
    present: () => existsSync('/usr/bin/chromium'),
    debianPackages: ['chromium'],
  },
  {
    // Without them the browser draws boxes for Ethiopic (Tigrinya, Amharic) and for emoji, and
    // the Arrival Guide's screenshots in apps/e2e/artifacts/ show nothing a person can check.
    name: 'Noto fonts: Ethiopic, Arabic and colour emoji (Arrival Guide screenshots)',
    present: () =>
      existsSync('/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf') &&
      existsSync('/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf'),
    debianPackages: ['fonts-noto-core', 'fonts-noto-color-emoji'],
  },
  // {
  //   name: 'PostgreSQL 15 (tests against DATABASE_URL=postgres://…)',
  //   present: () => existsSync('/usr/lib/postgresql/15/bin/postgres'),
  //   debianPackages: ['postgresql'],
  // },
  // {
  //   name: 'Redis 7 (cross-node fan-out tests)',
  //   present: () => existsSync('/usr/bin/redis-server'),
  //   debianPackages: ['redis-server'],
  // },
];

function installSystemNeeds() {
  const missing = systemNeeds.filter((need) => !need.present());
  if (missing.length === 0) {
    console.log('All system packages the tests need are present.');
    return;
  }
  const names = missing.map((need) => need.name).join(', ');
  const packages = missing.flatMap((need) => need.debianPackages);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    throw new StepFailure(
      `Missing: ${names}.\n` +
        (hasApt
          ? `Install with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n`
          : `This machine has no apt-get: install ${packages.join(', ')} with its package manager.\n`) +
        'Then run the tests again.',
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`Installing ${names} from Debian: ${packages.join(' ')}`);
  runSync('apt-get', ['update'], env, 'apt-get update');
  runSync('apt-get', ['install', '-y', ...packages], env, `apt-get install ${packages.join(' ')}`);
  const stillMissing = missing.filter((need) => !need.present());
  if (stillMissing.length > 0) {
    throw new StepFailure(
      `apt-get finished but these are still missing: ${stillMissing.map((n) => n.name).join(', ')}.`,
    );
  }
}

// --- running commands --------------------------------------------------------------------------

class StepFailure extends Error {}

function runSync(command, args, env, label) {
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error) throw new StepFailure(`${label} could not start: ${result.error.message}`);
  if (result.status !== 0) throw new StepFailure(`${label} exited with code ${result.status}.`);
}

/** Streams a command's output through and keeps a copy; resolves with its exit code. */
function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
    });
    child.on('error', (error) =>
      reject(new StepFailure(`${command} could not start: ${error.message}`)),
    );
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

// --- counting tests ----------------------------------------------------------------------------

/** Workspace packages with a `test` script, as { name, dir }. */
function testedPackages() {
  const found = [];
  for (const group of ['apps', 'packages']) {
    const groupDir = path.join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const entry of readdirSync(groupDir, { withFileTypes: true })) {
      const manifest = path.join(groupDir, entry.name, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      if (pkg.scripts?.test) found.push({ name: pkg.name, dir: path.join(groupDir, entry.name) });
    }
  }
  return found;
}

/** Counts from vitest's JSON report; a file that failed to load counts as one failed test. */
function countFromReport(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const brokenFiles = (report.testResults ?? []).filter(
    (result) => result.status === 'failed' && (result.assertionResults ?? []).length === 0,
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Fallback when a package wrote no report: vitest's `Tests  3 passed | 1 failed (4)` line. */
function countFromOutput(output, packageName) {
  const prefix = `${packageName}:test:`;
  const lines = stripVTControlCharacters(output)
    .split('\n')
    .map((line) => (line.startsWith(prefix) ? line.slice(prefix.length) : line));
  const summary = lines.reverse().find((line) => /^\s*Tests\s+.*\(\d+\)\s*$/.test(line));
  if (!summary) return null;
  const number = (word) => Number(summary.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0);
  return {
    passed: number('passed'),
    failed: number('failed'),
    skipped: number('skipped') + number('todo'),
  };
}

const totals = { passed: 0, failed: 0, skipped: 0 };

function collectCounts(packages, output, { prefixed }) {
  for (const pkg of packages) {
    const file = path.join(pkg.dir, reportPath);
    let counts = existsSync(file) ? countFromReport(file) : null;
    counts ??= countFromOutput(output, prefixed ? pkg.name : '');
    if (!counts) {
      console.log(`  ${pkg.name}: no test report (it did not run, or crashed before reporting)`);
      continue;
    }
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    console.log(
      `  ${pkg.name}: ${counts.passed} passed, ${counts.failed} failed` +
        (counts.skipped ? `, ${counts.skipped} skipped` : ''),
    );
  }
}

function clearReports(packages) {
  for (const pkg of packages) rmSync(path.join(pkg.dir, reportPath), { force: true });
}

// --- the steps ---------------------------------------------------------------------------------

// turbo starts each task with the package manager named in package.json, found on PATH. Under
// `npx -y pnpm@10 test` it is there; when this file is run some other way, run it again under pnpm.
if (spawnSync('pnpm', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.log('pnpm is not on PATH: running again as `npx -y pnpm@10 exec node scripts/test.mjs`.');
  const again = spawnSync('npx', ['-y', 'pnpm@10', 'exec', 'node', 'scripts/test.mjs'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  process.exit(again.status ?? 1);
}

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };

const e2e = '@opale/e2e';
const allTested = testedPackages();
const unitPackages = allTested.filter((pkg) => pkg.name !== e2e);
const e2ePackages = allTested.filter((pkg) => pkg.name === e2e);

const steps = [
  {
    title: 'System packages',
    run: async () => {
      if (process.env.OPALE_TEST_SKIP_SYSTEM === '1')
        console.log('Skipped: OPALE_TEST_SKIP_SYSTEM=1.');
      else installSystemNeeds();
    },
    rerun: 'apt-get install -y chromium fonts-noto-core fonts-noto-color-emoji',
  },
  {
    title: 'Typecheck and lint',
    command: [bin('turbo'), 'run', 'typecheck', 'lint', '--concurrency=2'],
    rerun: 'pnpm exec turbo run typecheck lint',
  },
  {
    title: 'Root scripts and import rules',
    commands: [
      [bin('eslint'), '--max-warnings', '0', 'eslint.config.js', 'scripts'],
      [process.execPath, 'scripts/check-import-rules.mjs'],
    ],
    rerun: 'node scripts/check-import-rules.mjs',
  },
  {
    title: 'Formatting',
    command: ['pnpm', 'run', 'format:check'],
    rerun: 'pnpm format:check   (pnpm format fixes it)',
  },
  {
    title: 'Unit and integration tests',
    // One package at a time: integration tests open real servers and sockets, and on two cores
    // parallel packages make their timeouts flaky. --force: a cached run would write no report.
    command: [
      bin('turbo'),
      'run',
      'test',
      `--filter=!${e2e}`,
      '--concurrency=1',
      '--force',
      '--',
      ...vitestArgs,
    ],
    before: () => clearReports(unitPackages),
    after: (output) => collectCounts(unitPackages, output, { prefixed: true }),
    rerun: 'pnpm test:unit   (one package: pnpm --filter @opale/<name> test)',
  },
  {
    title: 'Build web and server',
    command: [bin('turbo'), 'run', 'build', '--filter=@opale/web', '--filter=@opale/server'],
    rerun: 'pnpm exec turbo run build --filter=@opale/web --filter=@opale/server',
  },
  {
    title: 'Browser tests (apps/e2e)',
    command: ['pnpm', '--filter', e2e, 'test', ...vitestArgs],
    before: () => clearReports(e2ePackages),
    after: (output) => collectCounts(e2ePackages, output, { prefixed: false }),
    rerun: 'pnpm test:e2e',
  },
];

async function main() {
  const started = Date.now();
  for (const [index, step] of steps.entries()) {
    const stepStarted = Date.now();
    console.log(`\n==> [${index + 1}/${steps.length}] ${step.title}`);
    let failure = null;
    try {
      step.before?.();
      if (step.run) {
        await step.run();
      } else {
        for (const [command, ...args] of step.commands ?? [step.command]) {
          const { code, output } = await run(command, args, env);
          step.after?.(output);
          if (code !== 0) {
            failure = `\`${path.basename(command)} ${args.join(' ')}\` exited with code ${code}`;
            break;
          }
        }
      }
    } catch (error) {
      if (!(error instanceof StepFailure)) throw error;
      failure = error.message;
    }
    const seconds = Math.round((Date.now() - stepStarted) / 1000);
    if (failure) {
      console.error(`\nFAILED at step ${index + 1}/${steps.length} (${step.title}): ${failure}`);
      console.error(`Fix it, then run \`pnpm test\` again; this step alone: ${step.rerun}`);
      return false;
    }
    console.log(`--> ${step.title}: ok (${seconds} s)`);
  }
  console.log(`\nAll steps passed in ${Math.round((Date.now() - started) / 1000)} s.`);
  return true;
}

const ok = await main().catch((error) => {
  console.error(error);
  return false;
});
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = ok && totals.failed === 0 ? 0 : 1;
