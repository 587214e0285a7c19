/**
 * Serves the built web app. Any other GET that names no file and belongs to no server area falls
 * back to index.html, so that a deep link (`/calais/members`) or a reload opens the app there.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Paths the server answers itself; never the web app, even when nothing matches. The web app's
 * service worker keeps the same list (apps/web/vite.config.ts) so that it never answers them
 * with the app either, offline or not.
 */
export const serverAreas = [
  '/trpc',
  '/auth',
  '/healthz',
  '/sync',
  '/guide',
  '/ical',
  '/export',
  '/evidence',
];

export function isServerArea(path: string): boolean {
  return serverAreas.some((area) => path === area || path.startsWith(`${area}/`));
}

export async function webApp(app: FastifyInstance, options: { webDist: string }): Promise<void> {
  const built = existsSync(join(options.webDist, 'index.html'));
  if (!built) {
    app.log.warn(
      { webDist: options.webDist },
      'the web app is not built: only the API answers. Run `pnpm build` or set WEB_DIST.',
    );
  } else {
    await app.register(fastifyStatic, {
      root: options.webDist,
      wildcard: true,
      dotfiles: 'ignore',
      // The build writes Brotli and gzip copies next to each file (apps/web/vite.config.ts): sent
      // as they are to a browser that accepts them, with `Vary: Accept-Encoding`.
      preCompressed: true,
      // Cache headers are set below, per kind of file.
      cacheControl: false,
      setHeaders: (reply, path) => setCacheHeaders(reply, path),
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?', 1)[0] ?? '/';
    const wantsPage = request.method === 'GET' || request.method === 'HEAD';
    if (built && wantsPage && !isServerArea(path) && !basename(path).includes('.')) {
      return reply.sendFile('index.html');
    }
    const hint =
      built || isServerArea(path)
        ? ''
        : ' The web app is not built on this server: run `pnpm build`, or set WEB_DIST to its folder.';
    return reply
      .code(404)
      .send({ error: `There is nothing at ${request.method} ${path.slice(0, 200)}.${hint}` });
  });
}

function setCacheHeaders(reply: FastifyReply, path: string): void {
  // Vite names every built asset by its content hash: a changed file gets a new name.
  if (/[/\\]assets[/\\]/.test(path)) {
    reply.header('cache-control', 'public, max-age=31536000, immutable');
  } else {
    // index.html, the service worker (/sw.js) and the manifest must be checked on every visit,
    // or a phone keeps running an old version of the app.
    reply.header('cache-control', 'no-cache');
  }
}
