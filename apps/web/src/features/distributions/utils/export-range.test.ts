import { describe, expect, it } from 'vitest';
import { addDays, defaultExportRange, exportRangeProblem, exportUrl } from './export-range';

describe('the period of the CSV export', () => {
  it('starts on this week’s Monday and spans four weeks', () => {
    // Thursday 26 November 2026.
    expect(defaultExportRange('2026-11-26')).toEqual({ from: '2026-11-23', to: '2026-12-20' });
    // A Monday starts on itself; a Sunday goes back six days.
    expect(defaultExportRange('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-12-20' });
    expect(defaultExportRange('2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-12-20' });
  });

  it('crosses months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(defaultExportRange('2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-24' });
  });

  it('refuses a missing, reversed or too long period', () => {
    expect(exportRangeProblem('', '2026-11-30')).toBe('missing');
    expect(exportRangeProblem('2026-11-30', '2026-11-01')).toBe('reversed');
    expect(exportRangeProblem('2026-11-01', '2027-02-01')).toBe('tooLong');
    expect(exportRangeProblem('2026-11-01', '2027-01-31')).toBe(null); // 92 days
  });

  it('builds the download URL', () => {
    expect(exportUrl('calais', '2026-11-23', '2026-12-20')).toBe(
      '/export/calais/distributions.csv?from=2026-11-23&to=2026-12-20',
    );
  });
});
