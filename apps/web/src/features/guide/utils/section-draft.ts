/** A guide section being written: what may be saved, and when it may be marked reviewed. */

export interface SectionDraftState {
  length: number;
  tooLong: boolean;
  /** Differs from what is stored (surrounding spaces aside: the server trims them). */
  changed: boolean;
  canSave: boolean;
  /** A review vouches for stored words: only a saved, non-empty text can be reviewed. */
  canReview: boolean;
}

export function sectionDraftState(draft: string, saved: string, max: number): SectionDraftState {
  // Counted as the server counts it, before trimming.
  const length = draft.length;
  const tooLong = length > max;
  const changed = draft.trim() !== saved.trim();
  return {
    length,
    tooLong,
    changed,
    canSave: changed && !tooLong,
    canReview: !changed && saved.trim() !== '',
  };
}
