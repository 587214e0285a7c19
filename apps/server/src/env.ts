/**
 * The only module that reads `process.env`. Every variable is checked once, at start, and every
 * bad value gets its own sentence, so an operator fixes them all in one go.
 *
 * Relative paths (DATA_DIR, WEB_DIST) are resolved against the repository root, not the working
 * directory: pnpm runs package scripts inside apps/server, and `./data` must mean the same folder
 * whether Opale was started with `pnpm start`, `pnpm opale …` or `node apps/server/dist/main.js`.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { OperatorError } from './operator-error';

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute path of the folder holding the database file and the server's pid file. */
  dataDir: string;
  /** Absolute path of the SQLite database file, inside dataDir. */
  databaseFile: string;
  /** Scheme, host and port only (`https://opale.example`), without a trailing slash. */
  publicOrigin: string;
  sessionIdleHours: number;
  sessionAbsoluteDays: number;
  logLevel: LogLevel;
  /** Absolute path of the built web app (the folder holding index.html). */
  webDist: string;
  /** Fastify's `trustProxy`: false, true, a hop count, or the proxies' addresses. */
  trustProxy: boolean | number | string[];
  /** How often the incident expiry job runs (retention), in minutes; it also runs at start. */
  incidentExpiryIntervalMinutes: number;
}

export class ConfigError extends OperatorError {
  constructor(readonly problems: string[]) {
    super(
      `Opale cannot start: ${problems.length === 1 ? 'one setting is' : `${problems.length} settings are`} wrong.\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
  }
}

/** The folder holding pnpm-workspace.yaml, found from this module's own location. */
export const repoRoot: string = findRepoRoot();

function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    // Installed outside the repository (a copied bundle): fall back to the working directory.
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

// ---------------------------------------------------------------------------------------------
// Value parsers. An empty string counts as unset, as env files and compose files often leave it.

type Raw = string | undefined;
const given = (raw: Raw): raw is string => raw !== undefined && raw.trim() !== '';

function wholeNumber(name: string, min: number, max: number, fallback: number) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!given(raw)) return fallback;
      const value = Number(raw.trim());
      if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be a whole number between ${min} and ${max}, got '${raw}'`,
        });
        return z.NEVER;
      }
      return value;
    });
}

function folder(name: string, fallback: string) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = given(raw) ? raw.trim() : fallback;
      if (value.includes('\0')) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a folder path, got '${raw}'` });
        return z.NEVER;
      }
      return isAbsolute(value) ? value : resolve(repoRoot, value);
    });
}

const envSchema = z.object({
  PORT: wholeNumber('PORT', 1, 65535, 3000),
  HOST: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!given(raw)) return '127.0.0.1';
      if (!/^[A-Za-z0-9.:\-[\]%]+$/.test(raw.trim())) {
        ctx.addIssue({
          code: 'custom',
          message: `HOST must be an address to listen on, like 127.0.0.1 or 0.0.0.0, got '${raw}'`,
        });
        return z.NEVER;
      }
      return raw.trim();
    }),
  DATA_DIR: folder('DATA_DIR', './data'),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!given(raw)) return undefined;
      // Never echo the URL back: it usually carries a password.
      const scheme = raw.trim().split(':', 1)[0]?.toLowerCase() ?? '';
      ctx.addIssue({
        code: 'custom',
        message:
          scheme === 'postgres' || scheme === 'postgresql'
            ? 'DATABASE_URL is set, but Postgres support arrives with scale-out; unset DATABASE_URL to use the SQLite file in DATA_DIR.'
            : `DATABASE_URL must be unset (SQLite in DATA_DIR) or, once scale-out arrives, a postgres:// URL; got a '${scheme}:' URL`,
      });
      return z.NEVER;
    }),
  REDIS_URL: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!given(raw)) return undefined;
      ctx.addIssue({
        code: 'custom',
        message:
          'REDIS_URL is set, but fan-out between several nodes arrives with scale-out; unset REDIS_URL to run a single node.',
      });
      return z.NEVER;
    }),
  PUBLIC_ORIGIN: z.string().optional(),
  SESSION_IDLE_HOURS: wholeNumber('SESSION_IDLE_HOURS', 1, 24 * 30, 12),
  SESSION_ABSOLUTE_DAYS: wholeNumber('SESSION_ABSOLUTE_DAYS', 1, 365, 14),
  // At most a day: a longer wait would keep expired witness names and evidence past their limit.
  INCIDENT_EXPIRY_INTERVAL_MINUTES: wholeNumber('INCIDENT_EXPIRY_INTERVAL_MINUTES', 1, 1440, 60),
  LOG_LEVEL: z
    .string()
    .optional()
    .transform((raw, ctx): LogLevel => {
      if (!given(raw)) return 'info';
      const level = raw.trim().toLowerCase();
      if (!(logLevels as readonly string[]).includes(level)) {
        ctx.addIssue({
          code: 'custom',
          message: `LOG_LEVEL must be one of ${logLevels.join(', ')}, got '${raw}'`,
        });
        return z.NEVER;
      }
      return level as LogLevel;
    }),
  WEB_DIST: folder('WEB_DIST', 'apps/web/dist'),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((raw, ctx): ServerConfig['trustProxy'] => {
      if (!given(raw)) return false;
      const value = raw.trim().toLowerCase();
      if (value === 'false' || value === '0') return false;
      if (value === 'true') return true;
      if (/^\d+$/.test(value)) return Number(value);
      const addresses = value.split(',').map((part) => part.trim());
      if (addresses.every((part) => /^[0-9a-f.:/]+$/.test(part) && part !== '')) return addresses;
      ctx.addIssue({
        code: 'custom',
        message: `TRUST_PROXY must be false, true, a number of proxy hops, or the proxies' addresses separated by commas, got '${raw}'`,
      });
      return z.NEVER;
    }),
});

function parsePublicOrigin(raw: Raw, port: number): { origin: string } | { problem: string } {
  if (!given(raw)) return { origin: `http://127.0.0.1:${port}` };
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return {
      problem: `PUBLIC_ORIGIN must be a web address like https://opale.example.org, got '${raw}'`,
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      problem: `PUBLIC_ORIGIN must start with https:// (or http:// for local use), got '${raw}'`,
    };
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
    return {
      problem: `PUBLIC_ORIGIN must be only the scheme, host and port (like https://opale.example.org), without a path; got '${raw}'`,
    };
  }
  return { origin: url.origin };
}

/** Reads and checks the server's settings; throws a ConfigError listing every bad value. */
export function readServerConfig(
  env: Record<string, string | undefined> = process.env,
): ServerConfig {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  const port = parsed.success ? parsed.data.PORT : 3000;
  const origin = parsePublicOrigin(env.PUBLIC_ORIGIN, port);
  if ('problem' in origin) problems.push(origin.problem);
  if (!parsed.success || 'problem' in origin) throw new ConfigError(problems);

  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: values.DATA_DIR,
    databaseFile: join(values.DATA_DIR, 'opale.sqlite'),
    publicOrigin: origin.origin,
    sessionIdleHours: values.SESSION_IDLE_HOURS,
    sessionAbsoluteDays: values.SESSION_ABSOLUTE_DAYS,
    logLevel: values.LOG_LEVEL,
    webDist: values.WEB_DIST,
    trustProxy: values.TRUST_PROXY,
    incidentExpiryIntervalMinutes: values.INCIDENT_EXPIRY_INTERVAL_MINUTES,
  };
}

/** What the CLI reads beyond the server settings. */
export interface CliEnvironment {
  /** The folder the operator typed the command in (pnpm runs scripts inside apps/server). */
  invocationDir: string;
  /** For `create-admin` without a terminal: the new admin's password. */
  adminPassword: string | undefined;
}

export function readCliEnvironment(
  env: Record<string, string | undefined> = process.env,
): CliEnvironment {
  return {
    invocationDir: given(env.INIT_CWD) ? env.INIT_CWD : process.cwd(),
    adminPassword: given(env.OPALE_ADMIN_PASSWORD) ? env.OPALE_ADMIN_PASSWORD : undefined,
  };
}
