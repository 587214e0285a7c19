/**
 * A client that sends its body too slowly: on every JSON route the server answers 408 and closes
 * the connection once `bodyTimeoutMs` has passed, while an evidence upload from a phone on a weak
 * network may take longer (Node's own request timeout, minutes, bounds it). Real server, raw
 * sockets, so that the body can be trickled.
 */
import { randomUUID } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDraft } from '@opale/core';
import { gpsPhoto } from './evidence-files';
import { trpcMutation } from './schedule-fixture';
import { publicOrigin, signIn, startTestServer, type TestServer } from './support';

// Server and test share one process: the margins are wide, so that a busy machine delaying
// timers cannot turn an answer in time into a late one.
const bodyTimeoutMs = 1_000;

const draft: IncidentDraft = {
  type: 'equipment_seizure',
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  siteId: null,
  placeText: 'Rue des Sablières',
  commune: 'Calais',
  authority: 'crs',
  officers: 4,
  vehicles: 1,
  itemsSeized: 10,
  fineAmountCents: null,
  fineNoticeDate: null,
  narrative: 'Tents were taken during the evening meal.',
};

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Opens a raw connection to the server; answers the socket and everything it will receive. */
function rawConnection(server: TestServer) {
  const { hostname, port } = new URL(server.url);
  const socket: Socket = connect(Number(port), hostname);
  const received: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  const closed = new Promise<string>((done) => {
    socket.on('close', () => done(Buffer.concat(received).toString('latin1')));
  });
  socket.on('error', () => undefined);
  return { socket, closed, received: () => Buffer.concat(received).toString('latin1') };
}

function head(method: string, path: string, headers: Record<string, string | number>): string {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return [`${method} ${path} HTTP/1.1`, ...lines, '', ''].join('\r\n');
}

describe('the time a request body may take', () => {
  let server: TestServer;
  let field: string;

  beforeAll(async () => {
    server = await startTestServer({ limits: { bodyTimeoutMs } });
    field = await signIn(server, 'field.calais@demo.opale');
  });
  afterAll(() => server.close());

  const body = JSON.stringify({ email: 'field.calais@demo.opale', password: 'opale-demo' });
  /** The head of a sign-in whose body is `body`, as a browser sends it. */
  const signInHead = (extra: Record<string, string> = {}) =>
    head('POST', '/auth/login', {
      host: new URL(server.url).host,
      origin: publicOrigin,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      ...extra,
    });

  it('answers 408 and closes the connection when a JSON body stalls', async () => {
    const { socket, closed } = rawConnection(server);
    socket.write(signInHead());
    // Half the body, then nothing.
    socket.write(body.slice(0, 10));
    const started = Date.now();
    const answer = await closed;
    expect(answer.startsWith('HTTP/1.1 408 Request Timeout')).toBe(true);
    // Closed by this limit, not by Node's own (minutes).
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('leaves alone a JSON body that arrives in time, even in pieces', async () => {
    const { socket, received } = rawConnection(server);
    socket.write(signInHead({ connection: 'close' }));
    socket.write(body.slice(0, 10));
    await pause(bodyTimeoutMs / 20);
    socket.write(body.slice(10));
    await new Promise((done) => socket.on('close', done));
    expect(received()).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('lets an evidence upload take longer than that', async () => {
    const { id: incidentId } = await trpcMutation<{ id: string }>(
      server,
      field,
      'incident.create',
      { platform: 'calais', idempotencyKey: randomUUID(), draft },
    );
    const photo = gpsPhoto;
    const { socket, received } = rawConnection(server);
    socket.write(
      head('POST', `/evidence/calais/${incidentId}`, {
        host: new URL(server.url).host,
        origin: publicOrigin,
        cookie: field,
        'content-type': 'image/jpeg',
        'content-length': photo.length,
        'idempotency-key': randomUUID(),
        'x-file-name': 'slow.jpg',
        connection: 'close',
      }),
    );
    // Three pieces, 0.6 of the JSON routes' limit apart: well past the limit in all.
    const piece = Math.ceil(photo.length / 3);
    for (let at = 0; at < photo.length; at += piece) {
      socket.write(photo.subarray(at, at + piece));
      await pause(bodyTimeoutMs * 0.6);
    }
    await expect.poll(received, { timeout: 10_000 }).toContain('\r\n\r\n');
    socket.destroy();
    expect(received()).toMatch(/^HTTP\/1\.1 201 /);
  });
});
