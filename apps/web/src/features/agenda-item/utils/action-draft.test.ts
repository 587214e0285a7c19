import { describe, expect, it } from 'vitest';
import { actionLimits, checkActionDraft, doneFields, newAction } from './action-draft';

describe('checkActionDraft', () => {
  it('accepts a text and an owner, with or without a due date', () => {
    expect(checkActionDraft({ text: '  Envoyer le bilan  ', owner: 'org-a', due: '' })).toEqual({
      ok: true,
      text: 'Envoyer le bilan',
      owner: 'org-a',
      due: null,
    });
    expect(checkActionDraft({ text: 'Envoyer', owner: 'org-a', due: '2026-03-20' })).toMatchObject({
      ok: true,
      due: '2026-03-20',
    });
  });

  it('says what is missing or wrong, field by field', () => {
    expect(checkActionDraft({ text: '   ', owner: '', due: '2026-02-30' })).toEqual({
      ok: false,
      problems: { text: 'textMissing', owner: 'ownerMissing', due: 'dueInvalid' },
    });
    expect(
      checkActionDraft({ text: 'x'.repeat(actionLimits.text + 1), owner: 'org-a', due: '' }),
    ).toEqual({ ok: false, problems: { text: 'textTooLong' } });
  });
});

describe('newAction', () => {
  it('starts open, tied to the date of the meeting it came from', () => {
    const checked = checkActionDraft({ text: 'Réserver la salle', owner: 'org-b', due: '' });
    if (!checked.ok) throw new Error('expected a valid draft');
    expect(
      newAction(checked, { itemId: 'm1', occurrenceDate: '2026-03-12', createdBy: 'Hélène' }),
    ).toEqual({
      itemId: 'm1',
      occurrenceDate: '2026-03-12',
      text: 'Réserver la salle',
      owner: 'org-b',
      due: null,
      done: false,
      doneBy: null,
      doneAt: null,
      createdBy: 'Hélène',
    });
  });
});

describe('doneFields', () => {
  it('stamps who ticked it and when, and clears both when unticked', () => {
    const at = new Date('2026-03-12T09:30:00.000Z');
    expect(doneFields(true, 'Tom', at)).toEqual({
      done: true,
      doneBy: 'Tom',
      doneAt: '2026-03-12T09:30:00.000Z',
    });
    expect(doneFields(false, 'Tom', at)).toEqual({ done: false, doneBy: null, doneAt: null });
  });
});
