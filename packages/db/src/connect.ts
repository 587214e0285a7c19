import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export interface SqliteHandle {
  db: Kysely<Database>;
  /** The raw connection, for backups and pragmas; never for queries. */
  sqlite: SQLite.Database;
}

/**
 * Opens the embedded database. WAL lets readers run beside the single writer; synchronous=FULL
 * makes every acknowledged commit survive power loss (better-sqlite3 defaults WAL to NORMAL);
 * secure_delete=ON overwrites deleted content with zeros, so a witness name or a narrative that
 * retention erased is gone from the file, not merely unlinked (the expiry job then checkpoints the
 * WAL, which still holds old page images, into the file and truncates it).
 * `filename` is a path or ':memory:' for tests.
 */
export function openSqlite(filename: string): SqliteHandle {
  const sqlite = new SQLite(filename);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, sqlite };
}
