import { writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { migrateToLatest } from '@opale/db';
import {
  postJson,
  publicOrigin,
  sessionCookieOf,
  signIn,
  startTestServer,
  whoIs,
  type TestServer,
} from './support';

type ErrorBody = { error: string };

describe('the HTTP host', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  describe('cross-site request defence', () => {
    it('refuses a tRPC mutation sent from another site', async () => {
      const cookie = await signIn(server, 'rep.calais@demo.opale');
      const response = await postJson(
        server,
        '/trpc/account.setLocale',
        { locale: 'en' },
        { origin: 'https://evil.example', cookie },
      );
      expect(response.status).toBe(403);
      expect(((await response.json()) as ErrorBody).error).toMatch(
        /came from another site \(https:\/\/evil\.example\)/,
      );
    });

    it('refuses a sign-in posted from another site', async () => {
      const response = await postJson(
        server,
        '/auth/login',
        { email: 'admin.calais@demo.opale', password: 'opale-demo' },
        { origin: 'https://evil.example' },
      );
      expect(response.status).toBe(403);
      expect(response.headers.getSetCookie()).toEqual([]);
    });

    it('refuses a state-changing request that names no origin at all', async () => {
      const response = await fetch(`${server.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin.calais@demo.opale', password: 'opale-demo' }),
      });
      expect(response.status).toBe(403);
      expect(((await response.json()) as ErrorBody).error).toMatch(
        /did not say which site sent it/,
      );
    });

    it('takes the Referer as the origin when a browser leaves Origin out', async () => {
      const attempt = (referer: string) =>
        fetch(`${server.url}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', referer },
          body: JSON.stringify({ email: 'admin.calais@demo.opale', password: 'opale-demo' }),
        });
      expect((await attempt(`${publicOrigin}/signin?next=/calais`)).status).toBe(200);
      expect((await attempt('https://evil.example/opale.test/')).status).toBe(403);
    });

    it("accepts the server's own address as well as PUBLIC_ORIGIN", async () => {
      const response = await postJson(
        server,
        '/auth/login',
        { email: 'admin.calais@demo.opale', password: 'opale-demo' },
        { origin: server.url },
      );
      expect(response.status).toBe(200);
    });

    it('refuses form-encoded and plain-text bodies with 415, even from the right origin', async () => {
      for (const [type, body] of [
        [
          'application/x-www-form-urlencoded',
          'email=admin.calais%40demo.opale&password=opale-demo',
        ],
        ['text/plain', '{"email":"admin.calais@demo.opale","password":"opale-demo"}'],
        [
          'multipart/form-data; boundary=x',
          '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--',
        ],
      ] as const) {
        const response = await fetch(`${server.url}/auth/login`, {
          method: 'POST',
          headers: { origin: publicOrigin, 'content-type': type },
          body,
        });
        expect(response.status, type).toBe(415);
        expect(((await response.json()) as ErrorBody).error).toMatch(/accepts only JSON/);
      }
    });
  });

  describe('malformed requests', () => {
    it('answers 413 with a readable message when a body exceeds 256 KiB', async () => {
      for (const path of ['/auth/login', '/trpc/account.setLocale']) {
        const response = await postJson(server, path, { padding: 'x'.repeat(300 * 1024) });
        expect(response.status, path).toBe(413);
        expect(((await response.json()) as ErrorBody).error).toMatch(/larger than 256 KiB/);
      }
    });

    it('answers 400 naming the problem when sign-in fields are not text or are missing', async () => {
      const notText = await postJson(server, '/auth/login', { email: 5, password: 'opale-demo' });
      expect(notText.status).toBe(400);
      expect(((await notText.json()) as ErrorBody).error).toBe(
        'Sign-in needs an email and a password: email must be text, like "name@example.org".',
      );

      const missing = await postJson(server, '/auth/login', { email: 'admin.calais@demo.opale' });
      expect(missing.status).toBe(400);
      expect(((await missing.json()) as ErrorBody).error).toMatch(/password is missing/);
    });

    it('answers 400 when the body is not valid JSON', async () => {
      const response = await fetch(`${server.url}/auth/login`, {
        method: 'POST',
        headers: { origin: publicOrigin, 'content-type': 'application/json' },
        body: '{"email": ',
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorBody).error).toMatch(/not valid JSON/);
    });

    it('answers 400 naming the field when a tRPC mutation gets bad input, without a stack trace', async () => {
      const cookie = await signIn(server, 'field.dunkirk@demo.opale');
      const response = await postJson(
        server,
        '/trpc/account.setLocale',
        { locale: 'klingon' },
        { cookie },
      );
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        error: {
          message: string;
          data: { code: string; fieldErrors: Record<string, string[]>; stack?: string };
        };
      };
      expect(body.error.message).toBe('Choose French (fr) or English (en).');
      expect(body.error.data.code).toBe('BAD_REQUEST');
      expect(body.error.data.fieldErrors.locale).toHaveLength(1);
      expect(body.error.data.stack).toBeUndefined();
    });
  });

  describe('/healthz', () => {
    it('answers 200 with ok: true once the database is migrated', async () => {
      const response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: true });
    });

    it('answers 503 until the database is migrated, then 200', async () => {
      const fresh = await startTestServer({ migrate: false });
      try {
        const before = await fetch(`${fresh.url}/healthz`);
        expect(before.status).toBe(503);
        const body = (await before.json()) as { ok: boolean; error: string };
        expect(body.ok).toBe(false);
        expect(body.error).toMatch(/not migrated/);
        await migrateToLatest(fresh.handle.db);
        const after = await fetch(`${fresh.url}/healthz`);
        expect(after.status).toBe(200);
      } finally {
        await fresh.close();
      }
    });
  });

  describe('security headers', () => {
    it('sends a strict Content-Security-Policy, no-referrer and nosniff on pages and API answers alike', async () => {
      for (const path of ['/', '/calais/members', '/healthz', '/trpc/account.me']) {
        const response = await fetch(`${server.url}${path}`);
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp, path).toContain("default-src 'self'");
        expect(csp, path).toContain("script-src 'self'");
        expect(csp, path).not.toContain('unsafe-inline');
        expect(csp, path).toContain("frame-ancestors 'none'");
        expect(csp, path).toContain("img-src 'self' data:");
        expect(csp, path).toContain("connect-src 'self' ws://opale.test");
        expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      }
    });

    it('keeps API answers out of caches', async () => {
      const response = await fetch(`${server.url}/trpc/account.me`);
      expect(response.headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('the web app', () => {
    it('serves index.html, never cached, for app paths such as /calais/members', async () => {
      for (const path of ['/', '/calais/members', '/invite/some-token']) {
        const response = await fetch(`${server.url}${path}`);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
        expect(response.headers.get('cache-control'), path).toBe('no-cache');
        expect(await response.text(), path).toContain('Opale test app');
      }
    });

    it('serves hashed assets with a year-long immutable cache', async () => {
      const response = await fetch(`${server.url}/assets/index-3f2a9c1b.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    });

    it('sends the build’s Brotli or gzip copy of a file to a browser that accepts it', async () => {
      // What the web build writes next to each file (vite-plugin-compression2).
      const script = `console.log(${JSON.stringify('opale '.repeat(400))});`;
      const path = join(server.config.webDist, 'assets', 'today-5e1d.js');
      writeFileSync(path, script);
      writeFileSync(`${path}.br`, brotliCompressSync(script));
      writeFileSync(`${path}.gz`, gzipSync(script));

      const answers = await Promise.all(
        ['br, gzip', 'gzip', 'identity'].map((encoding) =>
          rawGet(`${server.url}/assets/today-5e1d.js`, { 'accept-encoding': encoding }),
        ),
      );
      const [br, gzip, identity] = answers;
      expect(br!.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br!.body).toString()).toBe(script);
      expect(br!.body.length).toBeLessThan(script.length / 10);
      expect(gzip!.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip!.body).toString()).toBe(script);
      expect(identity!.headers['content-encoding']).toBeUndefined();
      expect(identity!.body.toString()).toBe(script);
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(answer.headers['content-type']).toMatch(/javascript/);
        expect(answer.headers.vary).toMatch(/accept-encoding/i);
        expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      }
    });

    it('answers missing files and server paths with a JSON 404, not the app', async () => {
      for (const path of [
        '/assets/missing-0000.js',
        '/trpc',
        // The guide itself answers /guide/<platform>; below it, nothing else is the app's either.
        '/guide/calais/nowhere',
        '/export/calais',
        '/auth/login',
      ]) {
        const response = await fetch(`${server.url}${path}`);
        expect(response.status, path).toBe(404);
        expect(((await response.json()) as ErrorBody).error, path).toMatch(
          /There is nothing at GET/,
        );
      }
      // A feed link that leads nowhere says so in words a calendar's owner can act on.
      const feed = await fetch(`${server.url}/ical/abc.ics`);
      expect(feed.status).toBe(404);
      expect(((await feed.json()) as ErrorBody).error).toMatch(
        /There is no calendar at this address/,
      );
    });
  });
});

describe('sign-in and sign-out', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('signs in and sets an HttpOnly, SameSite=Lax session cookie for the whole site', async () => {
    const response = await postJson(server, '/auth/login', {
      email: 'Coordinator.Calais@demo.opale',
      password: 'opale-demo',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('opale_session='))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/);
    const expires = Date.parse(/Expires=([^;]+)/.exec(cookie)![1]!);
    // SESSION_IDLE_HOURS defaults to 12: the cookie lives as long as the session could.
    expect(expires - Date.now()).toBeGreaterThan(11.9 * 3_600_000);
    expect(expires - Date.now()).toBeLessThan(12.1 * 3_600_000);
    expect(await whoIs(server, sessionCookieOf(response))).toBe('coordinator.calais@demo.opale');
  });

  it('marks the cookie Secure when the public origin is https', async () => {
    const secure = await startTestServer({ env: { PUBLIC_ORIGIN: 'https://opale.example.org' } });
    try {
      const response = await postJson(
        secure,
        '/auth/login',
        { email: 'admin.dunkirk@demo.opale', password: 'opale-demo' },
        { origin: 'https://opale.example.org' },
      );
      expect(response.status).toBe(200);
      expect(response.headers.getSetCookie()[0]).toMatch(/; Secure/);
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    } finally {
      await secure.close();
    }
  });

  it('answers 401 with the same message for a wrong password and for an unknown email', async () => {
    const wrongPassword = await postJson(server, '/auth/login', {
      email: 'observer.dunkirk@demo.opale',
      password: 'not-the-password',
    });
    const unknownEmail = await postJson(server, '/auth/login', {
      email: 'nobody@demo.opale',
      password: 'opale-demo',
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const first = ((await wrongPassword.json()) as ErrorBody).error;
    expect(first).toMatch(/do not match an account/);
    expect(((await unknownEmail.json()) as ErrorBody).error).toBe(first);
    expect(wrongPassword.headers.getSetCookie()).toEqual([]);
  });

  it('answers 429 with Retry-After once an account has failed too often, even with the right password', async () => {
    const email = 'field.calais@demo.opale';
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await postJson(server, '/auth/login', {
        email,
        password: `wrong-${attempt}`,
      });
      expect(response.status).toBe(401);
    }
    const throttled = await postJson(server, '/auth/login', { email, password: 'opale-demo' });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await throttled.json()) as ErrorBody).error).toMatch(/Too many failed sign-ins/);
  });

  it('ends the session a browser already held when it signs in again', async () => {
    const first = await signIn(server, 'rep.dunkirk@demo.opale');
    const second = await postJson(
      server,
      '/auth/login',
      { email: 'rep.dunkirk@demo.opale', password: 'opale-demo' },
      { cookie: first },
    );
    expect(second.status).toBe(200);
    expect(await whoIs(server, first)).toBeNull();
    expect(await whoIs(server, sessionCookieOf(second))).toBe('rep.dunkirk@demo.opale');
  });

  it('signs out: the session ends, the cookie is cleared and no longer works on /trpc', async () => {
    const cookie = await signIn(server, 'admin.calais@demo.opale');
    expect(await whoIs(server, cookie)).toBe('admin.calais@demo.opale');

    const response = await fetch(`${server.url}/auth/logout`, {
      method: 'POST',
      headers: { origin: publicOrigin, cookie },
    });
    expect(response.status).toBe(204);
    const cleared = response.headers.getSetCookie().find((c) => c.startsWith('opale_session='))!;
    expect(cleared).toMatch(/^opale_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(await whoIs(server, cookie)).toBeNull();

    const audit = await server.handle.db
      .selectFrom('auditEvents')
      .select('action')
      .where('action', '=', 'auth.sign_out')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('signs out with an empty JSON body, as scripts send it', async () => {
    const cookie = await signIn(server, 'observer.calais@demo.opale');
    const response = await fetch(`${server.url}/auth/logout`, {
      method: 'POST',
      headers: { origin: publicOrigin, 'content-type': 'application/json', cookie },
    });
    expect(response.status).toBe(204);
    expect(await whoIs(server, cookie)).toBeNull();
  });

  it('runs a tRPC mutation that takes no input, sent as the tRPC client sends it', async () => {
    const cookie = await signIn(server, 'observer.calais@demo.opale');
    const response = await fetch(`${server.url}/trpc/account.endAllSessions`, {
      method: 'POST',
      headers: { origin: publicOrigin, 'content-type': 'application/json', cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()[0]).toMatch(/^opale_session=;/);
    expect(await whoIs(server, cookie)).toBeNull();
  });

  it('closes the live connections opened with a session when it signs out', async () => {
    const cookie = await signIn(server, 'coordinator.dunkirk@demo.opale');
    const other = await signIn(server, 'coordinator.dunkirk@demo.opale');
    const phone = await openLiveSocket(server, cookie, 'schedule:dunkirk');
    const laptop = await openLiveSocket(server, other, 'schedule:dunkirk');

    await fetch(`${server.url}/auth/logout`, {
      method: 'POST',
      headers: { origin: publicOrigin, cookie },
    });
    expect(await phone.closed).toBe(4401);
    expect(laptop.socket.readyState).toBe(WebSocket.OPEN);
    expect(await whoIs(server, other)).toBe('coordinator.dunkirk@demo.opale');
    laptop.socket.close();
  });

  it('signs in the new person when they accept an invitation through /trpc, with the same cookie', async () => {
    const admin = await signIn(server, 'admin.calais@demo.opale');
    const organisations = (await (
      await fetch(
        `${server.url}/trpc/organisation.list?input=${encodeURIComponent(JSON.stringify({ platform: 'calais' }))}`,
        {
          headers: { cookie: admin },
        },
      )
    ).json()) as { result: { data: { id: string; name: string }[] } };
    const hro = organisations.result.data.find((o) => o.name === 'Human Rights Observers')!;

    const created = await postJson(
      server,
      '/trpc/invitation.create',
      {
        platform: 'calais',
        organisationId: hro.id,
        role: 'field',
        email: 'new.observer@hro.example',
      },
      { cookie: admin },
    );
    expect(created.status).toBe(200);
    const { url } = ((await created.json()) as { result: { data: { url: string } } }).result.data;
    expect(url.startsWith(`${publicOrigin}/invite/`)).toBe(true);

    const accepted = await postJson(server, '/trpc/invitation.accept', {
      token: url.split('/invite/')[1],
      newAccount: { name: 'Noor (test)', password: 'a long enough password' },
    });
    expect(accepted.status).toBe(200);
    const cookie = accepted.headers.getSetCookie().find((c) => c.startsWith('opale_session='))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Expires=/);
    expect(await whoIs(server, cookie.split(';', 1)[0]!)).toBe('new.observer@hro.example');
  });
});

describe('rate limiting', () => {
  it('limits sign-in attempts per address per minute before any password is checked', async () => {
    const server = await startTestServer({ limits: { loginAttemptsPerMinute: 3 } });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        const response = await postJson(server, '/auth/login', {
          email: `someone${attempt}@demo.opale`,
          password: 'x',
        });
        statuses.push(response.status);
        if (response.status === 429) {
          expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
          expect(((await response.json()) as ErrorBody).error).toMatch(
            /Too many requests from your address/,
          );
        }
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      // The limit is on sign-in only: the rest of the API still answers.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

/** A websocket on a live document, as the browser opens it (cookie and Origin). */
async function openLiveSocket(server: TestServer, cookie: string, docName: string) {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${docName}`, {
    headers: { cookie, origin: publicOrigin },
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  // The server's first sync message means the socket is attached to its document.
  await new Promise((resolve, reject) => {
    socket.once('message', resolve);
    socket.once('error', reject);
  });
  return { socket, closed };
}

/** A GET whose body is kept as sent (fetch would decompress it). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((done, fail) => {
    httpGet(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    }).on('error', fail);
  });
}
