/**
 * Refusals in the language of the person's screen, over real HTTP: the API's error answers
 * (message and field messages) and the HTTP routes' `{ error }` follow the Accept-Language the
 * app sends, else the account's language; a client that states neither gets English.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frenchMessages } from '@opale/core';
import { postJson, signIn, startTestServer, type TestServer } from './support';

const communeMessage = 'Give the commune where it happened (e.g. Calais, Grande-Synthe).';
const frenchCommune = frenchMessages[communeMessage]!;

interface TrpcError {
  error: { message: string; data: { fieldErrors: Record<string, string[]> | null } };
}

describe('the language of a refusal', () => {
  let server: TestServer;
  let field: string; // an account in English
  let admin: string; // an account in French

  beforeAll(async () => {
    server = await startTestServer();
    field = await signIn(server, 'field.calais@demo.opale');
    admin = await signIn(server, 'admin.calais@demo.opale');
  });
  afterAll(() => server.close());

  async function recordWithoutCommune(cookie: string, headers: Record<string, string> = {}) {
    const response = await postJson(
      server,
      '/trpc/incident.create',
      {
        platform: 'calais',
        idempotencyKey: randomUUID(),
        draft: {
          type: 'fine',
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          siteId: null,
          placeText: 'Rue des Garennes',
          commune: '',
          authority: 'police_nationale',
          officers: 2,
          vehicles: 1,
          itemsSeized: null,
          fineAmountCents: 13500,
          fineNoticeDate: null,
          narrative: 'A fine for parking the van during the meal.',
        },
      },
      { cookie, ...headers },
    );
    expect(response.status).toBe(400);
    return ((await response.json()) as TrpcError).error;
  }

  it('answers in the language the screen says it shows', async () => {
    const french = await recordWithoutCommune(field, { 'accept-language': 'fr' });
    expect(french.message).toBe(frenchCommune);
    expect(french.data.fieldErrors?.['draft.commune']).toEqual([frenchCommune]);

    const english = await recordWithoutCommune(admin, { 'accept-language': 'en' });
    expect(english.message).toBe(communeMessage);
    expect(english.data.fieldErrors?.['draft.commune']).toEqual([communeMessage]);
  });

  it('answers in the account’s language when the request says none', async () => {
    expect((await recordWithoutCommune(admin)).message).toBe(frenchCommune);
    expect((await recordWithoutCommune(field)).message).toBe(communeMessage);
  });

  it('translates the sentences that carry values, with the values in place', async () => {
    const input = encodeURIComponent(
      JSON.stringify({ platform: 'calais', incidentId: randomUUID() }),
    );
    const response = await fetch(`${server.url}/trpc/incident.get?input=${input}`, {
      headers: { cookie: field, 'accept-language': 'fr-FR,fr;q=0.9' },
    });
    const { error } = (await response.json()) as TrpcError;
    expect(error.message).not.toMatch(/There is no such incident/);
    expect(error.message).toContain('Calais');
  });

  it('gives the HTTP routes’ refusals in French too, and in English to a script', async () => {
    const period = '/export/calais/incidents.csv?from=2026-11-30&to=2026-11-01';
    const french = await fetch(`${server.url}${period}`, {
      headers: { cookie: admin, 'accept-language': 'fr' },
    });
    expect(french.status).toBe(400);
    const frenchError = ((await french.json()) as { error: string }).error;
    expect(frenchError).toMatch(/2026-11-30/);
    expect(frenchError).not.toMatch(/comes before the first/);

    const script = await fetch(`${server.url}${period}`, { headers: { cookie: admin } });
    expect(((await script.json()) as { error: string }).error).toMatch(/comes before the first/);
  });
});
