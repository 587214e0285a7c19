/**
 * Takes the location, the device and the dates out of evidence files before they are stored,
 * without re-encoding anything: the picture, the video and the document stay bit for bit what
 * the phone recorded, only the metadata around them goes.
 *
 * - JPEG: APP1 (Exif, XMP), APP13 (IPTC, Photoshop), comments, and the maker segments APP3–APP12
 *   and APP15 are dropped; APP0 (JFIF), APP2 ICC profiles, APP14 (Adobe, needed for colour) and the
 *   image itself are kept. Pictures appended after the end of the image (MPF previews, which carry
 *   their own Exif) are dropped. A rotated photo keeps a minimal Exif holding only its orientation.
 * - PNG: tEXt, zTXt, iTXt, eXIf and tIME chunks are dropped (whole chunks, so CRCs stay valid).
 * - WebP: EXIF and XMP chunks are dropped; the RIFF size and the VP8X flags are fixed.
 * - MP4/QuickTime: `udta` and `meta` boxes (where the GPS `©xyz`, the make and the model live)
 *   under the file, `moov`, `trak`, `mdia` and `minf`, and XMP `uuid` boxes, are overwritten in
 *   place as `free` boxes of the same size: removing bytes would break the sample offsets.
 * - PDF: the Info dictionary (author, creator, producer, title, subject, keywords, dates) and
 *   the XMP metadata of the document and its pages are removed, with every object no longer used.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRef,
  PDFStream,
  type PDFObject,
} from 'pdf-lib';

/** A file whose structure cannot be read: it is refused rather than stored with its metadata. */
export class UnreadableEvidenceError extends Error {}

// -------------------------------------------------------------------------------------------------
// JPEG

/** Segments dropped by marker: APP1, APP3–APP13, APP15 and COM. APP2 is decided by its content. */
function dropsJpegSegment(marker: number, payload: Uint8Array): boolean {
  if (marker === 0xfe) return true;
  if (marker === 0xe2) return !startsWithAscii(payload, 'ICC_PROFILE\0');
  return marker === 0xe1 || (marker >= 0xe3 && marker <= 0xed) || marker === 0xef;
}

export function stripJpeg(input: Uint8Array): Buffer {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) {
    throw new UnreadableEvidenceError('it does not start like a JPEG');
  }
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let orientation = 1;
  let afterApp0 = 1; // where a minimal Exif goes: right after SOI, or after a leading APP0
  let position = 2;
  for (;;) {
    const marker = readMarker(bytes, position);
    position = marker.next;
    if (marker.code === 0xd9) {
      kept.push(bytes.subarray(position - 2, position));
      break;
    }
    const segment = readSegment(bytes, position, marker.code);
    const payload = bytes.subarray(position + 2, segment.end);
    if (marker.code === 0xe1 && startsWithAscii(payload, 'Exif\0\0')) {
      orientation = exifOrientation(payload.subarray(6)) ?? orientation;
    }
    if (!dropsJpegSegment(marker.code, payload)) {
      kept.push(bytes.subarray(position - 2, segment.end));
      if (marker.code === 0xe0 && kept.length === 2) afterApp0 = 2;
    }
    position = segment.end;
    if (marker.code === 0xda) {
      // Entropy-coded data up to the next marker; progressive images have several scans.
      position = endOfScan(bytes, position);
      kept.push(bytes.subarray(segment.end, position));
      if (position >= bytes.length) throw new UnreadableEvidenceError('the image is cut short');
    }
  }
  if (orientation !== 1) kept.splice(afterApp0, 0, orientationOnlyExif(orientation));
  return Buffer.concat(kept);
}

function readMarker(bytes: Buffer, position: number): { code: number; next: number } {
  if (bytes[position] !== 0xff) {
    throw new UnreadableEvidenceError(`a JPEG segment is damaged (byte ${position})`);
  }
  let next = position + 1;
  // Any number of 0xFF fill bytes may precede a marker.
  while (bytes[next] === 0xff) next++;
  const code = bytes[next];
  if (code === undefined) throw new UnreadableEvidenceError('the image is cut short');
  return { code, next: next + 1 };
}

function readSegment(bytes: Buffer, position: number, marker: number): { end: number } {
  if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
    throw new UnreadableEvidenceError(`a JPEG marker is out of place (byte ${position})`);
  }
  if (position + 2 > bytes.length) throw new UnreadableEvidenceError('the image is cut short');
  const length = bytes.readUInt16BE(position);
  const end = position + length;
  if (length < 2 || end > bytes.length) {
    throw new UnreadableEvidenceError(`a JPEG segment has a wrong length (byte ${position})`);
  }
  return { end };
}

/** The position of the marker that ends a scan's entropy-coded data (or the end of the bytes). */
function endOfScan(bytes: Buffer, from: number): number {
  let position = from;
  while (position < bytes.length - 1) {
    if (bytes[position] === 0xff) {
      const next = bytes[position + 1]!;
      // 0xFF00 is a stuffed 0xFF byte, RSTn restart markers belong to the scan, 0xFF may pad.
      if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) return position;
    }
    position++;
  }
  return bytes.length;
}

/** The Orientation tag (0x0112) of IFD0 of an Exif TIFF block, when it holds a valid value. */
function exifOrientation(tiff: Uint8Array): number | undefined {
  const view = Buffer.from(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  if (view.length < 8) return undefined;
  const order = view.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  const u16 = (at: number) => (little ? view.readUInt16LE(at) : view.readUInt16BE(at));
  const u32 = (at: number) => (little ? view.readUInt32LE(at) : view.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > view.length) return undefined;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > view.length) return undefined;
    if (u16(entry) === 0x0112 && u16(entry + 2) === 3) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** An APP1 Exif segment holding one tag, Orientation, and nothing else. */
function orientationOnlyExif(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // IFD0 right after the header
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14); // one value
  tiff.writeUInt16BE(orientation, 18); // left-aligned in the 4-byte value field
  tiff.writeUInt32BE(0, 22); // no next IFD
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xffe1, 0);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

// -------------------------------------------------------------------------------------------------
// PNG

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const droppedPngChunks = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

export function stripPng(input: Uint8Array): Buffer {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (!bytes.subarray(0, 8).equals(pngSignature)) {
    throw new UnreadableEvidenceError('it does not start like a PNG');
  }
  const kept: Buffer[] = [pngSignature];
  let position = 8;
  for (;;) {
    if (position + 12 > bytes.length) throw new UnreadableEvidenceError('the image is cut short');
    const length = bytes.readUInt32BE(position);
    const type = bytes.toString('latin1', position + 4, position + 8);
    const end = position + 12 + length;
    if (end > bytes.length || !/^[A-Za-z]{4}$/.test(type)) {
      throw new UnreadableEvidenceError(`a PNG chunk is damaged (byte ${position})`);
    }
    if (!droppedPngChunks.has(type)) kept.push(bytes.subarray(position, end));
    position = end;
    // Anything after IEND is not part of the image (and may hide anything).
    if (type === 'IEND') break;
  }
  return Buffer.concat(kept);
}

// -------------------------------------------------------------------------------------------------
// WebP

const vp8xExifFlag = 0x08;
const vp8xXmpFlag = 0x04;

export function stripWebp(input: Uint8Array): Buffer {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (
    bytes.length < 12 ||
    bytes.toString('latin1', 0, 4) !== 'RIFF' ||
    bytes.toString('latin1', 8, 12) !== 'WEBP'
  ) {
    throw new UnreadableEvidenceError('it does not start like a WebP image');
  }
  const riffEnd = Math.min(bytes.length, 8 + bytes.readUInt32LE(4));
  const chunks: Buffer[] = [];
  let position = 12;
  while (position + 8 <= riffEnd) {
    const type = bytes.toString('latin1', position, position + 4);
    const size = bytes.readUInt32LE(position + 4);
    // Chunks are padded to an even size.
    const end = position + 8 + size + (size % 2);
    if (position + 8 + size > riffEnd) {
      throw new UnreadableEvidenceError(`a WebP chunk is damaged (byte ${position})`);
    }
    if (type !== 'EXIF' && type !== 'XMP ') {
      const chunk = Buffer.from(bytes.subarray(position, Math.min(end, riffEnd)));
      if (type === 'VP8X' && size >= 1) chunk[8] = chunk[8]! & ~(vp8xExifFlag | vp8xXmpFlag);
      chunks.push(chunk);
    }
    position = end;
  }
  if (chunks.length === 0) throw new UnreadableEvidenceError('the WebP image holds no picture');
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}

// -------------------------------------------------------------------------------------------------
// MP4 / QuickTime

/** Reads and overwrites bytes of a file (or of a buffer, in tests) at given positions. */
export interface RandomAccessBytes {
  readonly size: number;
  read(position: number, length: number): Promise<Buffer>;
  write(position: number, bytes: Uint8Array): Promise<void>;
}

export function bufferAccess(bytes: Buffer): RandomAccessBytes {
  return {
    size: bytes.length,
    read: async (position, length) => bytes.subarray(position, position + length),
    write: async (position, chunk) => {
      bytes.set(chunk, position);
    },
  };
}

/** Boxes that hold other boxes on the way to the metadata. */
const containerBoxes = new Set(['moov', 'trak', 'mdia', 'minf']);
const metadataBoxes = new Set(['udta', 'meta']);
/** The UUID of the XMP box (Adobe's XMP specification, part 3). */
const xmpUuid = 'be7acfcb97a942e89c71999491e3afac';

export interface MovieBox {
  type: string;
  start: number;
  size: number;
  headerSize: number;
}

/** The boxes between `from` and `to`, as they are laid out; throws when the sizes do not add up. */
export async function readBoxes(
  file: RandomAccessBytes,
  from: number,
  to: number,
): Promise<MovieBox[]> {
  const boxes: MovieBox[] = [];
  let position = from;
  while (position < to) {
    if (position + 8 > to) {
      throw new UnreadableEvidenceError(`a video box is cut short (byte ${position})`);
    }
    const header = await file.read(position, 16);
    let size = header.readUInt32BE(0);
    const type = header.toString('latin1', 4, 8);
    let headerSize = 8;
    if (size === 1) {
      if (position + 16 > to) throw new UnreadableEvidenceError('a video box is cut short');
      size = Number(header.readBigUInt64BE(8));
      headerSize = 16;
    } else if (size === 0) {
      size = to - position; // to the end of its parent
    }
    if (size < headerSize || position + size > to) {
      throw new UnreadableEvidenceError(`a video box is damaged (byte ${position})`);
    }
    boxes.push({ type, start: position, size, headerSize });
    position += size;
  }
  return boxes;
}

/** Overwrites the metadata boxes of an MP4 or QuickTime file in place; returns what it blanked. */
export async function stripMovie(file: RandomAccessBytes): Promise<MovieBox[]> {
  const topLevel = await readBoxes(file, 0, file.size);
  if (!topLevel.some((box) => box.type === 'moov')) {
    throw new UnreadableEvidenceError('the video has no movie header (moov box)');
  }
  const blanked: MovieBox[] = [];
  const visit = async (boxes: MovieBox[]) => {
    for (const box of boxes) {
      if (metadataBoxes.has(box.type) || (await isXmpUuid(file, box))) {
        await blank(file, box);
        blanked.push(box);
      } else if (containerBoxes.has(box.type)) {
        await visit(await readBoxes(file, box.start + box.headerSize, box.start + box.size));
      }
    }
  };
  await visit(topLevel);
  return blanked;
}

async function isXmpUuid(file: RandomAccessBytes, box: MovieBox): Promise<boolean> {
  if (box.type !== 'uuid' || box.size < box.headerSize + 16) return false;
  return (await file.read(box.start + box.headerSize, 16)).toString('hex') === xmpUuid;
}

/** Turns a box into a `free` box of the same size, its content zeroed. */
async function blank(file: RandomAccessBytes, box: MovieBox): Promise<void> {
  await file.write(box.start + 4, Buffer.from('free', 'latin1'));
  const zeros = Buffer.alloc(Math.min(box.size - box.headerSize, 1024 * 1024));
  for (let at = box.start + box.headerSize; at < box.start + box.size; at += zeros.length) {
    await file.write(at, zeros.subarray(0, Math.min(zeros.length, box.start + box.size - at)));
  }
}

// -------------------------------------------------------------------------------------------------
// PDF

/** Keys of a page that hold metadata rather than what the page shows. */
const pageMetadataKeys = ['Metadata', 'PieceInfo', 'LastModified'];

export async function stripPdf(input: Uint8Array): Promise<Uint8Array> {
  let document: PDFDocument;
  try {
    // updateMetadata: false, or pdf-lib writes itself in as the producer with today's date.
    document = await PDFDocument.load(input, { updateMetadata: false });
    // pdf-lib reads leniently: a file with no catalogue or no page "loads" too.
    const root = document.context.trailerInfo.Root;
    if (!(root && document.context.lookup(root) instanceof PDFDict)) {
      throw new UnreadableEvidenceError('the PDF has no document catalogue');
    }
    if (document.getPageCount() === 0) throw new UnreadableEvidenceError('the PDF has no page');
  } catch (error) {
    if (error instanceof UnreadableEvidenceError) throw error;
    const name = error instanceof Error ? error.constructor.name : '';
    throw new UnreadableEvidenceError(
      name === 'EncryptedPDFError'
        ? 'the PDF is password-protected; save a copy without a password'
        : 'the PDF cannot be read',
    );
  }
  const context = document.context;
  context.trailerInfo.Info = undefined;
  document.catalog.delete(PDFName.of('Metadata'));
  document.catalog.delete(PDFName.of('PieceInfo'));
  for (const page of document.getPages()) {
    for (const key of pageMetadataKeys) page.node.delete(PDFName.of(key));
  }
  // pdf-lib writes every object it read, used or not: drop what the document no longer uses
  // (the Info dictionary, the XMP streams, and anything left from earlier revisions).
  const used = reachableRefs(document);
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!used.has(ref)) context.delete(ref);
  }
  return document.save({ useObjectStreams: false, updateFieldAppearances: false });
}

function reachableRefs(document: PDFDocument): Set<PDFRef> {
  const context = document.context;
  const seen = new Set<PDFRef>();
  const pending: (PDFObject | undefined)[] = [
    context.trailerInfo.Root,
    context.trailerInfo.Encrypt,
  ];
  while (pending.length > 0) {
    const object = pending.pop();
    if (object instanceof PDFRef) {
      if (seen.has(object)) continue;
      seen.add(object);
      pending.push(context.lookup(object));
    } else if (object instanceof PDFDict) {
      for (const [, value] of object.entries()) pending.push(value);
    } else if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i++) pending.push(object.get(i));
    } else if (object instanceof PDFStream) {
      pending.push(object.dict);
    }
  }
  return seen;
}

function startsWithAscii(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}
