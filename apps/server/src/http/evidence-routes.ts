/**
 * Incident evidence over plain HTTP, with the session cookie:
 * `POST /evidence/<platform>/<incidentId>` takes one photo, video or PDF as the raw request body
 * (`Content-Type` its media type, `Idempotency-Key: <uuid>`, optional
 * `X-File-Name: <encodeURIComponent(name)>`), strips its location and device metadata, stores it
 * and answers what was recorded, its SHA-256 included; `GET /evidence/<platform>/file/<id>`
 * serves the stored bytes to whoever may read the incident, and to nobody else.
 *
 * This plugin is the one entry point: the upload is in `evidence-upload.ts`, the download in
 * `evidence-download.ts` (its headers in `evidence-headers.ts`), and what both share in
 * `evidence-shared.ts`.
 */
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '@opale/api';
import type { EvidenceStore } from '../incidents/evidence-store';
import { evidenceDownloadRoute } from './evidence-download';
import { evidenceUploadRoute } from './evidence-upload';

export { contentDisposition } from './evidence-headers';

export async function evidenceRoutes(
  app: FastifyInstance,
  options: { deps: ApiDeps; store: EvidenceStore },
): Promise<void> {
  const { deps, store } = options;

  // Here, and only here, a body is a file: hand it over unread, whatever its type, so the
  // handler decides (after checking who sends it) and streams it to disk within the limit.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

  evidenceUploadRoute(app, deps, store);
  evidenceDownloadRoute(app, deps, store);
}
