/**
 * Restricted group boards (`agenda:<platform>:group:<group>`): only members of the group's
 * consenting organisations open them, and changes to who is in a group reach open sockets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { agendaBoard } from '@opale/core';
import { LiveBoard, until } from './live-client';
import { postJson, publicOrigin, signIn, startTestServer, type TestServer } from './support';

function refusal(server: TestServer, docName: string, cookie: string) {
  return new Promise<{ code?: number; status?: number }>((resolve) => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${docName}`, {
      headers: { cookie, origin: publicOrigin },
    });
    ws.on('unexpected-response', (_request, response) => {
      resolve({ status: response.statusCode });
      ws.terminate();
    });
    ws.on('close', (code) => resolve({ code }));
    ws.on('error', () => undefined);
  });
}

async function call<T>(server: TestServer, cookie: string, path: string, input: unknown) {
  const response = await postJson(server, `/trpc/${path}`, input, { cookie });
  const text = await response.text();
  expect(response.status, text).toBe(200);
  return (JSON.parse(text) as { result: { data: T } }).result.data;
}

async function organisationOf(server: TestServer, cookie: string): Promise<string> {
  const response = await fetch(`${server.url}/trpc/account.me`, { headers: { cookie } });
  const body = (await response.json()) as {
    result: { data: { memberships: { organisationId: string }[] } };
  };
  return body.result.data.memberships[0]!.organisationId;
}

describe('group agenda boards', () => {
  let server: TestServer;
  let admin: string;
  let rep: string;
  let observer: string;
  let repOrganisation: string;
  let groupId: string;
  let docName: string;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await signIn(server, 'admin.calais@demo.opale');
    rep = await signIn(server, 'rep.calais@demo.opale');
    observer = await signIn(server, 'observer.calais@demo.opale');
    repOrganisation = await organisationOf(server, rep);
    ({ id: groupId } = await call<{ id: string }>(server, admin, 'group.create', {
      platform: 'calais',
      name: 'Food working group',
      kind: 'working_group',
    }));
    docName = `agenda:calais:group:${groupId}`;
  });
  afterAll(() => server.close());

  it('refuses at upgrade everyone whose organisation is not in the group, the platform admin included', async () => {
    expect(await refusal(server, docName, rep)).toEqual({ code: 4403 });
    expect(await refusal(server, docName, admin)).toEqual({ code: 4403 });
    // A group that does not exist, or that belongs to another platform, is no board at all.
    expect(
      await refusal(server, 'agenda:calais:group:00000000-0000-4000-8000-000000000000', rep),
    ).toEqual({ code: 4404 });
    expect(await refusal(server, `agenda:dunkirk:group:${groupId}`, rep)).toEqual({
      code: 4404,
    });
  });

  it('admits the members of a consenting organisation once it joins, and closes their sockets when it leaves', async () => {
    await call(server, admin, 'group.addOrganisation', {
      platform: 'calais',
      groupId,
      organisationId: repOrganisation,
    });
    const member = new LiveBoard(server, rep, docName);
    await member.synced();
    agendaBoard.writeItem(member.doc, 'restricted', {
      kind: 'coalition_meeting',
      title: 'Only for the group',
      date: '2026-12-01',
      startTime: '10:00',
      endTime: '11:00',
    });
    const again = new LiveBoard(server, rep, docName);
    await until(() => agendaBoard.item(again.doc, 'restricted') !== null, 'the item to relay');
    expect(await refusal(server, docName, observer)).toEqual({ code: 4403 });

    const removedAt = Date.now();
    await call(server, admin, 'group.removeOrganisation', {
      platform: 'calais',
      groupId,
      organisationId: repOrganisation,
    });
    await until(() => member.closes.length > 0 && again.closes.length > 0, 'the sockets to close');
    expect(Date.now() - removedAt).toBeLessThan(1000);
    expect(member.closes[0]).toBe(4403);
    expect(await refusal(server, docName, rep)).toEqual({ code: 4403 });
    member.destroy();
    again.destroy();
  });

  it('closes every socket of a group that is removed', async () => {
    const { id } = await call<{ id: string }>(server, admin, 'group.create', {
      platform: 'calais',
      name: 'Short-lived group',
      kind: 'coalition',
    });
    await call(server, admin, 'group.addOrganisation', {
      platform: 'calais',
      groupId: id,
      organisationId: repOrganisation,
    });
    const board = new LiveBoard(server, rep, `agenda:calais:group:${id}`);
    await board.synced();
    await call(server, admin, 'group.remove', { platform: 'calais', groupId: id });
    await until(() => board.closes.length > 0, 'the socket to close');
    expect(board.closes[0]).toBe(4403);
    expect(await refusal(server, `agenda:calais:group:${id}`, rep)).toEqual({ code: 4404 });
    board.destroy();
  });
});
