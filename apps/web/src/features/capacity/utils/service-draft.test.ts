import type { CapacityService } from '@opale/core';
import { describe, expect, it } from 'vitest';
import {
  changedServiceFields,
  checkDraft,
  draftOf,
  emptyDraft,
  newServiceFields,
  thresholdOf,
  type ServiceDraft,
} from './service-draft';

const shelter: CapacityService = {
  name: 'Night shelter',
  serviceType: 'shelter',
  siteId: null,
  address: '12 rue des Fleurs, Calais',
  rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
  opensAt: '19:00',
  closesAt: '08:00',
  audience: 'single_men',
  unit: 'beds',
  total: 40,
  public: false,
  staleAfterMinutes: 90,
  archived: false,
};

const filled = (changes: Partial<ServiceDraft> = {}): ServiceDraft => ({
  ...emptyDraft('org-a'),
  name: 'Showers',
  serviceType: 'showers',
  siteId: 'site-1',
  ...changes,
});

describe('a service in its editor', () => {
  it('opens a service as it is and writes it back unchanged', () => {
    const draft = draftOf(shelter, 'org-a');
    expect(draft).toMatchObject({
      place: 'address',
      days: 'weekdays',
      weekdays: [0, 2, 4],
      aroundTheClock: false,
      forEveryone: false,
      audiences: ['single_men'],
      total: '40',
      visibility: 'internal',
      ownThreshold: true,
      thresholdHours: '1',
      thresholdMinutes: '30',
    });
    expect(newServiceFields(draft)).toEqual(shelter);
    expect(changedServiceFields(draft, draft)).toEqual({});
  });

  it('writes every day, around the clock, for everyone, with the type’s threshold as nulls', () => {
    const fields = newServiceFields(
      filled({ days: 'weekdays', weekdays: [0, 1, 2, 3, 4, 5, 6], aroundTheClock: true }),
    );
    expect(fields).toMatchObject({
      rrule: null,
      opensAt: null,
      closesAt: null,
      audience: '',
      siteId: 'site-1',
      address: null,
      unit: null,
      total: null,
      staleAfterMinutes: null,
      archived: false,
    });
  });

  it('keeps a rhythm the ticked days cannot say', () => {
    const monthly = { ...shelter, rrule: 'FREQ=MONTHLY;BYDAY=+1SA' };
    const draft = draftOf(monthly, 'org-a');
    expect(draft.days).toBe('rule');
    expect(newServiceFields(draft).rrule).toBe('FREQ=MONTHLY;BYDAY=+1SA');
  });

  it('writes only the fields changed since the editor opened', () => {
    const opened = draftOf(shelter, 'org-a');
    const draft = {
      ...opened,
      closesAt: '09:00',
      audiences: [...opened.audiences, 'families' as const],
    };
    expect(changedServiceFields(opened, draft)).toEqual({
      closesAt: '09:00',
      audience: 'single_men families',
    });
  });

  it('forgets the address when the service moves to a site', () => {
    const opened = draftOf(shelter, 'org-a');
    expect(changedServiceFields(opened, { ...opened, place: 'site', siteId: 's' })).toEqual({
      siteId: 's',
      address: null,
    });
  });

  it('reads a threshold in hours and minutes, between five minutes and a week', () => {
    const own = (hours: string, minutes: string) =>
      thresholdOf({ ownThreshold: true, thresholdHours: hours, thresholdMinutes: minutes });
    expect(own('2', '')).toBe(120);
    expect(own('', '45')).toBe(45);
    expect(own('0', '2')).toBe('bad');
    expect(own('169', '0')).toBe('bad');
    expect(own('1', '75')).toBe('bad');
    expect(
      thresholdOf({ ownThreshold: false, thresholdHours: 'x', thresholdMinutes: '' }),
    ).toBeNull();
  });
});

describe('checking a service', () => {
  it('accepts a complete one', () => {
    expect(checkDraft(filled())).toEqual({});
  });

  it('says what is missing', () => {
    expect(
      checkDraft({
        ...emptyDraft(''),
        days: 'weekdays',
        forEveryone: false,
        total: '12',
      }),
    ).toEqual({
      organisationId: { problem: 'organisationRequired' },
      name: { problem: 'nameRequired' },
      serviceType: { problem: 'serviceTypeRequired' },
      siteId: { problem: 'siteRequired' },
      weekdays: { problem: 'daysRequired' },
      audiences: { problem: 'audienceRequired' },
      unit: { problem: 'unitRequired' },
    });
    expect(checkDraft(filled({ place: 'address', address: '  ' }))).toEqual({
      address: { problem: 'addressRequired' },
    });
  });

  it('refuses bad hours, equal hours, a bad total and a bad threshold', () => {
    expect(
      checkDraft(
        filled({
          opensAt: '25:00',
          total: '-3',
          ownThreshold: true,
          thresholdHours: '0',
          thresholdMinutes: '0',
        }),
      ),
    ).toEqual({
      opensAt: { problem: 'badTime' },
      total: { problem: 'badTotal' },
      thresholdHours: { problem: 'badThreshold' },
    });
    expect(checkDraft(filled({ opensAt: '09:00', closesAt: '09:00' }))).toEqual({
      closesAt: { problem: 'sameTimes' },
    });
    expect(checkDraft(filled({ opensAt: '19:00', closesAt: '08:00' }))).toEqual({});
  });

  it('explains a rule it cannot expand', () => {
    expect(checkDraft(filled({ days: 'rule', rule: 'FREQ=HOURLY' })).rule).toEqual({
      problem: 'rule',
      rule: { kind: 'tooFrequent' },
    });
  });

  it('refuses a name too long to read on a card', () => {
    expect(checkDraft(filled({ name: 'x'.repeat(81) })).name).toEqual({
      problem: 'tooLong',
      max: 80,
    });
  });
});
