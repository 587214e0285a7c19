/**
 * The Arrival Guide's other public forms (DESIGN.md §6), beside the page itself:
 * `GET /guide/<platform>/print?lang=<code>`, two A4 pages to print and pin up;
 * `GET /guide/<platform>/hsds.json`, the public services as Open Referral HSDS for directories.
 * Both are public, compressed and cached like the page: what they show changes by the hour.
 */
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '@opale/api';
import { listPlatforms } from '@opale/db';
import { readHsdsExport } from '../guide/hsds';
import { liveGuideUrl, printStyleHash, qrCodeSvg, renderPrintGuide } from '../guide/print-guide';
import { readGuide } from '../guide/read-guide';
import { renderGuideNotFound } from '../guide/render-guide';
import { guideContentSecurityPolicy } from './guide-routes';

/** As long as the guide page itself is fresh. */
export const guideExtraCacheControl = 'public, max-age=300';

/** The print view's own style by its hash, and nothing else: no script, image or font to load. */
export const printContentSecurityPolicy = [
  "default-src 'none'",
  `style-src ${printStyleHash}`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export async function guideExtraRoutes(
  app: FastifyInstance,
  options: { deps: ApiDeps },
): Promise<void> {
  const { deps } = options;

  // As for the page (guide-routes.ts): this plugin's answers only.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 512 });

  app.get<{ Params: { platform: string }; Querystring: { lang?: string | string[] } }>(
    '/guide/:platform/print',
    async (request, reply) => {
      const asked = request.query.lang;
      const lang = (Array.isArray(asked) ? asked[0] : asked) ?? null;
      const guide = await readGuide(deps, request.params.platform, {
        lang: lang === null ? null : lang.slice(0, 35),
        now: deps.now(),
      });
      if (!guide) {
        return reply
          .code(404)
          .header('content-security-policy', guideContentSecurityPolicy)
          .header('cache-control', 'public, max-age=60')
          .type('text/html; charset=utf-8')
          .send(renderGuideNotFound(await listPlatforms(deps.db)));
      }
      // The language the page is in, which may not be the one asked for.
      const guideUrl = liveGuideUrl(deps.publicOrigin, guide.platform.slug, guide.language.code);
      const html = renderPrintGuide(guide, { guideUrl, qrSvg: await qrCodeSvg(guideUrl) });
      return reply
        .header('content-security-policy', printContentSecurityPolicy)
        .header('cache-control', guideExtraCacheControl)
        .header('content-language', guide.language.code)
        .type('text/html; charset=utf-8')
        .send(html);
    },
  );

  app.get<{ Params: { platform: string } }>(
    '/guide/:platform/hsds.json',
    async (request, reply) => {
      const feed = await readHsdsExport(deps, request.params.platform);
      if (!feed) {
        return reply.code(404).send({
          error: `There is no platform '${request.params.platform.slice(0, 60)}'. Check the address: /guide/<platform>/hsds.json, e.g. /guide/calais/hsds.json.`,
        });
      }
      return (
        reply
          .header('cache-control', guideExtraCacheControl)
          // Open data: any directory may read it from its own page.
          .header('access-control-allow-origin', '*')
          .header('cross-origin-resource-policy', 'cross-origin')
          .type('application/json; charset=utf-8')
          .send(JSON.stringify(feed))
      );
    },
  );
}
