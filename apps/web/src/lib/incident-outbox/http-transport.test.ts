import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppRouter } from '@opale/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvidenceUploadError, httpOutboxTransport, uploadEvidence } from './http-transport';
import { OutboxSendError } from './outbox-sender';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** A plain HTTP server answering each upload with the next scripted status and body. */
let server: Server;
let origin = '';
const received: Received[] = [];
const answers: { status: number; body: unknown }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks),
      });
      const answer = answers.shift() ?? { status: 201, body: {} };
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

function transport() {
  const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${origin}/trpc` })] });
  return httpOutboxTransport(
    client,
    { signedOut: () => 'Sign in again to send it.', serverError: (status) => `Error ${status}.` },
    (input, init) => fetch(`${origin}${input as string}`, init),
  );
}

const photo = {
  key: '0b6f3c1e-7a51-4c55-9a55-1c4f4d3c2b10',
  name: 'saisie du matériel.jpg',
  type: 'image/jpeg',
  size: 4,
  blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' }),
};

async function upload() {
  return transport().uploadAttachment({
    platform: 'calais',
    incidentId: '7d1c1b0e-0000-4000-8000-000000000001',
    attachment: photo,
  });
}

describe('sending a file of the outbox to the server', () => {
  it('posts the raw file with its type, its own key and its name', async () => {
    received.length = 0;
    answers.push({ status: 201, body: { id: 'a1' } });
    await upload();
    const [request] = received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/evidence/calais/7d1c1b0e-0000-4000-8000-000000000001');
    expect(request?.headers['content-type']).toBe('image/jpeg');
    expect(request?.headers['idempotency-key']).toBe(photo.key);
    expect(decodeURIComponent(String(request?.headers['x-file-name']))).toBe(photo.name);
    expect([...(request?.body ?? [])]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
  });

  it('takes a refusal as final, in the server’s words', async () => {
    answers.push({ status: 413, body: { error: 'Photos can be at most 15 MB.' } });
    const refusal = await upload().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(OutboxSendError);
    expect(refusal).toMatchObject({ message: 'Photos can be at most 15 MB.', retryable: false });
  });

  it('uploads a file alone for a report’s page, and says the status the server refused it with', async () => {
    received.length = 0;
    answers.push({ status: 201, body: { id: 'a2' } });
    answers.push({ status: 422, body: { error: 'Opale could not read this PDF.' } });
    const words = {
      signedOut: () => 'Sign in again.',
      serverError: (status: number) => `${status}`,
    };
    const send = () =>
      uploadEvidence(
        {
          platform: 'calais',
          incidentId: '7d1c1b0e-0000-4000-8000-000000000002',
          attachment: {
            key: photo.key,
            name: 'avis.pdf',
            type: 'application/pdf',
            blob: photo.blob,
          },
        },
        words,
        (input, init) => fetch(`${origin}${input as string}`, init),
      );
    await send();
    const refusal = await send().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(EvidenceUploadError);
    expect(refusal).toMatchObject({
      status: 422,
      retryable: false,
      message: 'Opale could not read this PDF.',
    });
    // Both tries carried the same key: the server keeps the file once however often it is sent.
    expect(received.map((r) => r.headers['idempotency-key'])).toEqual([photo.key, photo.key]);
    expect(received[0]?.url).toBe('/evidence/calais/7d1c1b0e-0000-4000-8000-000000000002');
  });

  it('tries again after a server failure or an ended session', async () => {
    answers.push({ status: 503, body: 'busy' });
    expect(await upload().catch((error: unknown) => error)).toMatchObject({
      message: 'Error 503.',
      retryable: true,
    });
    answers.push({ status: 401, body: { error: 'Sign in first.' } });
    expect(await upload().catch((error: unknown) => error)).toMatchObject({
      message: 'Sign in again to send it.',
      retryable: true,
    });
  });

  it('takes a report the server refused as final, and no answer at all as worth another try', async () => {
    answers.push({
      status: 400,
      body: [
        {
          error: {
            message: 'The incident is dated in the future; check its date and time.',
            code: -32600,
            data: { code: 'BAD_REQUEST', httpStatus: 400 },
          },
        },
      ],
    });
    const draft = {
      type: 'fine' as const,
      occurredAt: '2030-01-01T10:00:00+01:00',
      siteId: null,
      placeText: 'Quai',
      commune: 'Calais',
      authority: 'crs' as const,
      officers: null,
      vehicles: null,
      itemsSeized: null,
      fineAmountCents: null,
      fineNoticeDate: null,
      narrative: '',
    };
    const refused = await transport()
      .createIncident({ platform: 'calais', idempotencyKey: photo.key, draft })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({
      message: 'The incident is dated in the future; check its date and time.',
      retryable: false,
    });

    const closed = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: 'http://127.0.0.1:9/trpc' })],
    });
    const unreachable = await httpOutboxTransport(closed, {
      signedOut: () => '',
      serverError: () => '',
    })
      .createIncident({ platform: 'calais', idempotencyKey: photo.key, draft })
      .catch((error: unknown) => error);
    expect(unreachable).not.toBeInstanceOf(OutboxSendError);
  });
});
