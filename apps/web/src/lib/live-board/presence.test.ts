import { describe, expect, it } from 'vitest';
import { initialsOf, othersPresent, samePresence } from './presence';

const amina = {
  name: 'Amina Diallo',
  organisationId: 'org-u56',
  organisationName: 'U56',
  role: 'coordinator',
};
const tom = {
  name: 'Tom Reed',
  organisationId: 'org-c4c',
  organisationName: 'Care4Calais',
  role: 'field',
};

describe('who else is on a board', () => {
  it('lists each person once, however many tabs or phones they have open', () => {
    const states = new Map<number, unknown>([
      [11, { user: amina, focus: null }],
      [12, { user: amina, focus: 'site:north' }],
      [13, { user: tom }],
    ]);
    const people = othersPresent(states, { clientId: 99 });
    expect(people.map((p) => p.name)).toEqual(['Amina Diallo', 'Tom Reed']);
    expect(people[0]?.focus).toBe('site:north');
  });

  it('leaves out this tab and the viewer’s other devices', () => {
    const states = new Map<number, unknown>([
      [1, { focus: null }],
      [2, { user: amina }],
      [3, { user: tom }],
    ]);
    const people = othersPresent(states, {
      clientId: 1,
      user: { name: 'Amina Diallo', organisationId: 'org-u56' },
    });
    expect(people.map((p) => p.name)).toEqual(['Tom Reed']);
  });

  it('ignores states the server did not stamp with a person', () => {
    const states = new Map<number, unknown>([
      [2, { focus: 'site:x' }],
      [3, { user: 'someone' }],
      [4, null],
      [5, { user: { name: 42 } }],
    ]);
    expect(othersPresent(states, { clientId: 1 })).toEqual([]);
  });

  it('tells two people of the same name apart by organisation', () => {
    const states = new Map<number, unknown>([
      [2, { user: { ...tom, organisationId: 'org-a', organisationName: 'A' } }],
      [3, { user: { ...tom, organisationId: 'org-b', organisationName: 'B' } }],
    ]);
    expect(othersPresent(states, { clientId: 1 })).toHaveLength(2);
  });

  it('tells two colleagues of the same name and organisation apart by their account', () => {
    const states = new Map<number, unknown>([
      [11, { user: { ...amina, userId: 'u-1' } }],
      [12, { user: { ...amina, userId: 'u-2' } }],
      [13, { user: { ...amina, userId: 'u-2' } }],
      [14, { user: { ...tom, userId: 'me' } }],
    ]);
    const people = othersPresent(states, { clientId: 99, userId: 'me' });
    expect(people.map((p) => p.key).sort()).toEqual(['u-1', 'u-2']);
  });

  it('sees no change when the same people are present', () => {
    const states = new Map<number, unknown>([[2, { user: amina }]]);
    expect(
      samePresence(othersPresent(states, { clientId: 1 }), othersPresent(states, { clientId: 1 })),
    ).toBe(true);
  });

  it('draws initials from first and last names, not from what is in brackets', () => {
    expect(initialsOf('Amina Diallo')).toBe('AD');
    expect(initialsOf('Noor (demo field, Calais)')).toBe('N');
    expect(initialsOf('élodie de la Tour')).toBe('ÉT');
  });
});
