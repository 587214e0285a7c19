/**
 * The data folder: the SQLite file and a pid file that says a server is using it. The pid file
 * lets `restore` refuse to swap the database under a running server, and stops a second server
 * from opening the same file (two servers would each hold their own copy of the live documents).
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite, type SqliteHandle } from '@opale/db';
import { OperatorError } from './operator-error';

export function pidFileOf(dataDir: string): string {
  return join(dataDir, 'opale.pid');
}

/** The pid of the server using this data folder, or null when none is running. */
export function runningServerPid(dataDir: string): number | null {
  let text: string;
  try {
    text = readFileSync(pidFileOf(dataDir), 'utf8');
  } catch {
    return null;
  }
  const pid = Number(text.trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return processIsAlive(pid) ? pid : null;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user; ESRCH: it is gone (a crash left the file).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Marks the data folder as used by this process; returns the function that releases it.
 * Throws with an explanation when another live server holds it.
 */
export function claimDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const pidFile = pidFileOf(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(pidFile, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        if (runningServerPid(dataDir) === process.pid) rmSync(pidFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const other = runningServerPid(dataDir);
      if (other !== null && other !== process.pid) {
        throw new OperatorError(
          `Another Opale server (process ${other}) is already using ${dataDir}. ` +
            `Stop it first, or give this one another DATA_DIR. If no server is running, delete ${pidFile}.`,
        );
      }
      // Left behind by a server that did not shut down cleanly.
      rmSync(pidFile, { force: true });
    }
  }
  throw new OperatorError(`Could not write ${pidFile}; check that the folder is writable.`);
}

/** Opens (creating the folder if needed) the SQLite database of this data folder. */
export function openDatabase(databaseFile: string, dataDir: string): SqliteHandle {
  mkdirSync(dataDir, { recursive: true });
  return openSqlite(databaseFile);
}
