/**
 * Backup and restore of the SQLite database. Both go through SQLite's online backup API, which
 * copies a consistent state even while the server writes (and picks up what is still in the WAL).
 * Incident evidence lives beside the database (`DATA_DIR/evidence/`): a backup takes the files
 * its database copy refers to into `<file>.evidence/`, and a restore puts them back.
 */
import {
  chmodSync,
  existsSync,
  linkSync,
  readdirSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readSync,
  closeSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { claimDataDir, runningServerPid } from '../data-dir';
import { evidenceDirOf, isEvidenceStorageKey } from '../incidents/evidence-store';
import { OperatorError } from '../operator-error';

export interface DatabaseSummary {
  migrations: string[];
  users: number;
  bytes: number;
}

export interface BackupSummary extends DatabaseSummary {
  /** Evidence files copied beside the backup, and those its database named but were gone. */
  evidence: { copied: number; missing: number; dir: string | null };
}

/** Where a backup keeps the evidence files of its database. */
export function evidenceBackupDirOf(backupFile: string): string {
  return `${backupFile}.evidence`;
}

/** The evidence files a database refers to (none before the evidence migration). */
function evidenceKeysOf(databaseFile: string): string[] {
  const db = new SQLite(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name = 'incident_attachments'",
      )
      .get();
    if (!table) return [];
    return (
      db.prepare('select storage_key as key from incident_attachments').all() as { key: string }[]
    ).map((row) => row.key);
  } finally {
    db.close();
  }
}

/**
 * Copies (or hard-links: evidence files are never changed, only deleted) each file `keys` names
 * from `from` into `to`, private to the owner. Returns how many were there and how many were not.
 */
function copyEvidence(keys: string[], from: string, to: string) {
  let copied = 0;
  let missing = 0;
  for (const key of keys) {
    // Keys are random hex names made by the store; anything else is not ours to copy.
    if (!isEvidenceStorageKey(key)) continue;
    const source = join(from, key);
    if (!existsSync(source)) {
      missing += 1;
      continue;
    }
    if (copied === 0) mkdirSync(to, { recursive: true, mode: 0o700 });
    const target = join(to, key);
    if (!existsSync(target)) {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
      chmodSync(target, 0o600);
    }
    copied += 1;
  }
  return { copied, missing };
}

export async function backupDatabase(
  databaseFile: string,
  target: string,
  evidenceDir?: string,
): Promise<BackupSummary> {
  if (!existsSync(databaseFile)) {
    throw new OperatorError(`There is no database at ${databaseFile} to back up. Check DATA_DIR.`);
  }
  if (existsSync(target) || existsSync(evidenceBackupDirOf(target))) {
    throw new OperatorError(
      `${target} already exists; choose a new file name for the backup (or delete that file and ${evidenceBackupDirOf(target)}).`,
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });

  const source = new SQLite(databaseFile, { fileMustExist: true, timeout: 5000 });
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  try {
    // One self-contained file: a copy in WAL mode would grow -wal and -shm companions when opened.
    const copy = new SQLite(partial, { fileMustExist: true });
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const summary = inspectOpaleDatabase(partial);
    // The files the copy refers to, taken after it: one deleted meanwhile (retention) is counted missing.
    const dir = evidenceBackupDirOf(target);
    const evidence = evidenceDir
      ? copyEvidence(evidenceKeysOf(partial), evidenceDir, dir)
      : { copied: 0, missing: 0 };
    renameSync(partial, target);
    return {
      ...summary,
      bytes: statSync(target).size,
      evidence: { ...evidence, dir: evidence.copied > 0 ? dir : null },
    };
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(evidenceBackupDirOf(target), { recursive: true, force: true });
    throw error;
  }
}

export interface RestoreOutcome extends DatabaseSummary {
  /** Where the database that was replaced now lives, if there was one. */
  previousKeptAt: string | null;
  /** Evidence files put back from `<file>.evidence/`, and those the database names but it lacked. */
  evidence: { restored: number; missing: number };
}

/**
 * Replaces the database of `dataDir` by the backup at `source`. Refuses while a server uses the
 * folder: it holds the old database open and live documents in memory.
 */
export async function restoreDatabase(
  source: string,
  databaseFile: string,
  dataDir: string,
  now: Date,
  evidenceDir: string = evidenceDirOf(dataDir),
): Promise<RestoreOutcome> {
  if (!existsSync(source))
    throw new OperatorError(`There is no file at ${source} to restore from.`);
  const summary = inspectOpaleDatabase(source);

  const running = runningServerPid(dataDir);
  if (running !== null) {
    throw new OperatorError(
      `An Opale server (process ${running}) is running on ${dataDir}. Stop it before restoring; nothing was changed.`,
    );
  }
  // Held while swapping, so that a server starting meanwhile refuses instead of opening a half-swapped file.
  const release = claimDataDir(dataDir);
  try {
    const incoming = `${databaseFile}.restoring`;
    rmSync(incoming, { force: true });
    const reader = openExisting(source);
    try {
      await reader.backup(incoming);
    } finally {
      reader.close();
    }

    let previousKeptAt: string | null = null;
    if (existsSync(databaseFile)) {
      // Fold the WAL into the main file so the kept copy is whole, then keep it beside.
      const current = new SQLite(databaseFile, { fileMustExist: true, timeout: 5000 });
      current.pragma('wal_checkpoint(TRUNCATE)');
      current.close();
      previousKeptAt = `${databaseFile}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
      try {
        linkSync(databaseFile, previousKeptAt);
      } catch {
        copyFileSync(databaseFile, previousKeptAt);
      }
    }
    // A WAL left beside the new file would be replayed into it: remove it before the swap.
    rmSync(`${databaseFile}-wal`, { force: true });
    rmSync(`${databaseFile}-shm`, { force: true });
    // The evidence first, so that the server's start-up sweep never sees rows without files.
    const keys = evidenceKeysOf(incoming);
    const kept = existsSync(evidenceBackupDirOf(source))
      ? new Set(readdirSync(evidenceBackupDirOf(source)))
      : new Set<string>();
    const { copied } = copyEvidence(
      keys.filter((key) => kept.has(key)),
      evidenceBackupDirOf(source),
      evidenceDir,
    );
    const missing = keys.filter((key) => !existsSync(join(evidenceDir, key))).length;
    renameSync(incoming, databaseFile);
    return {
      ...summary,
      bytes: statSync(databaseFile).size,
      previousKeptAt,
      evidence: { restored: copied, missing },
    };
  } finally {
    release();
  }
}

/** Checks that a file is a healthy Opale database; throws an explanation otherwise. */
export function inspectOpaleDatabase(file: string): DatabaseSummary {
  if (!hasSqliteHeader(file)) {
    throw new OperatorError(
      `${file} is not an SQLite database; give the file that \`pnpm opale backup\` wrote.`,
    );
  }
  const db = openExisting(file);
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw new OperatorError(
        `${file} is damaged (SQLite says: ${String(check)}); use another backup.`,
      );
    const tables = new Set(
      (
        db.prepare("select name from sqlite_master where type = 'table'").all() as {
          name: string;
        }[]
      ).map((t) => t.name),
    );
    if (!tables.has('kysely_migration') || !tables.has('users')) {
      throw new OperatorError(
        `${file} is an SQLite database but not an Opale one (it has no migrations or users table).`,
      );
    }
    const migrations = (
      db.prepare('select name from kysely_migration order by name').all() as { name: string }[]
    ).map((m) => m.name);
    const users = (db.prepare('select count(*) as count from users').get() as { count: number })
      .count;
    return { migrations, users, bytes: statSync(file).size };
  } finally {
    db.close();
  }
}

/**
 * Opens a file that must already be a database. Read-write when possible: a read-only connection
 * to a WAL database leaves -wal and -shm files behind.
 */
function openExisting(file: string): SQLite.Database {
  try {
    return new SQLite(file, { fileMustExist: true, timeout: 5000 });
  } catch {
    return new SQLite(file, { readonly: true, fileMustExist: true });
  }
}

function hasSqliteHeader(file: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    return (
      readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\0'
    );
  } finally {
    closeSync(fd);
  }
}
