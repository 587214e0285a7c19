/**
 * Starts Opale: `node dist/main.js serve [--seed-demo]`. Reads the settings, claims the data
 * folder, migrates the database, serves until SIGINT/SIGTERM, then shuts down cleanly.
 */
import { migrateToLatest } from '@opale/db';
import { buildServer } from './app';
import { claimDataDir, openDatabase } from './data-dir';
import { seedDemoBoards } from './demo/seed-boards';
import { EvidenceStore } from './incidents/evidence-store';
import { scheduleIncidentExpiry } from './incidents/expiry-schedule';
import { databaseHasUsers, formatDemoAccounts, seedDemo } from './demo/seed-demo';
import { SqlDocumentStore } from './live/sql-document-store';
import { readServerConfig } from './env';
import { OperatorError } from './operator-error';

const usage = 'Usage: node dist/main.js serve [--seed-demo]';
const shutdownGraceMs = 10_000;

async function serve(options: { seedDemo: boolean }): Promise<void> {
  const config = readServerConfig();
  const releaseDataDir = claimDataDir(config.dataDir);
  const { db } = openDatabase(config.databaseFile, config.dataDir);
  try {
    await migrateToLatest(db);
    let seeded = false;
    if (options.seedDemo && !(await databaseHasUsers(db))) {
      await seedDemo(db, new Date());
      await seedDemoBoards(db, new SqlDocumentStore(db), new Date());
      seeded = true;
    }

    const app = await buildServer(config, { db });
    let address: string;
    try {
      address = await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      await app.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
        throw new OperatorError(
          `Opale cannot listen on ${config.host}:${config.port} (${code}): ` +
            (code === 'EADDRINUSE'
              ? 'another program uses that port. Stop it or choose another PORT.'
              : 'check HOST and PORT.'),
        );
      }
      throw error;
    }
    app.log.info(
      { address, publicOrigin: config.publicOrigin, dataDir: config.dataDir },
      'Opale is listening',
    );

    if (options.seedDemo) {
      console.log(
        `\n${seeded ? 'Seeded the demo dataset.' : 'The database already has accounts; the demo dataset was not added again.'}\n` +
          `${formatDemoAccounts()}\n`,
      );
    }
    console.log(
      `Opale is running at ${config.publicOrigin} (listening on ${address}). Stop it with Ctrl+C.\n`,
    );

    // Retention: what the platforms' settings say has expired is deleted now and every interval.
    const evidence = await EvidenceStore.open(config.dataDir, { webDist: config.webDist });
    const expiry = scheduleIncidentExpiry({
      db,
      intervalMinutes: config.incidentExpiryIntervalMinutes,
      now: () => new Date(),
      removeEvidenceFile: (storageKey) => evidence.remove(storageKey),
      log: app.log,
    });

    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        app.log.warn(`received ${signal} again: exiting without waiting`);
        process.exit(1);
      }
      stopping = true;
      app.log.info(`received ${signal}: finishing open requests, then stopping`);
      const forced = setTimeout(() => {
        app.log.error(`open requests did not finish within ${shutdownGraceMs / 1000} s: exiting`);
        process.exit(1);
      }, shutdownGraceMs);
      forced.unref();
      void (async () => {
        try {
          await expiry.stop();
          await app.close();
          await db.destroy();
        } finally {
          releaseDataDir();
        }
        app.log.info('Opale stopped');
        process.exit(0);
      })();
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  } catch (error) {
    await db.destroy().catch(() => {});
    releaseDataDir();
    throw error;
  }
}

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', ...flags] = argv;
  const unknown = flags.filter((flag) => flag !== '--seed-demo');
  if (command !== 'serve' || unknown.length > 0) {
    throw new OperatorError(
      `${command !== 'serve' ? `Unknown command '${command}'.` : `Unknown option ${unknown.join(' ')}.`} ${usage}\n` +
        'Other tasks (migrate, create-admin, seed-demo, backup, restore) run with `pnpm opale <command>`.',
    );
  }
  await serve({ seedDemo: flags.includes('--seed-demo') });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof OperatorError) console.error(error.message);
  else console.error('Opale could not start:', error);
  process.exit(1);
});
