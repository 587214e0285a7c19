import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readServerConfig, repoRoot } from '../src/env';

function problemsOf(env: Record<string, string>): string[] {
  try {
    readServerConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('the settings were accepted');
}

describe('reading the settings from the environment', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(readServerConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: join(repoRoot, 'data'),
      databaseFile: join(repoRoot, 'data', 'opale.sqlite'),
      publicOrigin: 'http://127.0.0.1:3000',
      sessionIdleHours: 12,
      sessionAbsoluteDays: 14,
      logLevel: 'info',
      webDist: join(repoRoot, 'apps', 'web', 'dist'),
      trustProxy: false,
      incidentExpiryIntervalMinutes: 60,
    });
  });

  it('runs the incident expiry at most a day apart', () => {
    expect(
      readServerConfig({ INCIDENT_EXPIRY_INTERVAL_MINUTES: '15' }).incidentExpiryIntervalMinutes,
    ).toBe(15);
    expect(problemsOf({ INCIDENT_EXPIRY_INTERVAL_MINUTES: '2000' })).toEqual([
      "INCIDENT_EXPIRY_INTERVAL_MINUTES must be a whole number between 1 and 1440, got '2000'",
    ]);
  });

  it('finds the repository root from its own location, whatever the working directory', () => {
    expect(repoRoot).toBe(join(import.meta.dirname, '..', '..', '..'));
  });

  it('resolves relative folders against the repository root and keeps absolute ones', () => {
    const config = readServerConfig({ DATA_DIR: 'var/opale', WEB_DIST: '/srv/opale/web' });
    expect(config.dataDir).toBe(join(repoRoot, 'var', 'opale'));
    expect(config.databaseFile).toBe(join(repoRoot, 'var', 'opale', 'opale.sqlite'));
    expect(config.webDist).toBe('/srv/opale/web');
  });

  it('treats empty values as unset', () => {
    expect(readServerConfig({ PORT: '', DATABASE_URL: '', REDIS_URL: ' ' }).port).toBe(3000);
  });

  it('derives the public origin from PORT, and normalises a given one', () => {
    expect(readServerConfig({ PORT: '8080' }).publicOrigin).toBe('http://127.0.0.1:8080');
    expect(readServerConfig({ PUBLIC_ORIGIN: 'https://Opale.Example.org:443/' }).publicOrigin).toBe(
      'https://opale.example.org',
    );
  });

  it('explains every bad value in its own sentence, all at once', () => {
    expect(
      problemsOf({
        PORT: 'abc',
        LOG_LEVEL: 'loud',
        SESSION_IDLE_HOURS: '1.5',
        PUBLIC_ORIGIN: 'opale',
      }),
    ).toEqual([
      "PORT must be a whole number between 1 and 65535, got 'abc'",
      "SESSION_IDLE_HOURS must be a whole number between 1 and 720, got '1.5'",
      "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got 'loud'",
      "PUBLIC_ORIGIN must be a web address like https://opale.example.org, got 'opale'",
    ]);
    expect(problemsOf({ PORT: '70000' })).toEqual([
      "PORT must be a whole number between 1 and 65535, got '70000'",
    ]);
  });

  it('says how many settings are wrong in the message an operator sees', () => {
    expect(() => readServerConfig({ PORT: '0', SESSION_ABSOLUTE_DAYS: 'two weeks' })).toThrow(
      /Opale cannot start: 2 settings are wrong\.\n {2}- PORT must be/,
    );
  });

  it('refuses a PUBLIC_ORIGIN with a path or another scheme', () => {
    expect(problemsOf({ PUBLIC_ORIGIN: 'https://example.org/opale' })[0]).toMatch(/without a path/);
    expect(problemsOf({ PUBLIC_ORIGIN: 'ftp://example.org' })[0]).toMatch(
      /must start with https:\/\//,
    );
  });

  it('refuses a Postgres DATABASE_URL until scale-out, without repeating its password', () => {
    const [problem] = problemsOf({ DATABASE_URL: 'postgres://opale:s3cret@db.internal/opale' });
    expect(problem).toMatch(/Postgres support arrives with scale-out; unset DATABASE_URL/);
    expect(problem).not.toContain('s3cret');
    expect(problemsOf({ DATABASE_URL: 'mysql://root:s3cret@db/opale' })[0]).not.toContain('s3cret');
  });

  it('refuses REDIS_URL until scale-out', () => {
    expect(problemsOf({ REDIS_URL: 'redis://127.0.0.1:6379' })[0]).toMatch(
      /scale-out; unset REDIS_URL/,
    );
  });

  it('reads TRUST_PROXY as off, on, a hop count or a list of addresses', () => {
    expect(readServerConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(readServerConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readServerConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.0.0.0/8',
    ]);
    expect(problemsOf({ TRUST_PROXY: 'the nginx box' })[0]).toMatch(/^TRUST_PROXY must be/);
  });
});
