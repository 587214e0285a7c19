/**
 * Durability under a crash: the real server process is killed with SIGKILL in the middle of a
 * stream of edits, restarted on the same data folder, and the clients reconnect.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { agendaBoard } from '@opale/core';
import { freePort, makeWorkspace, serverPackageDir } from './support';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

function startServer(port: number, dataDir: string, webDist: string): ChildProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main.ts', 'serve', '--seed-demo'],
    {
      cwd: serverPackageDir,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        WEB_DIST: webDist,
        PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

async function healthy(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/healthz`);
    return response.ok;
  } catch {
    return false;
  }
}

async function signIn(origin: string, email: string): Promise<string> {
  const response = await fetch(`${origin}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password: 'opale-demo' }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0]!;
}

class Writer {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly written: string[] = [];
  /** Keys of other writers' items this client received from the server. */
  readonly relayed = new Set<string>();

  constructor(
    origin: string,
    cookie: string,
    readonly name: string,
  ) {
    const headers = { cookie, origin };
    const Socket = class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    };
    this.provider = new WebsocketProvider(
      `${origin.replace('http', 'ws')}/sync`,
      'agenda:calais',
      this.doc,
      {
        WebSocketPolyfill: Socket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        maxBackoffTime: 250,
      },
    );
    this.doc.getMap('items').observe((event: Y.YMapEvent<unknown>) => {
      if (event.transaction.origin !== this.provider) return;
      for (const key of event.keysChanged as Set<string>) this.relayed.add(key);
    });
  }

  edit(n: number) {
    const id = `${this.name}-${n}`;
    agendaBoard.writeItem(this.doc, id, { title: id, kind: 'joint_activity' });
    const notes = agendaBoard.notes(this.doc, 'crash');
    notes.insert(notes.length, `[${id}]`);
    this.written.push(`item:${id}`);
  }

  destroy() {
    this.provider.destroy();
    this.doc.destroy();
  }
}

describe('a crash', () => {
  const cleanups: (() => void | Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('loses no edit that was relayed or that an open client still holds, and duplicates none', async () => {
    const workspace = makeWorkspace();
    cleanups.push(workspace.remove);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    let server = startServer(port, workspace.dataDir, workspace.webDist);
    cleanups.push(() => void server.kill('SIGKILL'));
    await until(() => healthy(origin), 'the server to start');

    const writers: Writer[] = [];
    for (const role of ['admin', 'coordinator', 'rep']) {
      const writer = new Writer(origin, await signIn(origin, `${role}.calais@demo.opale`), role);
      writers.push(writer);
      cleanups.push(() => writer.destroy());
    }
    await until(() => writers.every((w) => w.provider.synced), 'the writers to sync');
    // The shared notes of one meeting, which every writer types into.
    agendaBoard.writeItem(writers[0]!.doc, 'crash', {
      kind: 'platform_meeting',
      title: 'Weekly platform meeting',
      date: '2026-11-26',
      startTime: '17:00',
      endTime: '18:30',
    });
    await until(
      () => writers.every((w) => agendaBoard.item(w.doc, 'crash') !== null),
      'the meeting to relay',
    );

    // A stream of edits from every writer; the server is killed in the middle of it.
    let n = 0;
    const stream = setInterval(() => {
      for (const writer of writers) writer.edit(n);
      n += 1;
    }, 20);
    await sleep(1200);
    const killed = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGKILL');
    await killed;
    const relayedBeforeKill = new Set(writers.flatMap((w) => [...w.relayed]));
    // The writers keep editing offline for a moment, as a phone would.
    await sleep(200);
    clearInterval(stream);
    expect(relayedBeforeKill.size).toBeGreaterThan(10);

    server = startServer(port, workspace.dataDir, workspace.webDist);
    await until(() => healthy(origin), 'the server to restart');
    await until(() => writers.every((w) => w.provider.synced), 'the writers to resync');

    // A newcomer reads what the server holds.
    const reader = new Writer(origin, await signIn(origin, 'observer.calais@demo.opale'), 'reader');
    cleanups.push(() => reader.destroy());
    const everyEdit = writers.flatMap((w) => w.written);
    await until(
      () => everyEdit.every((key) => reader.doc.getMap('items').has(key)),
      'every edit to reach the restarted server',
    );
    for (const key of relayedBeforeKill) expect(reader.doc.getMap('items').has(key)).toBe(true);

    const notes = agendaBoard.notes(reader.doc, 'crash').toJSON();
    for (const key of everyEdit) {
      const marker = `[${key.slice('item:'.length)}]`;
      expect(notes.split(marker).length - 1, marker).toBe(1);
    }
    for (const writer of writers) {
      expect(agendaBoard.notes(writer.doc, 'crash').toJSON()).toBe(notes);
    }
  });
});
