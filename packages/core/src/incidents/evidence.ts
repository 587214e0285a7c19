/**
 * What may be attached to an incident as evidence, and how large: the server refuses anything
 * else, and the form says so before a phone spends its data sending it.
 */

export const evidenceKinds = ['photo', 'video', 'pdf'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** Accepted media types and what kind of evidence each is. */
export const evidenceMediaTypes = {
  'image/jpeg': 'photo',
  'image/png': 'photo',
  'image/webp': 'photo',
  'video/mp4': 'video',
  'video/quicktime': 'video',
  'application/pdf': 'pdf',
} as const satisfies Record<string, EvidenceKind>;
export type EvidenceMediaType = keyof typeof evidenceMediaTypes;

const mb = 1024 * 1024;

/** The largest file of each kind, in bytes: a phone's full-size photo, a scanned notice, a minute or two of video. */
export const evidenceSizeLimits: Record<EvidenceKind, number> = {
  photo: 15 * mb,
  pdf: 20 * mb,
  video: 100 * mb,
};

/** The longest file name kept (longer ones are cut, keeping the extension). */
export const maxEvidenceFileNameLength = 120;

export function isEvidenceMediaType(value: string): value is EvidenceMediaType {
  return Object.hasOwn(evidenceMediaTypes, value);
}

export function evidenceKindOf(mediaType: EvidenceMediaType): EvidenceKind {
  return evidenceMediaTypes[mediaType];
}

/** `15 MB`: a limit as the people who meet it read it. */
export function formatEvidenceLimit(bytes: number): string {
  return `${Math.round(bytes / mb)} MB`;
}

/** The path an attachment is downloaded from, with the session cookie. */
export function evidenceDownloadPath(platformSlug: string, attachmentId: string): string {
  return `/evidence/${encodeURIComponent(platformSlug)}/file/${encodeURIComponent(attachmentId)}`;
}

/** The path a file is uploaded to (POST, the raw bytes as the body). */
export function evidenceUploadPath(platformSlug: string, incidentId: string): string {
  return `/evidence/${encodeURIComponent(platformSlug)}/${encodeURIComponent(incidentId)}`;
}

/**
 * The sender's file name made safe to show and to put in a download header: no folders, no
 * control or quote characters, at most 120 characters with the extension kept. The bytes on disk
 * are never named after it.
 */
export function cleanEvidenceFileName(raw: string, fallbackExtension: string): string {
  const base = (raw.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    // Line breaks and tabs become spaces; invisible format characters (such as one that turns
    // "gpj.exe" around to look like "exe.jpg"), quotes, and what means something in a header or
    // a path go.
    .replace(/\p{Cc}/gu, ' ')
    .replace(/[\p{Cf}"*:<>?|\\/;]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const name = base === '' ? `evidence.${fallbackExtension}` : base;
  // Counted in characters, not UTF-16 units, so an accent or an emoji is never cut in half.
  const characters = Array.from(name);
  if (characters.length <= maxEvidenceFileNameLength) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  const kept = characters.slice(0, maxEvidenceFileNameLength - Array.from(extension).length);
  return `${kept.join('').trimEnd()}${extension}`;
}
