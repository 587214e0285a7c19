/**
 * `POST /evidence/<platform>/<incidentId>`: takes one photo, video or PDF as the raw request body
 * (`Content-Type` its media type, `Idempotency-Key: <uuid>`, optional
 * `X-File-Name: <encodeURIComponent(name)>`) from a member who may add evidence to the incident,
 * checks its size and that its content is the type it says, strips its location and device
 * metadata, stores it and answers what was recorded, its SHA-256 included. A retry with the same
 * key gets the same answer and stores nothing twice.
 */
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { fileTypeFromFile } from 'file-type';
import { attachmentViewOf, evidenceAccessOf, newId, recordAudit, type ApiDeps } from '@opale/api';
import {
  cleanEvidenceFileName,
  evidenceKindOf,
  evidenceSizeLimits,
  formatEvidenceLimit,
  isEvidenceMediaType,
  type EvidenceKind,
  type EvidenceMediaType,
} from '@opale/core';
import { findIncidentAttachmentByKey, insertIncidentAttachmentOnce } from '@opale/db';
import {
  EvidenceTooLargeError,
  openForStripping,
  type EvidenceStore,
  type ReceivedFile,
  type StoredFile,
} from '../incidents/evidence-store';
import {
  stripJpeg,
  stripMovie,
  stripPdf,
  stripPng,
  stripWebp,
  UnreadableEvidenceError,
} from '../incidents/strip-metadata';
import { headerOf, memberOf, memberOfAccess, notFound, refuse, uuid } from './evidence-shared';

/** How each kind is named to the person who sent a wrong one. */
const kindNames: Record<EvidenceKind, string> = {
  photo: 'photo',
  video: 'video',
  pdf: 'PDF',
};

const extensions: Record<EvidenceMediaType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'application/pdf': 'pdf',
};

const acceptedList = 'JPEG, PNG or WebP photos, MP4 or MOV videos, and PDF documents';

export function evidenceUploadRoute(
  app: FastifyInstance,
  deps: ApiDeps,
  store: EvidenceStore,
): void {
  app.post<{ Params: { platform: string; incidentId: string } }>(
    '/evidence/:platform/:incidentId',
    { config: { acceptsFiles: true } },
    async (request, reply) => {
      // Until the body is read in full, any answer closes the connection: the file still on its
      // way is not read just to be thrown away.
      reply.header('connection', 'close');
      const member = await memberOf(deps, request, request.params.platform, 'incident');
      if (!member.ok) return refuse(reply, member.status, member.error);
      const idempotencyKey = headerOf(request, 'idempotency-key');
      if (!idempotencyKey || !uuid.safeParse(idempotencyKey).success) {
        return refuse(
          reply,
          400,
          'Send the header Idempotency-Key with a new UUID for each file (the same one when you retry that file).',
        );
      }
      const evidence = uuid.safeParse(request.params.incidentId).success
        ? await evidenceAccessOf(deps.db, memberOfAccess(member), request.params.incidentId)
        : undefined;
      if (!evidence) return refuse(reply, 404, notFound('incident'));
      const { incident } = evidence;
      if (!evidence.mayChange) {
        return refuse(
          reply,
          403,
          incident.closedAt
            ? 'This incident is closed; no evidence can be added to it any more.'
            : evidence.access === 'own'
              ? 'This report is verified: ask a rep of your organisation to add the file.'
              : 'Only members of the organisation that reported this incident can add evidence to it.',
        );
      }

      // A retry of an upload that already arrived: the same answer, nothing stored twice.
      const earlier = await findIncidentAttachmentByKey(deps.db, incident.id, idempotencyKey);
      if (earlier) return reply.code(200).send(attachmentViewOf(earlier));

      const declared = mediaTypeOf(headerOf(request, 'content-type'));
      if (!declared || !isEvidenceMediaType(declared)) {
        return refuse(
          reply,
          415,
          `Opale keeps ${acceptedList} as evidence${declared ? `, not '${declared.slice(0, 60)}'` : ''}. ` +
            'Send the file with its type in Content-Type (a photo from an iPhone in HEIC: export it as JPEG first).',
        );
      }
      const kind = evidenceKindOf(declared);
      const limit = evidenceSizeLimits[kind];
      const tooLarge = `This ${kindNames[kind]} is larger than ${formatEvidenceLimit(limit)}, the most Opale keeps for a ${kindNames[kind]}. Send a shorter or smaller one.`;
      const declaredLength = Number(headerOf(request, 'content-length') ?? NaN);
      if (declaredLength > limit) return refuse(reply, 413, tooLarge);

      let received: ReceivedFile;
      try {
        received = await store.receive(request.body as Readable, limit);
      } catch (error) {
        if (error instanceof EvidenceTooLargeError) {
          return refuse(reply, 413, tooLarge);
        }
        request.log.info({ err: error }, 'an evidence upload did not arrive in full');
        return refuse(reply, 400, 'The file did not arrive in full. Send it again.');
      }
      reply.removeHeader('connection');

      let stored: StoredFile;
      let mediaType: EvidenceMediaType;
      try {
        if (received.sizeBytes === 0) {
          return refuse(reply, 400, 'The file is empty. Choose the file again and send it.');
        }
        const detected = await fileTypeFromFile(received.path);
        const actual = detected?.mime;
        if (!actual || !isEvidenceMediaType(actual) || !sameContainer(declared, actual)) {
          return refuse(
            reply,
            415,
            `The file says it is ${declared} but its content ${actual ? `is ${actual}` : 'is not a type Opale knows'}. ` +
              `Opale keeps ${acceptedList}; send the original file.`,
          );
        }
        mediaType = actual;
        stored = await stripAndStore(store, received, mediaType);
      } catch (error) {
        if (error instanceof UnreadableEvidenceError) {
          return refuse(
            reply,
            422,
            `Opale could not read this ${kindNames[kind]} (${error.message}), so it could not take out its location and device data. ` +
              'It may be damaged: export it again from the phone or computer and send that copy.',
          );
        }
        throw error;
      } finally {
        await store.discard(received);
      }

      const fileName = cleanEvidenceFileName(
        decodedFileName(headerOf(request, 'x-file-name')),
        extensions[mediaType],
      );
      const { attachment, created } = await insertIncidentAttachmentOnce(deps.db, {
        id: newId(),
        incidentId: incident.id,
        kind: evidenceKindOf(mediaType),
        mediaType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        fileName,
        storageKey: stored.storageKey,
        idempotencyKey,
        createdBy: member.user.id,
        createdAt: deps.now().toISOString(),
      });
      if (!created) {
        // The same upload, sent twice at once, finished first on the other request.
        await store.remove(stored.storageKey);
        return reply.code(200).send(attachmentViewOf(attachment));
      }
      await recordAudit(deps.db, deps.now(), {
        action: 'incident.attachment_added',
        actorId: member.user.id,
        platformId: member.platform.id,
        target: { type: 'incident', id: incident.id },
        // The hash, not the name: a file name can carry a person's name.
        detail: {
          attachmentId: attachment.id,
          kind: attachment.kind,
          sizeBytes: attachment.sizeBytes,
          sha256: attachment.sha256,
        },
        ip: request.ip || null,
      });
      return reply.code(201).send(attachmentViewOf(attachment));
    },
  );
}

/** Strips the metadata of a received file and stores the result; the received file stays for the caller to discard. */
async function stripAndStore(
  store: EvidenceStore,
  received: ReceivedFile,
  mediaType: EvidenceMediaType,
): Promise<StoredFile> {
  if (evidenceKindOf(mediaType) === 'video') {
    // Up to 100 MB: changed in place on disk, never read whole into memory.
    const file = await openForStripping(received.path);
    try {
      await stripMovie(file.access);
    } finally {
      await file.close();
    }
    return store.keep(received);
  }
  const bytes = await readFile(received.path);
  const stripped =
    mediaType === 'image/jpeg'
      ? stripJpeg(bytes)
      : mediaType === 'image/png'
        ? stripPng(bytes)
        : mediaType === 'image/webp'
          ? stripWebp(bytes)
          : await stripPdf(bytes);
  return store.put(stripped);
}

/** MP4 and QuickTime are one container: phones and browsers name the same file either way. */
function sameContainer(declared: EvidenceMediaType, actual: EvidenceMediaType): boolean {
  if (declared === actual) return true;
  return evidenceKindOf(declared) === 'video' && evidenceKindOf(actual) === 'video';
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  const type = contentType?.split(';', 1)[0]?.trim().toLowerCase();
  return type === '' ? undefined : type;
}

function decodedFileName(header: string | undefined): string {
  if (!header) return '';
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}
