/**
 * What the web app's service worker needs from the server: the worker script and the manifest at
 * the root, with the right types, checked on every visit (a stale worker would keep a phone on an
 * old version), and a Content-Security-Policy that lets the app register them. The guide keeps
 * its own, stricter policy.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support';

/** The CSP directives of an answer, by name. */
function directivesOf(response: Response): Map<string, string> {
  const policy = response.headers.get('content-security-policy') ?? '';
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

describe('the web app offline: service worker and manifest', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false });
    // What `vite build` writes next to index.html (vite-plugin-pwa).
    const webDist = server.config.webDist;
    writeFileSync(join(webDist, 'sw.js'), 'self.addEventListener("fetch", () => undefined);');
    writeFileSync(
      join(webDist, 'manifest.webmanifest'),
      JSON.stringify({ name: 'Opale', start_url: '/', display: 'standalone' }),
    );
  });
  afterAll(() => server.close());

  it('serves /sw.js as JavaScript that a browser checks for changes on every visit', async () => {
    const response = await fetch(`${server.url}/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^(?:text|application)\/javascript/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('addEventListener');
  });

  it('serves /manifest.webmanifest as a web app manifest, not cached for long', async () => {
    const response = await fetch(`${server.url}/manifest.webmanifest`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toMatchObject({ name: 'Opale', start_url: '/' });
  });

  it("lets the app's pages register the worker and read the manifest from its own origin only", async () => {
    for (const path of ['/', '/calais/today', '/sw.js']) {
      const directives = directivesOf(await fetch(`${server.url}${path}`));
      expect(directives.get('worker-src'), path).toBe("'self'");
      expect(directives.get('manifest-src'), path).toBe("'self'");
      expect(directives.get('script-src'), path).toBe("'self'");
    }
  });

  it("gives the guide its own policy, without the app's manifest", async () => {
    const response = await fetch(`${server.url}/guide/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('service-worker-allowed')).toBe('/guide/');
    const page = await fetch(`${server.url}/guide/nowhere`);
    const directives = directivesOf(page);
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('worker-src')).toBe("'self'");
    expect(directives.has('manifest-src')).toBe(false);
  });

  it('never answers the server’s own paths with the app, evidence included', async () => {
    for (const path of ['/evidence/none', '/trpc/nowhere', '/sync']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});
