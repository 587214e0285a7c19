import { groupName } from '@opale/core';
import { describe, expect, it } from 'vitest';
import { checkGroupDraft, emptyGroupDraft, groupNameLimits } from './group-draft';

describe('the new-group form', () => {
  it('asks for a name and a kind before anything is sent', () => {
    expect(checkGroupDraft(emptyGroupDraft)).toEqual({
      name: { problem: 'nameRequired' },
      kind: { problem: 'kindRequired' },
    });
  });

  it('counts the name without the spaces around it', () => {
    expect(checkGroupDraft({ name: '  a  ', kind: 'coalition' }).name).toEqual({
      problem: 'nameTooShort',
      min: 2,
    });
    expect(checkGroupDraft({ name: ` ${'x'.repeat(80)} `, kind: 'advocacy' })).toEqual({});
    expect(checkGroupDraft({ name: 'x'.repeat(81), kind: 'advocacy' }).name).toEqual({
      problem: 'nameTooLong',
      max: 80,
    });
  });

  it('accepts exactly the names the server accepts', () => {
    const names = [
      '',
      '   ',
      'a',
      ' a ',
      'ab',
      'Coalition eau',
      'x'.repeat(groupNameLimits.max),
      `  ${'x'.repeat(groupNameLimits.max)}  `,
      'x'.repeat(groupNameLimits.max + 1),
    ];
    for (const name of names) {
      const here = checkGroupDraft({ name, kind: 'coalition' }).name === undefined;
      expect({ name, accepted: here }).toEqual({
        name,
        accepted: groupName.safeParse(name).success,
      });
    }
  });
});
