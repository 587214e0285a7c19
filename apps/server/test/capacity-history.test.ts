/**
 * The SQL history of capacity readings, as live clients write them: each accepted reading is
 * one row, in the order the server accepted it — also when the server process is killed in the
 * middle of a stream and restarted on the same data folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { capacityBoard, type CapacityReading } from '@opale/core';
import { listReadingsOfDocument, openSqlite } from '@opale/db';
import { LiveBoard, until } from './live-client';
import { freePort, makeWorkspace, serverPackageDir, signIn, startTestServer } from './support';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function untilAsync(check: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function organisationOf(origin: string, cookie: string): Promise<string> {
  const response = await fetch(`${origin}/trpc/account.me`, { headers: { cookie } });
  const body = (await response.json()) as {
    result: { data: { memberships: { organisationId: string; platformSlug: string }[] } };
  };
  return body.result.data.memberships.find((m) => m.platformSlug === 'calais')!.organisationId;
}

function reading(n: number): CapacityReading {
  return {
    status: n % 3 === 0 ? 'full' : n % 3 === 1 ? 'limited' : 'open',
    available: n % 3 === 0 ? 0 : 40 - n,
    total: 40,
    note: `r${n}`,
    by: 'Alex',
    at: new Date(Date.UTC(2026, 10, 26, 17, 0, n)).toISOString(),
  };
}

describe('the history of capacity readings', () => {
  const cleanups: (() => void | Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('keeps every reading a field member records, once each, in order, with the account the server saw', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const rep = await signIn(server, 'rep.calais@demo.opale');
    const field = await signIn(server, 'field.calais@demo.opale');
    const organisationId = await organisationOf(server.url, field);
    const repBoard = new LiveBoard(server, rep, 'capacity:calais');
    const fieldBoard = new LiveBoard(server, field, 'capacity:calais');
    cleanups.push(
      () => repBoard.destroy(),
      () => fieldBoard.destroy(),
    );
    await repBoard.synced();
    await fieldBoard.synced();
    capacityBoard.writeService(repBoard.doc, organisationId, 'night-shelter', {
      name: 'Night shelter',
      serviceType: 'shelter',
      total: 40,
    });
    await until(
      () => capacityBoard.entries(fieldBoard.doc).some((e) => e.id === 'night-shelter'),
      'the service',
    );
    const before = (await listReadingsOfDocument(server.handle.db, 'capacity:calais')).length;

    for (let n = 1; n <= 12; n += 1) {
      capacityBoard.recordReading(fieldBoard.doc, organisationId, 'night-shelter', reading(n));
      // Each reading is its own update, as two taps a few seconds apart are.
      await until(
        () =>
          capacityBoard.reading(repBoard.doc, organisationId, 'night-shelter')?.note === `r${n}`,
        `reading ${n} to relay`,
      );
    }
    const me = (await (
      await fetch(`${server.url}/trpc/account.me`, { headers: { cookie: field } })
    ).json()) as { result: { data: { user: { id: string } } } };

    const rows = (await listReadingsOfDocument(server.handle.db, 'capacity:calais')).slice(before);
    expect(rows.map((r) => r.note)).toEqual(Array.from({ length: 12 }, (_, i) => `r${i + 1}`));
    expect(rows.map((r) => r.status)).toEqual(
      Array.from({ length: 12 }, (_, i) => reading(i + 1).status),
    );
    expect(new Set(rows.map((r) => r.authorId))).toEqual(new Set([me.result.data.user.id]));
    expect(rows.every((r) => r.serviceId === 'night-shelter' && r.platform === 'calais')).toBe(
      true,
    );
    expect(rows[0]!.readingAt).toBe(reading(1).at);
    // Changing the service's definition is no reading.
    capacityBoard.writeService(repBoard.doc, organisationId, 'night-shelter', { total: 45 });
    await sleep(200);
    expect(await listReadingsOfDocument(server.handle.db, 'capacity:calais')).toHaveLength(
      before + 12,
    );
  });

  it('keeps each reading once, in order, when the server is killed mid-stream and restarted', async () => {
    const workspace = makeWorkspace();
    cleanups.push(workspace.remove);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const start = (): ChildProcess => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/main.ts', 'serve', '--seed-demo'],
        {
          cwd: serverPackageDir,
          env: {
            ...process.env,
            PORT: String(port),
            HOST: '127.0.0.1',
            DATA_DIR: workspace.dataDir,
            WEB_DIST: workspace.webDist,
            PUBLIC_ORIGIN: origin,
            LOG_LEVEL: 'warn',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child.stdout?.resume();
      child.stderr?.resume();
      return child;
    };
    const healthy = async () => {
      try {
        return (await fetch(`${origin}/healthz`)).ok;
      } catch {
        return false;
      }
    };
    let server = start();
    cleanups.push(() => void server.kill('SIGKILL'));
    await untilAsync(healthy, 'the server to start');

    const login = async (email: string) => {
      const response = await fetch(`${origin}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ email, password: 'opale-demo' }),
      });
      expect(response.status).toBe(200);
      return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
    };
    const target = { url: origin };
    const field = await login('field.calais@demo.opale');
    const rep = await login('rep.calais@demo.opale');
    const organisationId = await organisationOf(origin, field);
    // The live clients send the page's Origin: here the server's public origin is its address.
    const writer = new LiveBoard(target, field, 'capacity:calais', origin);
    const watcher = new LiveBoard(target, rep, 'capacity:calais', origin);
    cleanups.push(
      () => writer.destroy(),
      () => watcher.destroy(),
    );
    await writer.synced();
    await watcher.synced();
    capacityBoard.writeService(watcher.doc, organisationId, 'crash-shelter', {
      name: 'Crash shelter',
      serviceType: 'shelter',
    });
    await until(
      () => capacityBoard.entries(writer.doc).some((e) => e.id === 'crash-shelter'),
      'the service',
    );

    // Readings every 25 ms; what the watcher receives was accepted (logged before relayed).
    const relayed: number[] = [];
    watcher.doc.on('update', () => {
      const note = capacityBoard.reading(watcher.doc, organisationId, 'crash-shelter')?.note;
      const n = note ? Number(note.slice(1)) : NaN;
      if (!Number.isNaN(n) && relayed.at(-1) !== n) relayed.push(n);
    });
    let n = 0;
    const stream = setInterval(() => {
      n += 1;
      capacityBoard.recordReading(writer.doc, organisationId, 'crash-shelter', reading(n));
    }, 25);
    await sleep(1000);
    const killed = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGKILL');
    await killed;
    clearInterval(stream);
    const acknowledged = [...relayed];
    expect(acknowledged.length).toBeGreaterThan(10);

    server = start();
    await untilAsync(healthy, 'the server to restart');
    await until(
      () => writer.provider.synced && watcher.provider.synced,
      'the clients to resync',
      20_000,
    );
    // The last reading the writer holds reaches the server, whether sent before or after.
    await until(
      () => capacityBoard.reading(watcher.doc, organisationId, 'crash-shelter')?.note === `r${n}`,
      'the last reading',
      20_000,
    );
    await sleep(300);

    const { db } = openSqlite(join(workspace.dataDir, 'opale.sqlite'));
    cleanups.push(() => db.destroy());
    const history = (await listReadingsOfDocument(db, 'capacity:calais'))
      .filter((r) => r.serviceId === 'crash-shelter')
      .map((r) => Number(r.note!.slice(1)));
    // Once each, in the order written, every acknowledged reading among them, and the last one.
    expect(new Set(history).size).toBe(history.length);
    expect(history).toEqual([...history].sort((a, b) => a - b));
    for (const k of acknowledged) expect(history).toContain(k);
    expect(history.at(-1)).toBe(n);
  });
});
