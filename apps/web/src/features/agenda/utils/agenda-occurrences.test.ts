import type { AgendaAnswer, AgendaItem, Entry } from '@opale/core';
import { describe, expect, it } from 'vitest';
import type { PresentPerson } from '@/lib/live-board/presence';
import {
  editingFocus,
  expandBoards,
  itemPath,
  mergePresence,
  ownAnswer,
  type BoardItem,
} from './agenda-occurrences';

function item(fields: Partial<AgendaItem>): AgendaItem {
  return {
    kind: 'platform_meeting',
    title: 'Platform meeting',
    date: '2026-03-10',
    startTime: '10:00',
    endTime: '12:00',
    rrule: null,
    until: null,
    skipped: '',
    placeKind: null,
    place: null,
    organisers: 'org-a',
    invited: '',
    cancelled: false,
    createdBy: 'org-a',
    ...fields,
  };
}

function entry(id: string, fields: Partial<AgendaItem>): Entry<AgendaItem> {
  return { root: 'items', key: `item:${id}`, id, fields: item(fields) };
}

const coalition = { id: 'g1', name: 'Child protection' };

describe('expandBoards', () => {
  const items: BoardItem[] = [
    {
      docName: 'agenda:calais',
      group: null,
      entry: entry('weekly', {
        title: 'Weekly meeting',
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
        startTime: '14:00',
        endTime: '15:00',
        skipped: '2026-03-17',
      }),
    },
    {
      docName: 'agenda:calais:group:g1',
      group: coalition,
      entry: entry('cp', { title: 'Coalition', date: '2026-03-17', startTime: '09:00' }),
    },
  ];

  it('puts every board in one time-ordered list, each occurrence with its board', () => {
    const found = expandBoards(items, '2026-03-09', '2026-03-22');
    expect(found.map((o) => [o.key, o.docName, o.group?.id ?? null, o.cancelled])).toEqual([
      ['weekly:2026-03-10', 'agenda:calais', null, false],
      ['cp', 'agenda:calais:group:g1', 'g1', false],
      ['weekly:2026-03-17', 'agenda:calais', null, true],
    ]);
  });

  it('leaves out what falls outside the span', () => {
    expect(expandBoards(items, '2026-03-18', '2026-03-23')).toEqual([]);
  });
});

describe('itemPath', () => {
  it('links a one-off item of the platform agenda by its id alone', () => {
    expect(itemPath('calais', { itemId: 'abc', recurringDate: null, group: null })).toBe(
      '/calais/agenda/abc',
    );
  });

  it('names the date of a recurring item and the group board it lives on', () => {
    expect(
      itemPath('calais', { itemId: 'abc', recurringDate: '2026-03-17', group: coalition }),
    ).toBe('/calais/agenda/abc?date=2026-03-17&group=g1');
  });
});

describe('ownAnswer', () => {
  const going: AgendaAnswer = {
    answer: 'going',
    attendees: null,
    by: 'Tom',
    at: '2026-03-01T10:00:00Z',
  };
  const occurrence = { key: 'weekly:2026-03-10', item: item({ invited: 'org-b org-c' }) };
  const answers = new Map([['weekly:2026-03-10', new Map([['org-b', going]])]]);

  it('gives what the organisation answered', () => {
    expect(ownAnswer(occurrence, answers, 'org-b')).toEqual({ state: 'answered', answer: going });
  });

  it('says an invited organisation has still to answer', () => {
    expect(ownAnswer(occurrence, answers, 'org-c')).toEqual({ state: 'awaited' });
  });

  it('says nothing to an organisation that was not invited', () => {
    expect(ownAnswer(occurrence, answers, 'org-z')).toEqual({ state: 'notInvited' });
  });

  it('does not take one date’s answer for another date of the same item', () => {
    expect(ownAnswer({ ...occurrence, key: 'weekly:2026-03-17' }, answers, 'org-b')).toEqual({
      state: 'awaited',
    });
  });
});

describe('mergePresence', () => {
  const person = (key: string, name: string, focus: string | null = null): PresentPerson => ({
    key,
    name,
    organisationId: 'org-a',
    organisationName: 'Utopia 56',
    role: 'rep',
    focus,
  });

  it('lists someone on two boards once, by name, keeping what they are editing', () => {
    const merged = mergePresence([
      [person('u2', 'Zoé'), person('u1', 'Ali')],
      [person('u2', 'Zoé', editingFocus('cp')), person('u3', 'Marc')],
    ]);
    expect(merged.map((p) => [p.name, p.focus])).toEqual([
      ['Ali', null],
      ['Marc', null],
      ['Zoé', 'editing:item:cp'],
    ]);
  });
});
