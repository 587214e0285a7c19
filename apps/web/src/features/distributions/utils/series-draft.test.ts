import type { Entry, ScheduleSource, Series } from '@opale/core';
import { describe, expect, it } from 'vitest';
import {
  changedSeriesFields,
  checkDraft,
  clashesOfDraft,
  draftOf,
  emptyDraft,
  newSeriesFields,
  nextDatesOfDraft,
  recurrenceWording,
  ruleOfDraft,
  validityWording,
  type SeriesDraft,
} from './series-draft';
import { weekdaysOfRule, weekdaysRule } from '@/lib/schedule/weekday-rules';

const lunch: Series = {
  siteId: 'calais-north',
  serviceType: 'meal',
  rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
  startTime: '12:00',
  endTime: '14:00',
  validFrom: '2026-03-01',
  validUntil: null,
  expectedQuantity: 800,
  notes: null,
  public: true,
};

const today = '2026-03-09'; // a Monday

function entry(organisationId: string, id: string, fields: Series): Entry<Series> {
  return { root: `org:${organisationId}`, key: `series:${id}`, id, fields };
}

function boardWith(...series: Entry<Series>[]): ScheduleSource {
  return { series, exceptions: new Map(), states: new Map() };
}

const draft = (change: Partial<SeriesDraft> = {}): SeriesDraft => ({
  ...draftOf(lunch, 'rck'),
  ...change,
});

describe('the recurrence of a series form', () => {
  it('writes ticked days as a weekly rule, Monday first', () => {
    expect(weekdaysRule([3, 0])).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
    expect(weekdaysRule([6, 5, 5])).toBe('FREQ=WEEKLY;BYDAY=SA,SU');
  });

  it('reads a plain weekly or daily rule back as ticked days, and any other as a rule', () => {
    expect(weekdaysOfRule('FREQ=WEEKLY;BYDAY=TH,MO')).toEqual([0, 3]);
    expect(weekdaysOfRule('RRULE:freq=weekly;interval=1;byday=fr')).toEqual([4]);
    expect(weekdaysOfRule('FREQ=DAILY')).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdaysOfRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')).toBeNull();
    expect(weekdaysOfRule('FREQ=MONTHLY;BYDAY=+1SA')).toBeNull();
    expect(weekdaysOfRule('FREQ=WEEKLY;BYDAY=+1MO')).toBeNull();
    expect(weekdaysOfRule('FREQ=WEEKLY;BYDAY=MO;COUNT=4')).toBeNull();
  });

  it('opens a rule it cannot tick as a rule, and keeps it as typed when saved again', () => {
    const monthly = draftOf({ ...lunch, rrule: 'FREQ=MONTHLY;BYDAY=+1SA' }, 'rck');
    expect(monthly.recurrence).toBe('rule');
    expect(ruleOfDraft(monthly)).toBe('FREQ=MONTHLY;BYDAY=+1SA');
    expect(ruleOfDraft({ ...monthly, rule: ' rrule:freq=monthly; byday=+1sa ' })).toBe(
      'FREQ=MONTHLY;BYDAY=+1SA',
    );
  });

  it('words a rhythm for its card', () => {
    expect(recurrenceWording('FREQ=DAILY')).toEqual({ kind: 'everyDay' });
    expect(recurrenceWording('FREQ=WEEKLY;BYDAY=MO,TH')).toEqual({
      kind: 'weekdays',
      weekdays: [0, 3],
    });
    expect(recurrenceWording('FREQ=MONTHLY;BYDAY=+1SA')).toEqual({
      kind: 'rule',
      rule: 'FREQ=MONTHLY;BYDAY=+1SA',
    });
  });
});

describe('checking a series form', () => {
  it('accepts a complete series', () => {
    expect(checkDraft(draft())).toEqual({});
  });

  it('asks for a site, a service, a day and valid times', () => {
    const empty = emptyDraft('rck', today);
    expect(checkDraft(empty)).toEqual({
      siteId: { problem: 'siteRequired' },
      serviceType: { problem: 'serviceTypeRequired' },
      weekdays: { problem: 'daysRequired' },
    });
    expect(checkDraft(draft({ startTime: '25:00' })).startTime).toEqual({ problem: 'badTime' });
    expect(checkDraft(draft({ endTime: '12:00' })).endTime).toEqual({ problem: 'sameTimes' });
    expect(checkDraft(draft({ serviceType: 'soup' })).serviceType).toEqual({
      problem: 'serviceTypeRequired',
    });
  });

  it('accepts a window past midnight: the end before the start', () => {
    expect(checkDraft(draft({ startTime: '22:00', endTime: '02:00' }))).toEqual({});
  });

  it('says what is wrong with a typed rule, in words a screen translates', () => {
    const typed = (rule: string) => checkDraft(draft({ recurrence: 'rule', rule })).rule;
    expect(typed('FREQ=WEEKLY;INTERVAL=')).toEqual({
      problem: 'rule',
      rule: { kind: 'badValue', part: 'INTERVAL', value: '' },
    });
    expect(typed('FREQ=HOURLY')).toEqual({ problem: 'rule', rule: { kind: 'tooFrequent' } });
    expect(typed('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')).toBeUndefined();
  });

  it('refuses an end of validity before its start, and a quantity that is not a count', () => {
    expect(checkDraft(draft({ validUntil: '2026-02-01' })).validUntil).toEqual({
      problem: 'untilBeforeFrom',
    });
    for (const quantity of ['-3', '2.5', 'lots', '10000000']) {
      expect(checkDraft(draft({ expectedQuantity: quantity })).expectedQuantity).toEqual({
        problem: 'badQuantity',
      });
    }
    expect(checkDraft(draft({ expectedQuantity: ' ' })).expectedQuantity).toBeUndefined();
  });
});

describe('writing a series to the board', () => {
  it('writes every field of a new series, empty ones as null', () => {
    const fields = newSeriesFields({
      ...emptyDraft('rck', today),
      siteId: 'calais-north',
      serviceType: 'meal',
      weekdays: [0, 3],
      notes: '  ',
      visibility: 'internal',
    });
    expect(fields).toEqual({
      siteId: 'calais-north',
      serviceType: 'meal',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
      startTime: '12:00',
      endTime: '14:00',
      validFrom: today,
      validUntil: null,
      expectedQuantity: null,
      notes: null,
      public: false,
    });
  });

  it('writes back only what the person changed, so others’ edits to other fields survive', () => {
    const opened = draftOf(lunch, 'rck');
    expect(
      changedSeriesFields(opened, { ...opened, startTime: '12:30', weekdays: [0, 3, 4] }),
    ).toEqual({ startTime: '12:30', rrule: 'FREQ=WEEKLY;BYDAY=MO,TH,FR' });
    expect(changedSeriesFields(opened, { ...opened, expectedQuantity: '800 ' })).toEqual({});
  });

  it('does not rewrite a daily rule opened as seven ticked days', () => {
    const opened = draftOf({ ...lunch, rrule: 'FREQ=DAILY' }, 'rck');
    expect(opened.weekdays).toHaveLength(7);
    expect(changedSeriesFields(opened, { ...opened, notes: 'Bring cups' })).toEqual({
      notes: 'Bring cups',
    });
  });
});

describe('clashes before saving', () => {
  const u56Lunch = entry('u56', 'u56-lunch', {
    ...lunch,
    rrule: 'FREQ=WEEKLY;BYDAY=TH',
    startTime: '13:00',
    endTime: '15:00',
  });

  it('finds the dates in the next four weeks another organisation serves the same at once', () => {
    const clashes = clashesOfDraft(draft(), 'new', boardWith(u56Lunch), today);
    expect(clashes.map((c) => c.date)).toEqual([
      '2026-03-12',
      '2026-03-19',
      '2026-03-26',
      '2026-04-02',
    ]);
    expect(clashes[0]?.second.organisationId).toBe('u56');
  });

  it('ignores the organisation’s own series, other sites, other services and other times', () => {
    const source = boardWith(
      entry('rck', 'rck-other', { ...lunch }),
      entry('u56', 'elsewhere', { ...lunch, siteId: 'calais-station' }),
      entry('u56', 'water', { ...lunch, serviceType: 'drinking_water' }),
      entry('u56', 'evening', { ...lunch, startTime: '18:00', endTime: '19:00' }),
    );
    expect(clashesOfDraft(draft(), 'new', source, today)).toEqual([]);
  });

  it('compares a series being edited as drafted, not as saved', () => {
    const saved = entry('rck', 'rck-lunch', lunch);
    const source = boardWith(saved, u56Lunch);
    expect(clashesOfDraft(draft({ weekdays: [0] }), 'rck-lunch', source, today)).toEqual([]);
    expect(clashesOfDraft(draft(), 'rck-lunch', source, today)).toHaveLength(4);
  });

  it('shows nothing while the form is incomplete', () => {
    expect(clashesOfDraft(draft({ siteId: '' }), 'new', boardWith(u56Lunch), today)).toEqual([]);
  });

  it('lists the next dates of a typed rule, to show it does what was meant', () => {
    const everyOtherTuesday = draft({
      recurrence: 'rule',
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    });
    // Every other week counted from the week it starts: 3 March, then 17 and 31 March.
    expect(nextDatesOfDraft({ ...everyOtherTuesday, validFrom: '2026-03-02' }, today)).toEqual([
      '2026-03-17',
      '2026-03-31',
    ]);
    expect(nextDatesOfDraft(draft({ recurrence: 'rule', rule: 'FREQ=' }), today)).toBeNull();
  });
});

describe('the validity of a series, in words', () => {
  it('says since, from, until or ended after where today stands', () => {
    expect(validityWording(lunch, today)).toBe('validSince');
    expect(validityWording({ ...lunch, validFrom: '2026-04-01' }, today)).toBe('validFrom');
    expect(validityWording({ ...lunch, validUntil: '2026-06-30' }, today)).toBe('validFromUntil');
    expect(validityWording({ ...lunch, validUntil: '2026-03-08' }, today)).toBe('ended');
  });
});
