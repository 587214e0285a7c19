/**
 * The outbox's way to the real server: tRPC for the report, `POST /evidence/<platform>/<id>`
 * for each file (the raw file as the body, its own idempotency key in a header). The file upload
 * is also used alone (`uploadEvidence`), by a report's page adding a file to a report that exists.
 */
import type { AppRouter } from '@opale/api';
import { evidenceUploadPath } from '@opale/core';
import { TRPCClientError, type TRPCClient } from '@trpc/client';
import { OutboxSendError, type OutboxTransport } from './outbox-sender';
import type { OutboxAttachment } from './outbox-store';
import { currentLocale } from '../i18n';

export interface TransportWords {
  /** The session ended: sign in again, then the report goes. */
  signedOut: () => string;
  /** The server answered with an error it did not explain. */
  serverError: (status: number) => string;
}

/** 4xx answers are final (the same request gets the same answer), except these. */
function retryableStatus(status: number): boolean {
  return status === 401 || status === 408 || status === 425 || status === 429 || status >= 500;
}

function fromTrpc(error: unknown, words: TransportWords): unknown {
  if (!(error instanceof TRPCClientError)) return error;
  const data: unknown = error.data;
  const status =
    data && typeof data === 'object' && 'httpStatus' in data && typeof data.httpStatus === 'number'
      ? data.httpStatus
      : undefined;
  // No status: the request never reached the server (no signal). Thrown as is: retried.
  if (status === undefined) return error;
  if (status === 401) return new OutboxSendError(words.signedOut(), true);
  return new OutboxSendError(error.message, retryableStatus(status));
}

async function messageOf(response: Response): Promise<string | null> {
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object') {
      for (const field of ['message', 'error'] as const) {
        const value = (body as Record<string, unknown>)[field];
        if (typeof value === 'string' && value.trim() !== '') return value;
      }
    }
  } catch {
    // not JSON: fall back to our words
  }
  return null;
}

/** A file the server answered with an error: its status, for a screen to say why in its words. */
export class EvidenceUploadError extends OutboxSendError {
  constructor(
    message: string,
    retryable: boolean,
    readonly status: number,
  ) {
    super(message, retryable);
    this.name = 'EvidenceUploadError';
  }
}

export interface EvidenceUpload {
  platform: string;
  incidentId: string;
  /** The same key for every try of the same file: the server stores it once. */
  attachment: Pick<OutboxAttachment, 'key' | 'name' | 'type' | 'blob'>;
}

/**
 * Posts one file as evidence of a report. Resolves once the server holds it; throws an
 * `EvidenceUploadError` when the server refused it (`retryable` as for the outbox), and the fetch
 * error as is when the request never arrived (no signal).
 */
export async function uploadEvidence(
  { platform, incidentId, attachment }: EvidenceUpload,
  words: TransportWords,
  fetchFile: typeof fetch = (input, init) => fetch(input, init),
): Promise<void> {
  const response = await fetchFile(evidenceUploadPath(platform, incidentId), {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Accept-Language': currentLocale(),
      'Content-Type': attachment.type || 'application/octet-stream',
      'Idempotency-Key': attachment.key,
      'X-File-Name': encodeURIComponent(attachment.name),
    },
    body: attachment.blob,
  });
  if (response.ok) return;
  if (response.status === 401) {
    throw new EvidenceUploadError(words.signedOut(), true, response.status);
  }
  const message = (await messageOf(response)) ?? words.serverError(response.status);
  throw new EvidenceUploadError(message, retryableStatus(response.status), response.status);
}

export function httpOutboxTransport(
  client: TRPCClient<AppRouter>,
  words: TransportWords,
  fetchFile: typeof fetch = (input, init) => fetch(input, init),
): OutboxTransport {
  return {
    async createIncident({ platform, idempotencyKey, draft }) {
      try {
        const answer = await client.incident.create.mutate({ platform, idempotencyKey, draft });
        return { id: answer.id };
      } catch (error) {
        throw fromTrpc(error, words);
      }
    },
    async updateIncident({ platform, incidentId, draft }) {
      try {
        await client.incident.update.mutate({ platform, incidentId, draft });
      } catch (error) {
        throw fromTrpc(error, words);
      }
    },
    uploadAttachment: (upload) => uploadEvidence(upload, words, fetchFile),
  };
}
