import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  agendaBoard,
  expandAgenda,
  isOverdue,
  mayWrite,
  occurrenceKey,
  ruleFor,
  type AgendaItem,
} from '../src';

const meeting: Partial<AgendaItem> = {
  kind: 'platform_meeting',
  title: 'Platform meeting',
  date: '2026-10-13',
  startTime: '14:00',
  endTime: '16:00',
  rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
};

describe('agenda expansion', () => {
  it('places every second Tuesday at 14:00 Paris time on both sides of the October clock change', () => {
    const doc = new Y.Doc();
    agendaBoard.writeItem(doc, 'weekly', meeting);
    const occurrences = expandAgenda(agendaBoard.items(doc), '2026-10-01', '2026-11-30');
    expect(occurrences.map((o) => o.date)).toEqual([
      '2026-10-13',
      '2026-10-27',
      '2026-11-10',
      '2026-11-24',
    ]);
    // Summer time (UTC+2) before 25 October, winter time (UTC+1) after: same wall clock.
    expect(occurrences[0]!.start).toBe('2026-10-13T12:00:00.000Z');
    expect(occurrences[1]!.start).toBe('2026-10-27T13:00:00.000Z');
    expect(occurrences[1]!.key).toBe('weekly:2026-10-27');
  });

  it('keeps notes and answers per date of a recurring item, and marks skipped dates cancelled', () => {
    const doc = new Y.Doc();
    agendaBoard.writeItem(doc, 'weekly', { ...meeting, skipped: '2026-10-27' });
    const [first, second] = expandAgenda(agendaBoard.items(doc), '2026-10-01', '2026-10-31');
    expect(first!.cancelled).toBe(false);
    expect(second!.cancelled).toBe(true);
    agendaBoard.notes(doc, first!.key).insert(0, 'first');
    expect(agendaBoard.notes(doc, second!.key).toJSON()).toBe('');
  });

  it('stops a recurring item on its last day and keeps a one-off item on its date only', () => {
    const doc = new Y.Doc();
    agendaBoard.writeItem(doc, 'weekly', { ...meeting, until: '2026-10-27' });
    agendaBoard.writeItem(doc, 'once', { ...meeting, rrule: null, date: '2026-11-03' });
    const occurrences = expandAgenda(agendaBoard.items(doc), '2026-10-01', '2026-12-31');
    expect(occurrences.map((o) => o.key)).toEqual([
      'weekly:2026-10-13',
      'weekly:2026-10-27',
      'once',
    ]);
    expect(occurrenceKey('once', null)).toBe('once');
  });

  it('leaves out an entry it cannot place rather than failing the whole agenda', () => {
    const doc = new Y.Doc();
    agendaBoard.writeItem(doc, 'broken', { ...meeting, startTime: '25:00' });
    agendaBoard.writeItem(doc, 'bad-rule', { ...meeting, rrule: 'FREQ=HOURLY' });
    agendaBoard.writeItem(doc, 'fine', { ...meeting, rrule: null });
    expect(
      expandAgenda(agendaBoard.items(doc), '2026-10-01', '2026-10-31').map((o) => o.itemId),
    ).toEqual(['fine']);
  });
});

describe('agenda write rules', () => {
  const rep = { role: 'rep' as const, organisationId: 'a' };
  it('lets any rep write items, action items and the notes texts, but not a field member or observer', () => {
    for (const location of [
      { root: 'items', key: 'item:x' },
      { root: 'actions', key: 'action:x' },
      { root: 'notes:x:2026-10-13', key: null },
    ]) {
      expect(mayWrite('agenda', location, rep)).toBe(true);
      expect(mayWrite('agenda', location, { role: 'field', organisationId: 'a' })).toBe(false);
      expect(mayWrite('agenda', location, { role: 'observer', organisationId: 'a' })).toBe(false);
    }
  });

  it('lets a rep answer for their own organisation only', () => {
    expect(mayWrite('agenda', { root: 'org:a', key: 'answer:x' }, rep)).toBe(true);
    expect(mayWrite('agenda', { root: 'org:b', key: 'answer:x' }, rep)).toBe(false);
    expect(
      mayWrite(
        'agenda',
        { root: 'org:b', key: 'answer:x' },
        { role: 'coordinator', organisationId: 'a' },
      ),
    ).toBe(true);
  });

  it('names no rule for map keys inside a notes root, nor for texts of other names or boards', () => {
    expect(ruleFor('agenda', { root: 'notes:x', key: 'item:x' })).toBeNull();
    expect(ruleFor('agenda', { root: 'notes', key: '#text:x' })).toBeNull();
    expect(ruleFor('agenda', { root: 'items:x', key: null })).toBeNull();
    expect(ruleFor('agenda', { root: 'notes:', key: null })).toBeNull();
    expect(ruleFor('schedule', { root: 'notes:x', key: null })).toBeNull();
  });
});

describe('action items', () => {
  it('are overdue the day after their due date until done', () => {
    expect(isOverdue({ due: '2026-11-25', done: false }, '2026-11-26')).toBe(true);
    expect(isOverdue({ due: '2026-11-26', done: false }, '2026-11-26')).toBe(false);
    expect(isOverdue({ due: '2026-11-25', done: true }, '2026-11-26')).toBe(false);
    expect(isOverdue({ due: null, done: false }, '2026-11-26')).toBe(false);
  });
});

describe('calling off dates of a recurring item', () => {
  it('keeps both dates when two people call off two dates at once, one of them offline', () => {
    const a = new Y.Doc();
    agendaBoard.writeItem(a, 'weekly', meeting);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    agendaBoard.skipDate(a, 'weekly', '2026-10-27', 'org-a', '2026-10-20T10:00:00Z');
    agendaBoard.skipDate(b, 'weekly', '2026-11-10', 'org-b', '2026-10-20T10:00:01Z');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) {
      const cancelled = expandAgenda(agendaBoard.items(doc), '2026-10-01', '2026-11-30')
        .filter((o) => o.cancelled)
        .map((o) => o.date);
      expect(cancelled).toEqual(['2026-10-27', '2026-11-10']);
    }
  });

  it('puts a date back whether it was called off by key or in the older skipped field', () => {
    const doc = new Y.Doc();
    agendaBoard.writeItem(doc, 'weekly', { ...meeting, skipped: '2026-10-13' });
    agendaBoard.skipDate(doc, 'weekly', '2026-10-27', 'org-a', '2026-10-20T10:00:00Z');
    expect(agendaBoard.item(doc, 'weekly')?.skipped).toBe('2026-10-13 2026-10-27');
    agendaBoard.unskipDate(doc, 'weekly', '2026-10-13');
    agendaBoard.unskipDate(doc, 'weekly', '2026-10-27');
    expect(agendaBoard.item(doc, 'weekly')?.skipped).toBe('');
  });

  it('lets reps call off dates, not field members', () => {
    const location = { root: 'items', key: 'skip:weekly:2026-10-27' };
    expect(mayWrite('agenda', location, { role: 'rep', organisationId: 'a' })).toBe(true);
    expect(mayWrite('agenda', location, { role: 'field', organisationId: 'a' })).toBe(false);
  });
});
