/**
 * The operator's command line: `pnpm opale <command>` (DESIGN.md §6).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  email as emailSchema,
  newPassword,
  organisationKinds,
  personName,
  platformSlug,
  type OrganisationKind,
} from '@opale/core';
import { hashPassword } from '@opale/api';
import { findUserByEmail, migrateToLatest } from '@opale/db';
import { backupDatabase, restoreDatabase } from './cli/backup';
import { evidenceDirOf } from './incidents/evidence-store';
import { createAdmin } from './cli/create-admin';
import { describeExpiryRun, parseExpireOptions, runExpireIncidents } from './cli/expire-incidents';
import { promptHidden, readFirstLineOfStdin } from './cli/password-input';
import { openDatabase } from './data-dir';
import { seedDemoBoards } from './demo/seed-boards';
import { databaseHasUsers, formatDemoAccounts, seedDemo } from './demo/seed-demo';
import { SqlDocumentStore } from './live/sql-document-store';
import { readCliEnvironment, readServerConfig, type ServerConfig } from './env';
import { OperatorError } from './operator-error';

const usage = `Usage: pnpm opale <command>

Commands:
  migrate                      bring the database up to date
  create-admin --email E --name N --platform SLUG --organisation "Org name"
               [--platform-name "Calais"] [--organisation-kind KIND] [--password-stdin]
                               make someone admin of a platform, creating what is missing;
                               the password is asked on a terminal, or read from
                               OPALE_ADMIN_PASSWORD or (with --password-stdin) standard input
  seed-demo                    add the demo platforms, organisations and accounts (empty database only)
  backup <file>                copy the database to <file>; safe while the server runs
  restore <file>               replace the database by a backup; the server must be stopped
  expire-incidents [--now ISO] delete what the platforms' incident retention says has expired
                               (the server also does it at start and every hour); --now moves
                               the clock, e.g. --now 2032-11-25T12:00:00Z

Settings come from the environment (DATA_DIR, …): see apps/server/README.md.`;

class UsageError extends OperatorError {
  constructor(problem: string) {
    super(`${problem}\n\n${usage}`);
  }
}

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(usage);
    return;
  }
  const config = readServerConfig();
  const cliEnv = readCliEnvironment();
  // Paths typed by the operator are relative to where they typed them, not to apps/server.
  const pathArgument = (value: string) => resolve(cliEnv.invocationDir, value);

  switch (command) {
    case 'migrate': {
      noArguments(command, rest);
      await withDatabase(config, async (db) => {
        const { results = [] } = await migrateToLatest(db);
        const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
        console.log(
          applied.length
            ? `Applied ${applied.length} migration(s) to ${config.databaseFile}: ${applied.join(', ')}.`
            : `The database at ${config.databaseFile} is already up to date.`,
        );
      });
      return;
    }

    case 'create-admin':
      return runCreateAdmin(config, cliEnv.adminPassword, rest);

    case 'seed-demo': {
      noArguments(command, rest);
      await withDatabase(config, async (db) => {
        await migrateToLatest(db);
        if (await databaseHasUsers(db)) {
          throw new OperatorError(
            `The database at ${config.databaseFile} already has accounts, so the demo dataset was not added. ` +
              'Seed a fresh DATA_DIR instead (e.g. DATA_DIR=./demo-data pnpm opale seed-demo).',
          );
        }
        await seedDemo(db, new Date());
        await seedDemoBoards(db, new SqlDocumentStore(db), new Date());
        console.log(
          `Seeded the demo dataset into ${config.databaseFile}.\n\n${formatDemoAccounts()}`,
        );
      });
      return;
    }

    case 'backup': {
      const target = pathArgument(oneFile(command, rest));
      const summary = await backupDatabase(
        config.databaseFile,
        target,
        evidenceDirOf(config.dataDir),
      );
      console.log(
        `Backed up ${config.databaseFile} to ${target} (${formatBytes(summary.bytes)}, ${summary.users} accounts, ` +
          `migrations up to ${summary.migrations.at(-1) ?? 'none'}).` +
          (summary.evidence.dir
            ? `\nIncident evidence: ${summary.evidence.copied} files in ${summary.evidence.dir}; keep it with the backup.`
            : '') +
          (summary.evidence.missing > 0
            ? `\n${summary.evidence.missing} evidence files were deleted while the backup ran (retention); the backup lists them without their files.`
            : ''),
      );
      return;
    }

    case 'restore': {
      const source = pathArgument(oneFile(command, rest));
      const outcome = await restoreDatabase(
        source,
        config.databaseFile,
        config.dataDir,
        new Date(),
      );
      console.log(
        `Restored ${config.databaseFile} from ${source} (${outcome.users} accounts, migrations up to ` +
          `${outcome.migrations.at(-1) ?? 'none'}).` +
          (outcome.previousKeptAt
            ? `\nThe database it replaced is kept at ${outcome.previousKeptAt}; delete it once all is well.`
            : '') +
          (outcome.evidence.restored > 0
            ? `\nIncident evidence: ${outcome.evidence.restored} files put back.`
            : '') +
          (outcome.evidence.missing > 0
            ? `\n${outcome.evidence.missing} evidence files the database names are not in ${source}.evidence; those attachments will answer "not found".`
            : ''),
      );
      return;
    }

    case 'expire-incidents': {
      const now = parseExpireOptions(rest);
      const run = await runExpireIncidents(config.databaseFile, config.dataDir, now);
      console.log(describeExpiryRun(run));
      return;
    }

    default:
      throw new UsageError(`Unknown command '${command}'.`);
  }
}

async function runCreateAdmin(
  config: ServerConfig,
  envPassword: string | undefined,
  args: string[],
): Promise<void> {
  const { values } = usageErrorsOf('create-admin', () =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        platform: { type: 'string' },
        'platform-name': { type: 'string' },
        organisation: { type: 'string' },
        'organisation-kind': { type: 'string' },
        'password-stdin': { type: 'boolean' },
      },
    }),
  );
  const missing = (['email', 'name', 'platform', 'organisation'] as const).filter(
    (key) => !values[key],
  );
  if (missing.length)
    throw new UsageError(`create-admin needs ${missing.map((key) => `--${key}`).join(', ')}.`);

  const problems: string[] = [];
  const check = <T>(
    label: string,
    result:
      { success: true; data: T } | { success: false; error: { issues: { message: string }[] } },
  ) => {
    if (result.success) return result.data;
    problems.push(`${label}: ${result.error.issues.map((i) => i.message).join(' ')}`);
    return undefined;
  };
  const email = check('--email', emailSchema.safeParse(values.email));
  const name = check('--name', personName.safeParse(values.name));
  const slug = check('--platform', platformSlug.safeParse(values.platform));
  const organisationName = String(values.organisation).trim();
  if (organisationName.length < 2)
    problems.push('--organisation: give the organisation a name of at least 2 characters.');
  const kind = (values['organisation-kind'] ?? 'other') as OrganisationKind;
  if (!organisationKinds.includes(kind)) {
    problems.push(
      `--organisation-kind must be one of ${organisationKinds.join(', ')}, got '${kind}'.`,
    );
  }
  if (problems.length || !email || !name || !slug) throw new UsageError(problems.join('\n'));

  await withDatabase(config, async (db) => {
    await migrateToLatest(db);
    const existing = await findUserByEmail(db, email);
    const passwordHash = existing
      ? null
      : await hashPassword(await readNewPassword(Boolean(values['password-stdin']), envPassword));
    const outcome = await createAdmin(
      db,
      {
        email,
        name,
        platformSlug: slug,
        platformName:
          values['platform-name']?.trim() || slug.charAt(0).toUpperCase() + slug.slice(1),
        organisationName,
        organisationKind: kind,
        passwordHash,
      },
      new Date(),
    );
    const lines = [
      outcome.createdPlatform ? `Created the platform ${slug}.` : null,
      outcome.createdOrganisation ? `Created the organisation ${organisationName}.` : null,
      outcome.createdAccount
        ? `Created the account ${email}.`
        : `The account ${email} already existed; its password was left unchanged.`,
      {
        created: `${email} is now admin of ${slug}.`,
        promoted: `${email} was already a member of ${slug} and is now its admin.`,
        'already admin': `${email} was already admin of ${slug}; nothing else changed.`,
      }[outcome.membership],
      outcome.keptOrganisation
        ? `They stay in their organisation on ${slug}, ${outcome.keptOrganisation} (one membership per platform).`
        : null,
    ];
    console.log(lines.filter(Boolean).join('\n'));
  });
}

async function readNewPassword(
  fromStdin: boolean,
  envPassword: string | undefined,
): Promise<string> {
  let password: string;
  if (fromStdin) {
    password = await readFirstLineOfStdin();
  } else if (envPassword !== undefined) {
    password = envPassword;
  } else if (process.stdin.isTTY) {
    password = await promptHidden('Password for the new admin: ');
    const checked = newPassword.safeParse(password);
    if (!checked.success)
      throw new OperatorError(checked.error.issues.map((i) => i.message).join(' '));
    if ((await promptHidden('Type it again: ')) !== password) {
      throw new OperatorError(
        'The two passwords differ; nothing was changed. Run the command again.',
      );
    }
  } else {
    throw new OperatorError(
      'No password for the new account: run the command in a terminal to be asked, set OPALE_ADMIN_PASSWORD, ' +
        'or pipe it in with --password-stdin.',
    );
  }
  const checked = newPassword.safeParse(password);
  if (!checked.success)
    throw new OperatorError(checked.error.issues.map((i) => i.message).join(' '));
  return checked.data;
}

// ---------------------------------------------------------------------------------------------

async function withDatabase<T>(
  config: ServerConfig,
  work: (db: ReturnType<typeof openDatabase>['db']) => Promise<T>,
): Promise<T> {
  const { db } = openDatabase(config.databaseFile, config.dataDir);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

function usageErrorsOf<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message}`);
  }
}

function noArguments(command: string, rest: string[]): void {
  if (rest.length) throw new UsageError(`${command} takes no arguments, got '${rest.join(' ')}'.`);
}

function oneFile(command: string, rest: string[]): string {
  if (rest.length !== 1 || !rest[0] || rest[0].startsWith('-')) {
    throw new UsageError(
      `${command} needs exactly one file name, e.g. pnpm opale ${command} opale-backup.sqlite`,
    );
  }
  return rest[0];
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024)} KiB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof OperatorError) console.error(error.message);
  else console.error('The command failed:', error);
  process.exit(1);
});
