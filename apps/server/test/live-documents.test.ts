/**
 * The live-document endpoint as composed in the server: real sessions, real memberships, the
 * SQL update log, and membership changes made through the API reaching open sockets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { scheduleBoard } from '@opale/core';
import { loadDocumentLog } from '@opale/db';
import { LiveBoard, until } from './live-client';
import { postJson, publicOrigin, signIn, startTestServer, type TestServer } from './support';

/** Opens a raw socket; resolves with the close code, or the HTTP status of a refused upgrade. */
function refusal(server: TestServer, docName: string, headers: Record<string, string>) {
  return new Promise<{ code?: number; status?: number }>((resolve) => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${docName}`, { headers });
    ws.on('unexpected-response', (_request, response) => {
      resolve({ status: response.statusCode });
      ws.terminate();
    });
    ws.on('close', (code) => resolve({ code }));
    ws.on('error', () => undefined);
  });
}

async function trpc(server: TestServer, cookie: string, path: string, input: unknown) {
  const response = await postJson(server, `/trpc/${path}`, input, { cookie });
  expect(response.status, await response.clone().text()).toBe(200);
}

async function membershipIdOf(
  server: TestServer,
  adminCookie: string,
  email: string,
): Promise<string> {
  const input = encodeURIComponent(JSON.stringify({ platform: 'calais' }));
  const response = await fetch(`${server.url}/trpc/member.list?input=${input}`, {
    headers: { cookie: adminCookie },
  });
  const body = (await response.json()) as { result: { data: { id: string; email: string }[] } };
  return body.result.data.find((m) => m.email === email)!.id;
}

describe('live documents in the server', () => {
  let server: TestServer;
  let admin: string;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await signIn(server, 'admin.calais@demo.opale');
  });
  afterAll(() => server.close());

  it('refuses an upgrade without a session (4401), from another site (403), to another platform (4403) or to no board (4404)', async () => {
    const dunkirk = await signIn(server, 'rep.dunkirk@demo.opale');
    expect(await refusal(server, 'schedule:calais', { origin: publicOrigin })).toEqual({
      code: 4401,
    });
    expect(
      await refusal(server, 'schedule:calais', { origin: 'https://evil.example', cookie: admin }),
    ).toEqual({ status: 403 });
    expect(
      await refusal(server, 'schedule:calais', { origin: publicOrigin, cookie: dunkirk }),
    ).toEqual({ code: 4403 });
    expect(
      await refusal(server, 'schedule:lille', { origin: publicOrigin, cookie: dunkirk }),
    ).toEqual({ code: 4404 });
    expect(
      await refusal(server, 'agenda:calais:group:advocacy', {
        origin: publicOrigin,
        cookie: admin,
      }),
    ).toEqual({ code: 4404 });
  });

  it('logs an accepted edit with its author before relaying it', async () => {
    const coordinator = new LiveBoard(
      server,
      await signIn(server, 'coordinator.calais@demo.opale'),
      'schedule:calais',
    );
    const observer = new LiveBoard(
      server,
      await signIn(server, 'observer.calais@demo.opale'),
      'schedule:calais',
    );
    await until(() => coordinator.provider.synced && observer.provider.synced, 'sync');
    scheduleBoard.writeSite(coordinator.doc, 'new-site', { name: 'Site Plage' });
    await until(() => scheduleBoard.sites(observer.doc).some((s) => s.id === 'new-site'), 'relay');
    const log = await loadDocumentLog(server.handle.db, 'schedule:calais');
    const authors = log.updates.map((u) => u.author);
    expect(authors.filter((a) => a !== null)).toHaveLength(1);
    coordinator.destroy();
    observer.destroy();
  });

  it('applies a role change made by an admin to an open socket at once, and a removal within a second', async () => {
    const repCookie = await signIn(server, 'rep.calais@demo.opale');
    const rep = new LiveBoard(server, repCookie, 'schedule:calais');
    const watcher = new LiveBoard(server, admin, 'schedule:calais');
    await until(() => rep.provider.synced && watcher.provider.synced, 'sync');
    const membershipId = await membershipIdOf(server, admin, 'rep.calais@demo.opale');
    const me = (await (
      await fetch(`${server.url}/trpc/account.me`, { headers: { cookie: repCookie } })
    ).json()) as {
      result: { data: { memberships: { organisationId: string }[] } };
    };
    const ownOrganisation = me.result.data.memberships[0]!.organisationId;
    scheduleBoard.writeSeries(rep.doc, ownOrganisation, 'before-downgrade', { notes: 'a rep may' });
    await until(
      () => scheduleBoard.series(watcher.doc).some((s) => s.id === 'before-downgrade'),
      'relay',
    );

    await trpc(server, admin, 'member.changeRole', {
      platform: 'calais',
      membershipId,
      role: 'observer',
    });
    scheduleBoard.writeSeries(rep.doc, ownOrganisation, 'after-downgrade', {
      notes: 'should be refused',
    });
    await until(() => rep.closes.includes(4409), 'the refusal');
    expect(scheduleBoard.series(watcher.doc).some((s) => s.id === 'after-downgrade')).toBe(false);

    const again = new LiveBoard(server, repCookie, 'schedule:calais');
    await until(() => again.provider.synced, 'resync');
    const removedAt = Date.now();
    await trpc(server, admin, 'member.remove', { platform: 'calais', membershipId });
    await until(() => again.closes.length > 0, 'the removal to close the socket', 1000);
    expect(Date.now() - removedAt).toBeLessThan(1000);
    expect([4401, 4403]).toContain(again.closes[0]);
    rep.destroy();
    again.destroy();
    watcher.destroy();
  });

  it('closes a member’s sockets when they sign out', async () => {
    const cookie = await signIn(server, 'field.calais@demo.opale');
    const board = new LiveBoard(server, cookie, 'capacity:calais');
    await until(() => board.provider.synced, 'sync');
    await fetch(`${server.url}/auth/logout`, {
      method: 'POST',
      headers: { origin: publicOrigin, cookie },
    });
    await until(() => board.closes.includes(4401), 'the close', 1000);
    board.destroy();
  });
});
