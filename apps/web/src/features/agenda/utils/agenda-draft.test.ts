import { checkRule, type AgendaItem } from '@opale/core';
import { describe, expect, it } from 'vitest';
import {
  changedItemFields,
  checkDraft,
  draftOf,
  emptyDraft,
  itemFieldsOf,
  newItemFields,
  nextDatesOfDraft,
  nthWeekdayOf,
  rhythmOfRule,
  ruleOfDraft,
  withRepeat,
  type AgendaDraft,
} from './agenda-draft';

const today = '2026-03-09';

/** A valid draft: a platform meeting on Tuesday 10 March 2026. */
function draft(fields: Partial<AgendaDraft> = {}): AgendaDraft {
  return {
    ...emptyDraft({ date: '2026-03-10', organisationId: 'org-a' }),
    kind: 'platform_meeting',
    title: 'Platform meeting',
    ...fields,
  };
}

const stored: AgendaItem = {
  kind: 'coalition_meeting',
  title: 'Child protection coalition',
  date: '2026-03-10',
  startTime: '14:00',
  endTime: '16:00',
  rrule: 'FREQ=MONTHLY;BYDAY=+2TU',
  until: '2026-12-31',
  skipped: '2026-04-14',
  placeKind: 'online',
  place: 'https://meet.example.org/cp',
  organisers: 'org-a org-b',
  invited: 'org-c',
  cancelled: false,
  createdBy: 'org-a',
};

describe('rhythms', () => {
  it('builds the rule of each picked rhythm', () => {
    expect(ruleOfDraft(draft())).toBeNull();
    expect(ruleOfDraft(draft({ repeat: 'weekly', weekdays: [3, 0, 3] }))).toBe(
      'FREQ=WEEKLY;BYDAY=MO,TH',
    );
    expect(ruleOfDraft(draft({ repeat: 'fortnightly', weekdays: [1] }))).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    );
    expect(ruleOfDraft(draft({ repeat: 'monthly', monthWeek: 2, monthWeekday: 1 }))).toBe(
      'FREQ=MONTHLY;BYDAY=+2TU',
    );
    expect(ruleOfDraft(draft({ repeat: 'monthly', monthWeek: -1, monthWeekday: 4 }))).toBe(
      'FREQ=MONTHLY;BYDAY=-1FR',
    );
    expect(
      ruleOfDraft(draft({ repeat: 'custom', rule: ' rrule:freq=monthly;bymonthday=1 ' })),
    ).toBe('FREQ=MONTHLY;BYMONTHDAY=1');
  });

  it('builds only rules the recurrence checks accept', () => {
    for (const rule of [
      ruleOfDraft(draft({ repeat: 'weekly', weekdays: [0, 6] })),
      ruleOfDraft(draft({ repeat: 'fortnightly', weekdays: [2] })),
      ruleOfDraft(draft({ repeat: 'monthly', monthWeek: 4, monthWeekday: 6 })),
      ruleOfDraft(draft({ repeat: 'monthly', monthWeek: -1, monthWeekday: 0 })),
    ]) {
      expect(checkRule(rule ?? '').ok).toBe(true);
    }
  });

  it('reads back the rhythm a rule stands for, and calls anything else custom', () => {
    expect(rhythmOfRule(null)).toEqual({ repeat: 'none' });
    expect(rhythmOfRule('FREQ=WEEKLY;BYDAY=TH,MO')).toEqual({ repeat: 'weekly', weekdays: [0, 3] });
    expect(rhythmOfRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')).toEqual({
      repeat: 'fortnightly',
      weekdays: [1],
    });
    expect(rhythmOfRule('FREQ=MONTHLY;BYDAY=2TU')).toEqual({
      repeat: 'monthly',
      monthWeek: 2,
      monthWeekday: 1,
    });
    expect(rhythmOfRule('FREQ=MONTHLY;BYDAY=-1FR')).toEqual({
      repeat: 'monthly',
      monthWeek: -1,
      monthWeekday: 4,
    });
    for (const rule of [
      'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU',
      'FREQ=MONTHLY;BYDAY=+2TU,+4TU',
      'FREQ=MONTHLY;BYDAY=+5TU',
      'FREQ=MONTHLY;BYMONTHDAY=1',
      'FREQ=WEEKLY;BYDAY=TU;COUNT=4',
      'FREQ=WEEKLY',
      'FREQ=DAILY',
    ]) {
      expect(rhythmOfRule(rule).repeat).toBe('custom');
    }
  });

  it('names which weekday of its month a day is, a fifth one being the last', () => {
    expect(nthWeekdayOf('2026-03-10')).toEqual({ monthWeek: 2, monthWeekday: 1 });
    expect(nthWeekdayOf('2026-03-01')).toEqual({ monthWeek: 1, monthWeekday: 6 });
    expect(nthWeekdayOf('2026-03-28')).toEqual({ monthWeek: 4, monthWeekday: 5 });
    expect(nthWeekdayOf('2026-03-31')).toEqual({ monthWeek: -1, monthWeekday: 1 });
  });

  it('fills a new rhythm from the first day rather than starting blank', () => {
    expect(withRepeat(draft(), 'weekly').weekdays).toEqual([1]);
    expect(withRepeat(draft({ date: '2026-03-26' }), 'monthly')).toMatchObject({
      monthWeek: 4,
      monthWeekday: 3,
    });
    expect(withRepeat(draft({ repeat: 'fortnightly', weekdays: [0, 2] }), 'custom').rule).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE',
    );
    expect(withRepeat(draft(), 'custom').rule).toBe('FREQ=WEEKLY;BYDAY=TU');
  });

  it('keeps days already picked and a rule already typed', () => {
    expect(withRepeat(draft({ repeat: 'weekly', weekdays: [4] }), 'fortnightly').weekdays).toEqual([
      4,
    ]);
    expect(withRepeat(draft({ rule: 'FREQ=MONTHLY;BYMONTHDAY=15' }), 'custom').rule).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=15',
    );
  });
});

describe('checkDraft', () => {
  it('accepts a complete draft', () => {
    expect(checkDraft(draft())).toEqual({});
  });

  it('asks for a kind, a title, a day, times and an organiser', () => {
    expect(
      checkDraft(
        draft({ kind: '', title: '  ', date: '', startTime: '25:00', endTime: '', organisers: [] }),
      ),
    ).toEqual({
      kind: { problem: 'kindRequired' },
      title: { problem: 'titleRequired' },
      date: { problem: 'dateRequired' },
      startTime: { problem: 'badTime' },
      endTime: { problem: 'badTime' },
      organisers: { problem: 'organisersRequired' },
    });
  });

  it('refuses an end equal to the start but accepts one past midnight', () => {
    expect(checkDraft(draft({ startTime: '10:00', endTime: '10:00' })).endTime).toEqual({
      problem: 'sameTimes',
    });
    expect(checkDraft(draft({ startTime: '22:00', endTime: '01:00' }))).toEqual({});
  });

  it('refuses a title too long to read on a card', () => {
    expect(checkDraft(draft({ title: 'x'.repeat(121) })).title).toEqual({
      problem: 'tooLong',
      max: 120,
    });
  });

  it('asks for days when repeating weekly or every other week', () => {
    expect(checkDraft(draft({ repeat: 'weekly', weekdays: [] })).weekdays).toEqual({
      problem: 'daysRequired',
    });
    expect(checkDraft(draft({ repeat: 'fortnightly', weekdays: [] })).weekdays).toEqual({
      problem: 'daysRequired',
    });
  });

  it('says what is wrong with a typed rule', () => {
    expect(checkDraft(draft({ repeat: 'custom', rule: 'FREQ=HOURLY' })).rule).toEqual({
      problem: 'rule',
      rule: { kind: 'tooFrequent' },
    });
    expect(
      checkDraft(draft({ repeat: 'custom', rule: 'FREQ=WEEKLY;BYDAY=XX' })).rule,
    ).toMatchObject({
      problem: 'rule',
      rule: { kind: 'notWeekdays' },
    });
    expect(checkDraft(draft({ repeat: 'custom', rule: 'FREQ=MONTHLY;BYDAY=+2TU' }))).toEqual({});
  });

  it('refuses an end of repetition before the first day, and ignores it for a single date', () => {
    expect(
      checkDraft(draft({ repeat: 'weekly', weekdays: [1], until: '2026-03-01' })).until,
    ).toEqual({ problem: 'untilBeforeDate' });
    expect(checkDraft(draft({ repeat: 'none', until: '2026-03-01' }))).toEqual({});
  });

  it('asks for the place the chosen kind of place needs', () => {
    expect(checkDraft(draft({ placeKind: 'site' })).siteId).toEqual({ problem: 'siteRequired' });
    expect(checkDraft(draft({ placeKind: 'address', address: ' ' })).address).toEqual({
      problem: 'addressRequired',
    });
    expect(checkDraft(draft({ placeKind: 'address', address: '12 rue de la Paix' }))).toEqual({});
  });

  it('takes only https links for an online meeting', () => {
    for (const link of [
      '',
      'meet.jit.si/opale',
      'http://meet.jit.si/opale',
      'javascript:alert(1)',
    ]) {
      expect(checkDraft(draft({ placeKind: 'online', link })).link).toEqual({ problem: 'badLink' });
    }
    expect(checkDraft(draft({ placeKind: 'online', link: 'https://meet.jit.si/opale' }))).toEqual(
      {},
    );
  });
});

describe('fields written to the board', () => {
  it('turns a draft into a whole new item', () => {
    const fields = newItemFields(
      draft({
        title: '  Platform meeting ',
        repeat: 'weekly',
        weekdays: [1],
        until: '2026-06-30',
        placeKind: 'address',
        address: ' 12 rue de la Paix ',
        organisers: ['org-b', 'org-a'],
        invited: ['org-c'],
      }),
      'org-a',
    );
    expect(fields).toEqual({
      kind: 'platform_meeting',
      title: 'Platform meeting',
      date: '2026-03-10',
      startTime: '10:00',
      endTime: '12:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
      until: '2026-06-30',
      placeKind: 'address',
      place: '12 rue de la Paix',
      organisers: 'org-a org-b',
      invited: 'org-c',
      skipped: '',
      cancelled: false,
      createdBy: 'org-a',
    });
  });

  it('drops the end of repetition and the place of a single date without a place', () => {
    const fields = itemFieldsOf(
      draft({ until: '2026-06-30', placeKind: '', address: 'kept in the form' }),
    );
    expect(fields.rrule).toBeNull();
    expect(fields.until).toBeNull();
    expect(fields.placeKind).toBeNull();
    expect(fields.place).toBeNull();
  });

  it('opens a stored item in the editor as it was, and writes nothing back unchanged', () => {
    const opened = draftOf(stored, 'g1');
    expect(opened).toMatchObject({
      repeat: 'monthly',
      monthWeek: 2,
      monthWeekday: 1,
      until: '2026-12-31',
      placeKind: 'online',
      link: 'https://meet.example.org/cp',
      organisers: ['org-a', 'org-b'],
      invited: ['org-c'],
      visibility: 'g1',
    });
    expect(itemFieldsOf(opened)).toMatchObject({
      rrule: stored.rrule,
      place: stored.place,
      organisers: stored.organisers,
    });
    expect(changedItemFields(opened, opened)).toEqual({});
  });

  it('writes only the fields the person changed', () => {
    const opened = draftOf(stored, 'platform');
    const edited = { ...opened, startTime: '15:00', invited: ['org-c', 'org-d'] };
    expect(changedItemFields(opened, edited)).toEqual({
      startTime: '15:00',
      invited: 'org-c org-d',
    });
  });

  it('keeps a rule the pickers cannot show as typed', () => {
    const opened = draftOf({ ...stored, rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,15' }, 'platform');
    expect(opened.repeat).toBe('custom');
    expect(opened.rule).toBe('FREQ=MONTHLY;BYMONTHDAY=1,15');
    expect(changedItemFields(opened, { ...opened, title: 'New title' })).toEqual({
      title: 'New title',
    });
  });

  it('clears the rule and its end when a repeating item becomes a single date', () => {
    const opened = draftOf(stored, 'platform');
    expect(changedItemFields(opened, { ...opened, repeat: 'none' })).toEqual({
      rrule: null,
      until: null,
    });
  });
});

describe('nextDatesOfDraft', () => {
  it('shows the next dates of a rhythm from today', () => {
    expect(
      nextDatesOfDraft(draft({ repeat: 'monthly', monthWeek: 2, monthWeekday: 1 }), today),
    ).toEqual(['2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09']);
    expect(
      nextDatesOfDraft(draft({ repeat: 'fortnightly', weekdays: [1] }), '2026-03-20', 2),
    ).toEqual(['2026-03-24', '2026-04-07']);
  });

  it('stops at the end of repetition', () => {
    expect(
      nextDatesOfDraft(draft({ repeat: 'weekly', weekdays: [1], until: '2026-03-17' }), today),
    ).toEqual(['2026-03-10', '2026-03-17']);
  });

  it('gives nothing to show for a single date or a rhythm it cannot read', () => {
    expect(nextDatesOfDraft(draft(), today)).toBeNull();
    expect(nextDatesOfDraft(draft({ repeat: 'custom', rule: 'FREQ=' }), today)).toBeNull();
  });
});
