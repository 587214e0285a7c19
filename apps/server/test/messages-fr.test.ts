/**
 * Every message the server side can show a person has its French: the sources are read for
 * them (`message-sources.ts`) and each must be a key of the catalogue. A new message without its
 * French fails here, with the file and line to translate.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frenchMessages, translateMessage } from '@opale/core';
import { repoRoot } from '../src/env';
import { sourceMessages } from './message-sources';

/** Where messages shown to people are raised. */
const messageDirs = [
  'packages/core/src',
  'packages/api/src',
  'packages/sync/src',
  'apps/server/src',
];
/**
 * Not messages of the app: the public guide's own words and language names (in its languages
 * already), the incident lists' names, the calendar feed's and the printable report's words (in
 * the reader's language already), the open-data feed (HSDS, English by its standard), the
 * operator's CLI and configuration, invented demo data, and the catalogues themselves.
 */
const leftOut = [
  'packages/core/src/guide/strings',
  'packages/core/src/messages',
  'packages/core/src/incidents/labels.ts',
  'packages/core/src/guide/languages.ts',
  'apps/server/src/exports/agenda-calendar.ts',
  'apps/server/src/exports/incident-report-html.ts',
  'apps/server/src/guide/hsds.ts',
  'apps/server/src/cli',
  'apps/server/src/main.ts',
  'apps/server/src/operator-error.ts',
  'apps/server/src/data-dir.ts',
  'apps/server/src/env.ts',
  'apps/server/src/demo',
];

describe('the server’s messages in French', () => {
  const messages = sourceMessages(repoRoot, messageDirs, leftOut);

  it('finds the messages in the sources', () => {
    expect(messages.length).toBeGreaterThan(200);
    expect(messages.map((m) => m.key)).toContain(
      'There is no such incident on {}, or it is not shared with you.',
    );
  });

  it('has the French of every one of them', () => {
    const missing = messages.filter((m) => !(m.key in frenchMessages));
    if (missing.length > 0 && process.env.OPALE_MISSING_MESSAGES) {
      writeFileSync(process.env.OPALE_MISSING_MESSAGES, JSON.stringify(missing, null, 2));
    }
    expect(missing.map((m) => `${m.file}:${m.line} ${m.key}`)).toEqual([]);
  });

  it('keeps every value of a message in its French', () => {
    for (const [english, french] of Object.entries(frenchMessages)) {
      const values = english.split('{}').length - 1;
      for (let i = 1; i <= values; i += 1) {
        expect(french, `${english} → ${french}`).toContain(`{${i}}`);
      }
      expect(french.match(/\{(\d+)\}/g)?.length ?? 0, english).toBeLessThanOrEqual(values * 2);
    }
  });

  it('translates a message with its values, and leaves an unknown one as it is', () => {
    expect(
      translateMessage('There is no such incident on Calais, or it is not shared with you.', 'fr'),
    ).not.toMatch(/There is no such incident/);
    expect(
      translateMessage('There is no such incident on Calais, or it is not shared with you.', 'fr'),
    ).toContain('Calais');
    expect(translateMessage('Something new.', 'fr')).toBe('Something new.');
    expect(translateMessage('Your session has ended. Sign in again to continue.', 'en')).toBe(
      'Your session has ended. Sign in again to continue.',
    );
  });
});
