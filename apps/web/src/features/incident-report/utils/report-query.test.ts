import { describe, expect, it } from 'vitest';
import {
  daysIn,
  monthStartBefore,
  reportExportLinks,
  reportQueryOf,
  reportSearch,
} from './report-query';

const today = '2026-11-26';
const query = (search: string) => reportQueryOf(new URLSearchParams(search), today);

describe('the report’s period and scope', () => {
  it('counts the last 3 months as whole months, the current one included, by default', () => {
    expect(query('')).toEqual({
      period: '3m',
      scope: 'all',
      from: '2026-09-01',
      to: '2026-11-26',
      problem: null,
    });
  });

  it('counts the last 12 months from the first day of the month eleven months back', () => {
    expect(query('period=12m&scope=own')).toMatchObject({
      from: '2025-12-01',
      to: today,
      scope: 'own',
    });
  });

  it('steps back across new year', () => {
    expect(monthStartBefore('2026-02-14', 2)).toBe('2025-12-01');
    expect(monthStartBefore('2026-01-31', 0)).toBe('2026-01-01');
    expect(monthStartBefore('2026-12-01', 11)).toBe('2026-01-01');
  });

  it('takes a custom period from the address, and says when its ends are swapped', () => {
    expect(query('period=custom&from=2026-10-01&to=2026-10-31')).toMatchObject({
      from: '2026-10-01',
      to: '2026-10-31',
      problem: null,
    });
    expect(query('period=custom&from=2026-10-31&to=2026-10-01').problem).toBe('order');
    // An unreadable end falls back to the default period's.
    expect(query('period=custom&from=2026-02-30&to=')).toMatchObject({
      from: '2026-09-01',
      to: today,
    });
  });

  it('ignores a period or scope it does not know', () => {
    expect(query('period=5y&scope=everyone')).toMatchObject({ period: '3m', scope: 'all' });
  });

  it('writes only what differs from the defaults into the address', () => {
    expect(reportSearch({ period: '3m', scope: 'all' })).toBe('');
    expect(reportSearch({ period: '12m', scope: 'shared' })).toBe('?period=12m&scope=shared');
    expect(
      reportSearch({ period: 'custom', scope: 'all', from: '2026-10-01', to: '2026-10-31' }),
    ).toBe('?period=custom&from=2026-10-01&to=2026-10-31');
  });

  it('links to the printable report and the CSVs of the same period; the full CSV has no scope', () => {
    expect(
      reportExportLinks('calais', { from: '2026-09-01', to: '2026-11-26', scope: 'shared' }),
    ).toEqual({
      printable: '/export/calais/incidents/report.html?from=2026-09-01&to=2026-11-26&scope=shared',
      csv: '/export/calais/incidents.csv?from=2026-09-01&to=2026-11-26&scope=shared',
      fullCsv: '/export/calais/incidents.csv?from=2026-09-01&to=2026-11-26&full=1',
    });
  });

  it('counts the days of a period, both ends included', () => {
    expect(daysIn('2026-11-01', '2026-11-30')).toBe(30);
    expect(daysIn('2026-11-26', '2026-11-26')).toBe(1);
    // 25 October 2026 has 25 hours in Paris: still one day.
    expect(daysIn('2026-10-24', '2026-10-26')).toBe(3);
  });
});
