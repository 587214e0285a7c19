/**
 * `GET /evidence/<platform>/file/<id>`: serves a stored evidence file to whoever may read its
 * incident, and to nobody else (a non-member hears the same as for a file that does not exist),
 * whole or as one byte range, with the headers of `evidence-headers.ts`. The first read by
 * someone outside the reporting organisation is audited.
 */
import type { FastifyInstance } from 'fastify';
import { evidenceAccessOf, recordAudit, type ApiDeps } from '@opale/api';
import { findIncidentAttachmentById } from '@opale/db';
import type { EvidenceStore } from '../incidents/evidence-store';
import { setFileHeaders } from './evidence-headers';
import { headerOf, memberOf, memberOfAccess, notFound, refuse, uuid } from './evidence-shared';

export function evidenceDownloadRoute(
  app: FastifyInstance,
  deps: ApiDeps,
  store: EvidenceStore,
): void {
  app.get<{ Params: { platform: string; attachmentId: string } }>(
    '/evidence/:platform/file/:attachmentId',
    async (request, reply) => {
      const member = await memberOf(deps, request, request.params.platform, 'file');
      if (!member.ok) return refuse(reply, member.status, member.error);
      const attachment = uuid.safeParse(request.params.attachmentId).success
        ? await findIncidentAttachmentById(deps.db, request.params.attachmentId)
        : undefined;
      const evidence = attachment
        ? await evidenceAccessOf(deps.db, memberOfAccess(member), attachment.incidentId)
        : undefined;
      if (!attachment || !evidence) return refuse(reply, 404, notFound('file'));

      const range = byteRange(headerOf(request, 'range'), attachment.sizeBytes);
      if (range === 'unsatisfiable') {
        return reply
          .code(416)
          .header('content-range', `bytes */${attachment.sizeBytes}`)
          .send({ error: 'That byte range is outside the file; ask for a range within it.' });
      }
      const file = await store.open(attachment.storageKey, range);
      if (!file) {
        request.log.error(
          { attachmentId: attachment.id },
          'an evidence file is recorded but missing from the evidence folder',
        );
        return refuse(
          reply,
          404,
          'This file is recorded but missing on the server. Tell your platform admin (it may need restoring from a backup).',
        );
      }
      // A video player asks for the rest in pieces after its first request: that one is the read.
      if (evidence.outside && (range?.start ?? 0) === 0) {
        await recordAudit(deps.db, deps.now(), {
          action: 'incident.read_outside',
          actorId: member.user.id,
          platformId: member.platform.id,
          target: { type: 'incident', id: evidence.incident.id },
          detail: {
            organisationId: evidence.incident.organisationId,
            readerOrganisationId: member.organisationId,
            via: 'attachment',
            attachmentId: attachment.id,
          },
          ip: request.ip || null,
        });
      }
      setFileHeaders(reply, attachment);
      if (range) {
        reply
          .code(206)
          .header('content-range', `bytes ${range.start}-${range.end}/${file.sizeBytes}`)
          .header('content-length', range.end - range.start + 1);
      } else {
        reply.header('content-length', file.sizeBytes);
      }
      return reply.send(file.stream);
    },
  );
}

/** One `bytes=a-b` range (what video players ask); anything else serves the whole file. */
function byteRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (match[1] === '') {
    // The last N bytes.
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}
