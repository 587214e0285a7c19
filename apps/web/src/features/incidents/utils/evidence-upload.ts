/**
 * Adding a file to a report that already exists, from its page: what the file input offers, the
 * check made on the phone before any data is spent (core's types and limits, as the server
 * applies them), and why a file did not arrive, in the page's words.
 */
import {
  evidenceKindOf,
  evidenceMediaTypes,
  evidenceSizeLimits,
  formatEvidenceLimit,
  isEvidenceMediaType,
} from '@opale/core';
import { EvidenceUploadError } from '@/lib/incident-outbox/http-transport';

/** Exactly the media types the server keeps, for the file input's `accept`. */
export const evidenceAccept = Object.keys(evidenceMediaTypes).join(',');

export type EvidenceFileProblem = { kind: 'type' } | { kind: 'tooLarge'; limit: string };

/** Why the server would refuse this file, or null when it may be sent. */
export function evidenceFileProblem(file: {
  type: string;
  size: number;
}): EvidenceFileProblem | null {
  const type = file.type.toLowerCase();
  if (!isEvidenceMediaType(type)) return { kind: 'type' };
  const limit = evidenceSizeLimits[evidenceKindOf(type)];
  return file.size > limit ? { kind: 'tooLarge', limit: formatEvidenceLimit(limit) } : null;
}

/**
 * Why an upload failed: a refusal the page says in its own words (too large, not an accepted
 * type, unreadable), another answer of the server in the server's words, or a request that never
 * arrived (the connection was lost). `retryable`: sending the same file again may work.
 */
export type EvidenceUploadFailure =
  | { kind: 'refusedTooLarge' | 'refusedType' | 'refusedUnreadable'; retryable: false }
  | { kind: 'server'; message: string; retryable: boolean }
  | { kind: 'lostConnection'; retryable: true };

const refusals = {
  413: 'refusedTooLarge',
  415: 'refusedType',
  422: 'refusedUnreadable',
} as const;

export function evidenceUploadFailure(error: unknown): EvidenceUploadFailure {
  if (!(error instanceof EvidenceUploadError)) return { kind: 'lostConnection', retryable: true };
  const refusal = refusals[error.status as keyof typeof refusals] as
    (typeof refusals)[keyof typeof refusals] | undefined;
  if (refusal) return { kind: refusal, retryable: false };
  return { kind: 'server', message: error.message, retryable: error.retryable };
}
