/**
 * The public Arrival Guide (DESIGN.md §6): `GET /guide/<platform>?lang=<code>`, server-rendered
 * HTML that needs no account and no JavaScript, compressed, cached by phones and proxies for a
 * few minutes; and the service worker that keeps the last pages opened for reading offline.
 * (The print view and the HSDS feed are in guide-extra-routes.ts.)
 */
import { createHash } from 'node:crypto';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ApiDeps } from '@opale/api';
import { listPlatforms } from '@opale/db';
import { guideServiceWorker, guideServiceWorkerRegistration } from '../guide/offline';
import { readGuide } from '../guide/read-guide';
import { guideStyleHash, renderGuide, renderGuideNotFound } from '../guide/render-guide';

/** A phone keeps the page: fresh for 5 minutes, shown while it refreshes for a day. */
export const guidePageCacheControl = 'public, max-age=300, stale-while-revalidate=86400';

/**
 * Stricter than the app's: the page's one inline style by its hash, the service worker's
 * registration script, nothing else. No form, no other origin; framed only by Opale itself (the
 * coordinators' preview).
 */
export const guideContentSecurityPolicy = [
  "default-src 'none'",
  `style-src ${guideStyleHash}`,
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

function sendHtml(reply: FastifyReply, status: number, html: string, cacheControl: string) {
  return (
    reply
      .code(status)
      .header('content-security-policy', guideContentSecurityPolicy)
      // Older browsers read this one; helmet's DENY is right for the app, not for the preview.
      .header('x-frame-options', 'SAMEORIGIN')
      .header('cache-control', cacheControl)
      // Also when this answer is not compressed: a shared cache must not hand it to every phone.
      // Without `?lang=` the phone's languages choose the page.
      .header('vary', 'accept-encoding, accept-language')
      .type('text/html; charset=utf-8')
      .send(html)
  );
}

export async function guideRoutes(app: FastifyInstance, options: { deps: ApiDeps }): Promise<void> {
  const { deps } = options;

  // Registered here, it compresses the guide's answers only (this plugin's context). Brotli
  // first: the page is mostly repeated markup and words, a few kilobytes once compressed.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 512 });

  app.get('/guide/sw.js', async (_request, reply) =>
    reply
      // A browser checks its service worker for changes on every visit anyway; no-cache makes
      // a new version reach phones at once.
      .header('cache-control', 'no-cache')
      .header('service-worker-allowed', '/guide/')
      .type('text/javascript; charset=utf-8')
      .send(guideServiceWorker),
  );

  app.get('/guide/sw-register.js', async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=86400')
      .type('text/javascript; charset=utf-8')
      .send(guideServiceWorkerRegistration),
  );

  app.get<{ Params: { platform: string }; Querystring: { lang?: string | string[] } }>(
    '/guide/:platform',
    async (request, reply) => {
      const asked = request.query.lang;
      const lang = (Array.isArray(asked) ? asked[0] : asked) ?? null;
      const guide = await readGuide(deps, request.params.platform, {
        lang: lang === null ? null : lang.slice(0, 35),
        now: deps.now(),
        acceptLanguage: request.headers['accept-language']?.slice(0, 500) ?? null,
      });
      if (!guide) {
        const platforms = await listPlatforms(deps.db);
        return sendHtml(reply, 404, renderGuideNotFound(platforms), 'public, max-age=60');
      }
      const html = renderGuide(guide);
      // Weak: the same page, whatever its compression.
      const etag = `W/"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
      reply.header('etag', etag).header('content-language', guide.language.code);
      if (etagMatches(request.headers['if-none-match'], etag)) {
        return reply
          .code(304)
          .header('cache-control', guidePageCacheControl)
          .header('content-security-policy', guideContentSecurityPolicy)
          .send();
      }
      return sendHtml(reply, 200, html, guidePageCacheControl);
    },
  );
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
