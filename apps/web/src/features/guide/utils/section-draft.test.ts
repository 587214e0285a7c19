import { describe, expect, it } from 'vitest';
import { sectionDraftState } from './section-draft';

describe('a guide section being written', () => {
  it('may be saved once changed, and reviewed only once saved', () => {
    expect(sectionDraftState('New words', 'Old words', 4000)).toMatchObject({
      changed: true,
      canSave: true,
      canReview: false,
    });
    expect(sectionDraftState('Old words', 'Old words', 4000)).toMatchObject({
      changed: false,
      canSave: false,
      canReview: true,
    });
  });

  it('counts surrounding spaces as no change, since the server trims them', () => {
    expect(sectionDraftState('  Old words\n', 'Old words', 4000).changed).toBe(false);
  });

  it('cannot review an empty section', () => {
    expect(sectionDraftState('', '', 4000)).toMatchObject({ canSave: false, canReview: false });
  });

  it('refuses to save past the limit', () => {
    expect(sectionDraftState('a'.repeat(4001), '', 4000)).toMatchObject({
      tooLong: true,
      canSave: false,
    });
    expect(sectionDraftState('a'.repeat(4000), '', 4000).canSave).toBe(true);
  });
});
