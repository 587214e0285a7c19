import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteStatusOn } from '../src';

const day = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('a site’s active period', () => {
  it('is in use from its first day, and closed from the day it closed', () => {
    const site = { activeFrom: '2026-03-01', activeUntil: '2026-03-12' };
    expect(siteStatusOn(site, '2026-02-28')).toBe('upcoming');
    expect(siteStatusOn(site, '2026-03-01')).toBe('active');
    expect(siteStatusOn(site, '2026-03-11')).toBe('active');
    expect(siteStatusOn(site, '2026-03-12')).toBe('closed');
    expect(siteStatusOn(site, '2027-01-01')).toBe('closed');
  });

  it('counts a site without dates as in use', () => {
    expect(siteStatusOn({ activeFrom: null, activeUntil: null }, '2026-03-12')).toBe('active');
  });

  it('never reopens a closed site as days go by', () => {
    fc.assert(
      fc.property(fc.option(day), fc.option(day), day, day, (from, until, a, b) => {
        const site = { activeFrom: from, activeUntil: until };
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        if (siteStatusOn(site, earlier) === 'closed') {
          expect(siteStatusOn(site, later)).toBe('closed');
        }
        if (siteStatusOn(site, later) === 'upcoming') {
          expect(siteStatusOn(site, earlier)).toBe('upcoming');
        }
      }),
    );
  });
});
