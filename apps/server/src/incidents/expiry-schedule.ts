/**
 * Runs the incident expiry job (retention) at start and then every interval, one run at a time;
 * `stop` waits for a run in progress, so shutdown never closes the database under it.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { expireIncidents, type ExpiryRun } from '@opale/api';
import type { Database } from '@opale/db';

export interface IncidentExpirySchedule {
  /** Runs once now unless a run is in progress (then waits for that one). */
  runNow(): Promise<ExpiryRun | undefined>;
  /** No run starts after this; resolves once the current one, if any, has finished. */
  stop(): Promise<void>;
}

export function scheduleIncidentExpiry(options: {
  db: Kysely<Database>;
  intervalMinutes: number;
  now: () => Date;
  removeEvidenceFile: (storageKey: string) => Promise<void>;
  log: FastifyBaseLogger;
}): IncidentExpirySchedule {
  const { log } = options;
  let running: Promise<ExpiryRun | undefined> | null = null;
  let stopped = false;

  const runNow = (): Promise<ExpiryRun | undefined> => {
    if (stopped) return Promise.resolve(undefined);
    running ??= (async () => {
      try {
        const run = await expireIncidents({
          db: options.db,
          now: options.now(),
          removeEvidenceFile: options.removeEvidenceFile,
          trigger: 'schedule',
          onFileError: (storageKey, error) =>
            log.error(
              { err: error, storageKey },
              'incident expiry: an evidence file could not be deleted; it will be swept at next start',
            ),
        });
        const removed = run.platforms.filter(
          (p) => p.draftsDeleted + p.witnessesErased + p.attachmentsRemoved + p.reportsRedacted > 0,
        );
        if (removed.length > 0)
          log.info({ platforms: removed }, 'incident expiry: removed expired data');
        if (run.checkpoint && run.checkpoint.busy !== 0) {
          log.warn(
            { checkpoint: run.checkpoint },
            'incident expiry: the WAL could not be emptied (a reader was busy); the next run tries again',
          );
        }
        return run;
      } catch (error) {
        // A failed run must not stop the server; the next one tries again.
        log.error({ err: error }, 'incident expiry failed; it runs again at the next interval');
        return undefined;
      } finally {
        running = null;
      }
    })();
    return running;
  };

  void runNow();
  const timer = setInterval(() => void runNow(), options.intervalMinutes * 60_000);
  timer.unref();

  return {
    runNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
