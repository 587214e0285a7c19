/**
 * The headers a served evidence file goes out with: its type, name, digest and ETag, and what
 * keeps a browser from sniffing, caching or running it.
 */
import type { FastifyReply } from 'fastify';
import type { IncidentAttachmentRow } from '@opale/db';

export function setFileHeaders(reply: FastifyReply, attachment: IncidentAttachmentRow): void {
  const digest = Buffer.from(attachment.sha256, 'hex').toString('base64');
  reply
    .header('content-type', attachment.mediaType)
    .header('content-disposition', contentDisposition(attachment.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    // Opened on its own, the file runs nothing and loads nothing, whatever it holds.
    .header('content-security-policy', "sandbox; default-src 'none'")
    .header('accept-ranges', 'bytes')
    .header('etag', `"sha256-${attachment.sha256}"`)
    .header('repr-digest', `sha-256=:${digest}:`);
}

/** `inline` with the cleaned name, in ASCII for old clients and in UTF-8 for the others. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
