/**
 * Which code a run measured: the commit, whether the measured sources differ from it, and a hash
 * of those sources taken at the start and the end (others may edit the work tree during a run).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Sources the servers under test run, relative to the repository root. */
const measured = [
  'packages/sync/src',
  'packages/core/src',
  'packages/db/src',
  'packages/api/src',
  'apps/server/src/live',
  'apps/server/src/guide',
  'apps/server/src/http',
  'apps/bench/src',
];

function files(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

export function sourceHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of measured.flatMap((dir) => files(path.join(root, dir))).sort()) {
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

export interface CodeState {
  commit: string;
  /** The measured sources differ from the commit (uncommitted edits). */
  dirty: boolean;
  hash: string;
}

export function codeState(root: string): CodeState {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  return {
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    dirty: git('status', '--porcelain', '--', ...measured) !== '',
    hash: sourceHash(root),
  };
}
