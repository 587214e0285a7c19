import { defaultRetentionSettings } from '@opale/core';
import { describe, expect, it } from 'vitest';
import { checkRetentionDraft, expiryCountsToTell, retentionDraftOf } from './retention-draft';

describe('the retention form', () => {
  it('gives back the settings it was filled with', () => {
    expect(checkRetentionDraft(retentionDraftOf(defaultRetentionSettings))).toEqual({
      settings: defaultRetentionSettings,
    });
  });

  it('reads numbers typed with spaces around them', () => {
    const draft = { ...retentionDraftOf(defaultRetentionSettings), witnessDays: ' 90 ' };
    expect(checkRetentionDraft(draft)).toEqual({
      settings: { ...defaultRetentionSettings, witnessDays: 90 },
    });
  });

  it('names each field that is not a whole number or is out of the bounds the server keeps', () => {
    const draft = {
      witnessDays: '3',
      evidenceYears: '2.5',
      detailsYears: '',
      draftDays: '4000',
    };
    expect(checkRetentionDraft(draft)).toEqual({
      problems: {
        witnessDays: { problem: 'outOfRange', min: 7, max: 3650 },
        evidenceYears: { problem: 'notWhole' },
        detailsYears: { problem: 'notWhole' },
        draftDays: { problem: 'outOfRange', min: 7, max: 3650 },
      },
    });
  });
});

describe('what a run erased', () => {
  it('tells only the counts that are not zero, drafts first', () => {
    expect(
      expiryCountsToTell({
        draftsDeleted: 2,
        witnessesErased: 0,
        attachmentsRemoved: 1,
        reportsRedacted: 0,
      }),
    ).toEqual([
      { key: 'draftsDeleted', count: 2 },
      { key: 'attachmentsRemoved', count: 1 },
    ]);
  });
});
