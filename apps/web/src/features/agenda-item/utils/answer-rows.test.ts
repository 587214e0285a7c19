import type { AgendaAnswer } from '@opale/core';
import { describe, expect, it } from 'vitest';
import { answerCounts, answerRows } from './answer-rows';

const names: Record<string, string> = {
  a: 'Auberge',
  b: 'Salam',
  c: 'Care4Calais',
  d: 'Utopia 56',
};
const nameOf = (id: string) => names[id] ?? id;

const said = (answer: AgendaAnswer['answer']): AgendaAnswer => ({
  answer,
  attendees: null,
  by: 'Hélène',
  at: '2026-03-10T10:00:00.000Z',
});

describe('answerRows', () => {
  it('lists every invited organisation by name, answered or not, then those who came uninvited', () => {
    const rows = answerRows(
      ['b', 'a', 'c'],
      new Map([
        ['c', said('going')],
        ['d', said('maybe')],
      ]),
      nameOf,
    );
    expect(rows.map((r) => [r.organisationId, r.invited, r.answer?.answer ?? null])).toEqual([
      ['a', true, null],
      ['c', true, 'going'],
      ['b', true, null],
      ['d', false, 'maybe'],
    ]);
  });

  it('counts each answer, and who has not answered', () => {
    const rows = answerRows(['a', 'b', 'c'], new Map([['a', said('not_going')]]), nameOf);
    expect(answerCounts(rows)).toEqual({ going: 0, maybe: 0, not_going: 1, none: 2 });
  });

  it('lists an organisation invited twice once', () => {
    expect(answerRows(['a', 'a'], undefined, nameOf)).toHaveLength(1);
  });
});
