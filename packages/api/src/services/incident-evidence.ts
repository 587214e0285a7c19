/**
 * Who may add, read and remove the evidence of a report, for the tRPC router and the server's
 * upload and download routes alike. The rules are those of the report itself
 * (`incident-visibility.ts`): whoever may read it may read its evidence, whoever may edit it may
 * add and remove evidence. Nothing here decides access a second way.
 */
import { evidenceDownloadPath, type EvidenceKind, type Role } from '@opale/core';
import type { Database, IncidentAttachmentRow, IncidentRow } from '@opale/db';
import type { Kysely } from 'kysely';
import { incidentViewerOf, readableIncident } from './incident-reader';
import {
  incidentScopeOf,
  mayEditIncident,
  readsFromOutside,
  type IncidentAccess,
  type IncidentViewer,
} from './incident-visibility';

/** An attachment as its readers see it. */
export interface AttachmentView {
  id: string;
  kind: EvidenceKind;
  mediaType: string;
  sizeBytes: number;
  /** Lower-case hex SHA-256 of the bytes served: a copy with the same hash is the same file. */
  sha256: string;
  fileName: string;
  createdAt: string;
}

export function attachmentViewOf(row: IncidentAttachmentRow): AttachmentView {
  return {
    id: row.id,
    kind: row.kind as EvidenceKind,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    fileName: row.fileName,
    createdAt: row.createdAt,
  };
}

/** The attachment with the path it is downloaded from. */
export function attachmentWithUrl(
  row: IncidentAttachmentRow,
  platformSlug: string,
): AttachmentView & { url: string } {
  return { ...attachmentViewOf(row), url: evidenceDownloadPath(platformSlug, row.id) };
}

export interface EvidenceAccess {
  viewer: IncidentViewer;
  incident: IncidentRow;
  access: Exclude<IncidentAccess, 'none'>;
  /** Whether the viewer may add and remove evidence (they may edit the report). */
  mayChange: boolean;
  /** Whether the viewer reads from outside the report's organisation (such reads are audited). */
  outside: boolean;
}

/** What a member may do with a report's evidence; undefined when they may not even read it. */
export async function evidenceAccessOf(
  db: Kysely<Database>,
  member: { userId: string; platformId: string; organisationId: string; role: Role },
  incidentId: string,
): Promise<EvidenceAccess | undefined> {
  const viewer = await incidentViewerOf(db, member);
  const readable = await readableIncident(db, viewer, incidentId);
  if (!readable) return undefined;
  const scope = incidentScopeOf(readable.row);
  return {
    viewer,
    incident: readable.row,
    access: readable.access,
    mayChange: mayEditIncident(readable.access, scope),
    outside: readsFromOutside(viewer, scope),
  };
}
