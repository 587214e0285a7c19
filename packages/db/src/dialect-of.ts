import { PostgresAdapter, type Kysely } from 'kysely';

/** Migrations stay dialect-neutral except where SQL types differ (auto-increment keys). */
export function usesPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
