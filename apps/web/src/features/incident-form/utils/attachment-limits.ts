/**
 * Checks a picked file against what the server stores as evidence (core's types and limits), on
 * the phone, so that a too large video is refused before it waits for a signal.
 */
import {
  evidenceKindOf,
  evidenceSizeLimits,
  isEvidenceMediaType,
  type EvidenceKind,
} from '@opale/core';

/** What the file input offers (phones open the camera or the gallery). */
export const attachmentAccept = 'image/*,video/mp4,video/quicktime,application/pdf';

export type AttachmentProblem =
  { kind: 'type' } | { kind: 'tooLarge'; what: EvidenceKind; limitMb: number };

export function attachmentProblem(file: { type: string; size: number }): AttachmentProblem | null {
  const type = file.type.toLowerCase();
  if (!isEvidenceMediaType(type)) return { kind: 'type' };
  const what = evidenceKindOf(type);
  const limit = evidenceSizeLimits[what];
  if (file.size > limit) return { kind: 'tooLarge', what, limitMb: Math.round(limit / 1024 ** 2) };
  return null;
}
