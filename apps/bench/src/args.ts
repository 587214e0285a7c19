/** The command-line options every benchmark takes, and reading whole numbers from them. */

/** For node:util parseArgs: where files go, where results go, how long at most, help. */
export const commonOptions = {
  'temp-root': { type: 'string' },
  results: { type: 'string' },
  'no-results': { type: 'boolean' },
  'timeout-minutes': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface CommonValues {
  'temp-root'?: string;
  results?: string;
  'no-results'?: boolean;
  'timeout-minutes'?: string;
  help?: boolean;
}

/** A whole number of at least `least`, or `fallback` when the option is not given. */
export function wholeNumber(value: string | undefined, fallback: number, least: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < least) throw new Error(`not a whole number ≥ ${least}: ${value}`);
  return n;
}

/** What the common options say, with this benchmark's own time limit by default. */
export function commonValues(values: CommonValues, defaultTimeoutMinutes: number) {
  return {
    tempRoot: values['temp-root'] ? { tempRoot: values['temp-root'] } : {},
    /** Where to append the results: a file, the default file (undefined), or nowhere (null). */
    results: values['no-results'] ? null : values.results,
    timeoutMinutes: wholeNumber(values['timeout-minutes'], defaultTimeoutMinutes, 1),
    help: values.help === true,
  };
}
