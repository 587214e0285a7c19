/**
 * `pnpm opale expire-incidents [--now <ISO>]`: runs the incident expiry job (retention) once,
 * as the server does every hour. `--now` moves its clock, to see what a later run would remove.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { expireIncidents, type ExpiryRun, type PlatformExpiry } from '@opale/api';
import { pendingMigrations } from '@opale/db';
import { openDatabase } from '../data-dir';
import { EvidenceStore } from '../incidents/evidence-store';
import { OperatorError } from '../operator-error';

const isoTime = z.iso.datetime({ offset: true });

/** Reads the command's options; throws an OperatorError saying what to type instead. */
export function parseExpireOptions(args: string[], clock: () => Date = () => new Date()): Date {
  let values: { now?: string | undefined };
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: { now: { type: 'string' } },
    }));
  } catch (error) {
    throw new OperatorError(
      `expire-incidents: ${(error as Error).message}. Usage: pnpm opale expire-incidents [--now 2032-11-25T12:00:00Z]`,
    );
  }
  if (values.now === undefined) return clock();
  if (!isoTime.safeParse(values.now).success) {
    throw new OperatorError(
      `--now must be a date and time in ISO 8601, like 2032-11-25T12:00:00Z; got '${values.now}'.`,
    );
  }
  return new Date(values.now);
}

export async function runExpireIncidents(
  databaseFile: string,
  dataDir: string,
  now: Date,
): Promise<ExpiryRun> {
  if (!existsSync(databaseFile)) {
    throw new OperatorError(
      `There is no database at ${databaseFile}, so nothing can expire. Check DATA_DIR.`,
    );
  }
  const { db } = openDatabase(databaseFile, dataDir);
  try {
    const pending = await pendingMigrations(db);
    if (pending.length > 0) {
      throw new OperatorError(
        `The database at ${databaseFile} is not up to date (${pending.join(', ')} not applied). ` +
          'Run `pnpm opale migrate` first.',
      );
    }
    const store = await EvidenceStore.open(dataDir);
    return await expireIncidents({
      db,
      now,
      removeEvidenceFile: (storageKey) => store.remove(storageKey),
      trigger: 'command',
      onFileError: (storageKey, error) =>
        console.error(
          `Could not delete the evidence file ${storageKey} (${(error as Error).message}); ` +
            'its record is gone, and the server deletes the file at its next start.',
        ),
    });
  } finally {
    await db.destroy();
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describePlatform(p: PlatformExpiry): string {
  const parts = [
    p.draftsDeleted
      ? plural(p.draftsDeleted, 'unverified draft deleted', 'unverified drafts deleted')
      : '',
    p.witnessesErased ? plural(p.witnessesErased, 'witness erased', 'witnesses erased') : '',
    p.attachmentsRemoved
      ? plural(p.attachmentsRemoved, 'evidence file removed', 'evidence files removed')
      : '',
    p.reportsRedacted ? plural(p.reportsRedacted, 'report redacted', 'reports redacted') : '',
  ].filter(Boolean);
  const held = p.heldByFollowup
    ? ` (${plural(p.heldByFollowup, 'report kept', 'reports kept')} for a pending follow-up)`
    : '';
  const failed = p.filesNotRemoved
    ? ` ${plural(p.filesNotRemoved, 'file', 'files')} could not be deleted; see above.`
    : '';
  return `  ${p.platformSlug}: ${parts.length ? parts.join(', ') : 'nothing had expired'}${held}.${failed}`;
}

export function describeExpiryRun(run: ExpiryRun): string {
  const lines = [`Incident expiry as of ${run.at}:`, ...run.platforms.map(describePlatform)];
  if (run.platforms.length === 0) lines.push('  there are no platforms yet.');
  if (run.checkpoint && run.checkpoint.busy !== 0) {
    lines.push(
      'The database could not fold its write-ahead log into the file (the server was reading): ' +
        'deleted data may linger there until the server’s next hourly run, or run this command again.',
    );
  } else if (run.checkpoint) {
    lines.push(
      'What was deleted is overwritten in the database file, and its write-ahead log is emptied.',
    );
  }
  return lines.join('\n');
}
