import { describe, expect, it } from 'vitest';
import { EvidenceUploadError } from '@/lib/incident-outbox/http-transport';
import { evidenceAccept, evidenceFileProblem, evidenceUploadFailure } from './evidence-upload';

const mb = 1024 * 1024;

describe('adding a file to a report from its page', () => {
  it('offers exactly the types the server keeps', () => {
    expect(evidenceAccept.split(',').sort()).toEqual([
      'application/pdf',
      'image/jpeg',
      'image/png',
      'image/webp',
      'video/mp4',
      'video/quicktime',
    ]);
  });

  it('refuses on the phone a type the server does not keep and a file over its kind’s limit', () => {
    expect(evidenceFileProblem({ type: 'application/pdf', size: 2 * mb })).toBeNull();
    expect(evidenceFileProblem({ type: 'IMAGE/JPEG', size: 15 * mb })).toBeNull();
    expect(evidenceFileProblem({ type: 'image/heic', size: mb })).toEqual({ kind: 'type' });
    expect(evidenceFileProblem({ type: '', size: mb })).toEqual({ kind: 'type' });
    expect(evidenceFileProblem({ type: 'image/png', size: 15 * mb + 1 })).toEqual({
      kind: 'tooLarge',
      limit: '15 MB',
    });
    expect(evidenceFileProblem({ type: 'application/pdf', size: 21 * mb })).toEqual({
      kind: 'tooLarge',
      limit: '20 MB',
    });
  });

  it('says a refusal of the server in the page’s words, another answer in the server’s, and no answer as a lost connection', () => {
    expect(evidenceUploadFailure(new EvidenceUploadError('too big', false, 413))).toEqual({
      kind: 'refusedTooLarge',
      retryable: false,
    });
    expect(evidenceUploadFailure(new EvidenceUploadError('HEIC', false, 415)).kind).toBe(
      'refusedType',
    );
    expect(evidenceUploadFailure(new EvidenceUploadError('damaged', false, 422)).kind).toBe(
      'refusedUnreadable',
    );
    expect(
      evidenceUploadFailure(new EvidenceUploadError('This incident is closed.', false, 403)),
    ).toEqual({ kind: 'server', message: 'This incident is closed.', retryable: false });
    expect(evidenceUploadFailure(new EvidenceUploadError('Error 503.', true, 503))).toEqual({
      kind: 'server',
      message: 'Error 503.',
      retryable: true,
    });
    expect(evidenceUploadFailure(new TypeError('Failed to fetch'))).toEqual({
      kind: 'lostConnection',
      retryable: true,
    });
  });
});
