import type { CapacityEntry, CapacityReading, CapacityService } from '@opale/core';
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  applyFilters,
  audiencesOf,
  filterChoices,
  groupByServiceType,
  noFilters,
  readFilters,
  servesAudience,
  splitArchived,
  writeFilters,
} from './capacity-list';

const now = new Date('2026-11-26T20:00:00.000Z');

const service = (fields: Partial<CapacityService> & { name: string }): CapacityService => ({
  serviceType: 'shelter',
  siteId: null,
  address: null,
  rrule: null,
  opensAt: null,
  closesAt: null,
  audience: '',
  unit: 'beds',
  total: 40,
  public: false,
  staleAfterMinutes: null,
  archived: false,
  ...fields,
});

const reading = (status: CapacityReading['status'], at: string): CapacityReading => ({
  status,
  available: null,
  total: 40,
  note: null,
  by: 'Alex',
  at,
});

const entry = (
  id: string,
  organisationId: string,
  fields: Partial<CapacityService> & { name: string },
  latest: CapacityReading | null = null,
): CapacityEntry => ({ id, organisationId, service: service(fields), reading: latest });

const nightShelter = entry(
  'night',
  'org-a',
  { name: 'Night shelter', audience: 'single_men' },
  reading('full', '2026-11-26T19:30:00.000Z'),
);
const familyShelter = entry(
  'family',
  'org-b',
  { name: 'Family shelter', audience: 'families women' },
  // Four hours old: past a shelter's three.
  reading('limited', '2026-11-26T16:00:00.000Z'),
);
const showers = entry(
  'showers',
  'org-a',
  { name: 'Showers', serviceType: 'showers', unit: 'slots' },
  reading('open', '2026-11-26T12:00:00.000Z'),
);
const consultation = entry('doctor', 'org-b', {
  name: 'Consultation',
  serviceType: 'medical_consultation',
});
const all = [nightShelter, familyShelter, showers, consultation];
const names = (entries: readonly CapacityEntry[]) => entries.map((e) => e.service.name);

describe('filters in the address', () => {
  it('reads what a shared link says and ignores what it cannot mean', () => {
    const search = new URLSearchParams(
      'type=shelter&org=org-a&status=full&for=women&unconfirmed=1&tab=x',
    );
    expect(readFilters(search)).toEqual({
      serviceType: 'shelter',
      organisation: 'org-a',
      status: 'full',
      audience: 'women',
      toConfirm: true,
    });
    expect(readFilters(new URLSearchParams('status=busy&for=nobody&unconfirmed=yes'))).toEqual(
      noFilters,
    );
  });

  it('writes the filters back, keeping other parameters and dropping cleared ones', () => {
    const search = new URLSearchParams('tab=x&type=showers');
    const next = writeFilters(search, { ...noFilters, status: 'open', toConfirm: true });
    expect(next.toString()).toBe('tab=x&status=open&unconfirmed=1');
  });

  it('counts the filters on', () => {
    expect(activeFilterCount(noFilters)).toBe(0);
    expect(activeFilterCount({ ...noFilters, audience: 'women', toConfirm: true })).toBe(2);
  });
});

describe('audiences', () => {
  it('reads the named categories in the catalogue’s order and none as everyone', () => {
    expect(audiencesOf({ audience: 'women  families unknown' })).toEqual(['women', 'families']);
    expect(audiencesOf({ audience: '' })).toEqual([]);
    expect(audiencesOf({ audience: 'everyone' })).toEqual([]);
  });

  it('counts a service open to everyone as serving every category', () => {
    expect(servesAudience({ audience: '' }, 'women')).toBe(true);
    expect(servesAudience({ audience: 'families women' }, 'women')).toBe(true);
    expect(servesAudience({ audience: 'single_men' }, 'women')).toBe(false);
    expect(servesAudience({ audience: '' }, 'everyone')).toBe(true);
    expect(servesAudience({ audience: 'women' }, 'everyone')).toBe(false);
  });
});

describe('narrowing the board', () => {
  it('keeps everything without filters', () => {
    expect(applyFilters(all, noFilters, now)).toHaveLength(4);
  });

  it('narrows by type, organisation and status', () => {
    expect(names(applyFilters(all, { ...noFilters, serviceType: 'shelter' }, now))).toEqual([
      'Night shelter',
      'Family shelter',
    ]);
    expect(names(applyFilters(all, { ...noFilters, organisation: 'org-b' }, now))).toEqual([
      'Family shelter',
      'Consultation',
    ]);
    expect(names(applyFilters(all, { ...noFilters, status: 'full' }, now))).toEqual([
      'Night shelter',
    ]);
  });

  it('finds services for women among those kept for women and those open to everyone', () => {
    expect(names(applyFilters(all, { ...noFilters, audience: 'women' }, now))).toEqual([
      'Family shelter',
      'Showers',
      'Consultation',
    ]);
  });

  it('keeps only those to confirm: past their threshold, or never confirmed', () => {
    expect(names(applyFilters(all, { ...noFilters, toConfirm: true }, now))).toEqual([
      'Family shelter',
      'Consultation',
    ]);
  });

  it('offers the types and organisations on the board, and a chosen one it no longer holds', () => {
    const choices = filterChoices(all, { ...noFilters, organisation: 'org-gone' });
    expect(choices.serviceTypes.sort()).toEqual(['medical_consultation', 'shelter', 'showers']);
    expect(choices.organisations.sort()).toEqual(['org-a', 'org-b', 'org-gone']);
  });
});

describe('grouping', () => {
  it('groups by type in the catalogue’s order, each group by name', () => {
    const groups = groupByServiceType([consultation, nightShelter, showers, familyShelter]);
    expect(groups.map((g) => g.serviceType)).toEqual([
      'showers',
      'medical_consultation',
      'shelter',
    ]);
    expect(names(groups[2]?.entries ?? [])).toEqual(['Family shelter', 'Night shelter']);
  });

  it('puts a type the catalogue does not know last, and orders same names by organisation', () => {
    const odd = entry('odd', 'org-a', { name: 'Odd', serviceType: 'zz_unknown' });
    const twinB = entry('b', 'org-b', { name: 'Showers', serviceType: 'showers' });
    const groups = groupByServiceType([odd, twinB, showers], (id) =>
      id === 'org-a' ? 'Zeta' : 'Alpha',
    );
    expect(groups.map((g) => g.serviceType)).toEqual(['showers', 'zz_unknown']);
    expect(groups[0]?.entries.map((e) => e.organisationId)).toEqual(['org-b', 'org-a']);
  });

  it('sets archived services apart', () => {
    const archived = entry('old', 'org-a', { name: 'Old', archived: true });
    const { current, archived: apart } = splitArchived([nightShelter, archived]);
    expect(names(current)).toEqual(['Night shelter']);
    expect(names(apart)).toEqual(['Old']);
  });
});
