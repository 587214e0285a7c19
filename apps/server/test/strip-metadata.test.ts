/**
 * Metadata stripping, file format by file format, on real files (the phone photo fixture, PDFs
 * written by pdf-lib) and on small files built here byte by byte where no encoder is at hand:
 * the metadata is gone, the rest is byte for byte what it was, and the file still reads.
 */
import { crc32, deflateSync } from 'node:zlib';
import exifr from 'exifr';
import jpeg from 'jpeg-js';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  bufferAccess,
  readBoxes,
  stripJpeg,
  stripMovie,
  stripPdf,
  stripPng,
  stripWebp,
  UnreadableEvidenceError,
} from '../src/incidents/strip-metadata';
import { gpsPhoto, movieWithLocation } from './evidence-files';

function jpegSegments(bytes: Buffer): { marker: number; payload: Buffer }[] {
  const segments: { marker: number; payload: Buffer }[] = [];
  let position = 2;
  while (position < bytes.length) {
    const marker = bytes[position + 1]!;
    if (marker === 0xd9) break;
    const length = bytes.readUInt16BE(position + 2);
    segments.push({ marker, payload: bytes.subarray(position + 4, position + 2 + length) });
    if (marker === 0xda) break;
    position += 2 + length;
  }
  return segments;
}

function segment(marker: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xff00 | marker, 0);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

describe('stripping a JPEG', () => {
  it('takes GPS, camera, dates, XMP, IPTC and comments out of a real phone photo', async () => {
    expect(await exifr.gps(gpsPhoto)).toEqual({ latitude: 50.9581, longitude: 1.8525 });
    const stripped = stripJpeg(gpsPhoto);
    const tags = (await exifr.parse(stripped, {
      tiff: true,
      exif: true,
      gps: true,
      xmp: true,
      iptc: true,
    })) as Record<string, unknown> | undefined;
    expect(Object.keys(tags ?? {})).toEqual(['Orientation']);
    for (const text of ['Apple', 'iPhone', 'Volunteer', 'Calais', 'Judée', '2026:11:20']) {
      expect(stripped.includes(Buffer.from(text, 'utf8')), text).toBe(false);
    }
  });

  it('keeps the picture itself unchanged and upright', async () => {
    const stripped = stripJpeg(gpsPhoto);
    expect(await exifr.orientation(stripped)).toBe(6);
    const before = jpeg.decode(gpsPhoto, { useTArray: true });
    const after = jpeg.decode(stripped, { useTArray: true });
    expect([after.width, after.height]).toEqual([96, 64]);
    expect(Buffer.from(after.data).equals(Buffer.from(before.data))).toBe(true);
    // From the start of the scan to the end, the bytes are the original's.
    const scan = gpsPhoto.indexOf(Buffer.from([0xff, 0xda]));
    expect(stripped.subarray(stripped.indexOf(Buffer.from([0xff, 0xda])))).toEqual(
      gpsPhoto.subarray(scan),
    );
  });

  it('keeps JFIF, the ICC colour profile and the Adobe segment; drops MPF and what follows the image', () => {
    const plain = stripJpeg(gpsPhoto);
    const app0End = 2 + 2 + plain.readUInt16BE(4);
    const icc = segment(0xe2, Buffer.from('ICC_PROFILE\0\x01\x01fake-profile', 'latin1'));
    const adobe = segment(0xee, Buffer.from('Adobe\0\x64\0\0\0\0\x01', 'latin1'));
    const mpf = segment(0xe2, Buffer.from('MPF\0II*\0 preview index', 'latin1'));
    const maker = segment(0xe9, Buffer.from('maker notes with a serial number', 'latin1'));
    const trailer = Buffer.concat([Buffer.from([0xff, 0xd8]), Buffer.from('Exif GPS preview')]);
    const crafted = Buffer.concat([
      plain.subarray(0, app0End),
      icc,
      adobe,
      mpf,
      maker,
      plain.subarray(app0End),
      trailer,
    ]);
    const stripped = stripJpeg(crafted);
    const markers = jpegSegments(stripped).map((s) => s.marker);
    expect(markers.slice(0, 4)).toEqual([0xe0, 0xe1, 0xe2, 0xee]);
    expect(markers.filter((m) => m === 0xe2)).toHaveLength(1);
    expect(markers).not.toContain(0xe9);
    expect(stripped.includes(Buffer.from('preview'))).toBe(false);
    expect(stripped.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });

  it('writes no Exif at all for a photo that needs no turning', () => {
    // The stripped fixture without its orientation segment, then an Exif saying "upright" (1).
    const stripped = stripJpeg(gpsPhoto);
    const app0End = 4 + stripped.readUInt16BE(4);
    const exifEnd = app0End + 2 + stripped.readUInt16BE(app0End + 2);
    expect(stripped[app0End + 1]).toBe(0xe1);
    const upright = segment(
      0xe1,
      Buffer.concat([
        Buffer.from('Exif\0\0MM\0\x2a\0\0\0\x08\0\x01', 'latin1'),
        Buffer.from([0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0]),
      ]),
    );
    const photo = Buffer.concat([
      stripped.subarray(0, app0End),
      upright,
      stripped.subarray(exifEnd),
    ]);
    expect(jpegSegments(stripJpeg(photo)).map((s) => s.marker)).not.toContain(0xe1);
  });

  it('refuses bytes that are not a whole JPEG', () => {
    expect(() => stripJpeg(Buffer.from('not a jpeg at all'))).toThrow(UnreadableEvidenceError);
    expect(() => stripJpeg(gpsPhoto.subarray(0, gpsPhoto.length / 2))).toThrow(
      UnreadableEvidenceError,
    );
  });
});

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pngChunks(bytes: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const chunks: { type: string; data: Buffer; crcOk: boolean }[] = [];
  let position = 8;
  while (position < bytes.length) {
    const length = bytes.readUInt32BE(position);
    const body = bytes.subarray(position + 4, position + 8 + length);
    const crc = bytes.readUInt32BE(position + 8 + length);
    chunks.push({
      type: body.toString('latin1', 0, 4),
      data: body.subarray(4),
      crcOk: crc === crc32(body),
    });
    position += 12 + length;
  }
  return chunks;
}

describe('stripping a PNG', () => {
  it('drops the text, Exif and time chunks and keeps the image chunks intact', () => {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(2, 0);
    header.writeUInt32BE(2, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
    const pixels = deflateSync(Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]));
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('tEXt', Buffer.from('Author\0Camille Martin', 'latin1')),
      pngChunk('iTXt', Buffer.from('Location\0\0\0\0\0Rue de Judée, Calais', 'utf8')),
      pngChunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0'), deflateSync('GPS 50.95')])),
      pngChunk('eXIf', Buffer.from('MM\0*GPS', 'latin1')),
      pngChunk('tIME', Buffer.from([0x07, 0xea, 11, 20, 18, 42, 7])),
      pngChunk('IDAT', pixels),
      pngChunk('IEND', Buffer.alloc(0)),
    ]);
    const stripped = stripPng(png);
    const chunks = pngChunks(stripped);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    expect(chunks[1]!.data).toEqual(pixels);
    expect(stripped.includes(Buffer.from('Camille'))).toBe(false);
  });

  it('refuses a PNG cut short', () => {
    expect(() =>
      stripPng(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
    ).toThrow(UnreadableEvidenceError);
  });
});

function riffChunk(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(type, 0, 'latin1');
  header.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

describe('stripping a WebP image', () => {
  it('drops the EXIF and XMP chunks, clears their flags and fixes the RIFF size', () => {
    const vp8x = Buffer.alloc(10);
    vp8x[0] = 0x20 | 0x10 | 0x08 | 0x04; // ICC, alpha, EXIF, XMP
    vp8x.writeUIntLE(95, 4, 3); // width - 1
    vp8x.writeUIntLE(63, 7, 3); // height - 1
    const image = Buffer.from('/\x5f\x80\x0f\x00image-bits', 'latin1');
    const body = Buffer.concat([
      riffChunk('VP8X', vp8x),
      riffChunk('ICCP', Buffer.from('profile')),
      riffChunk('VP8L', image),
      riffChunk('EXIF', Buffer.from('MM\0*GPS 50.9581 N Apple iPhone')),
      riffChunk('XMP ', Buffer.from('<x:xmpmeta>Camille</x:xmpmeta>')),
    ]);
    const header = Buffer.alloc(12);
    header.write('RIFF', 0, 'latin1');
    header.writeUInt32LE(body.length + 4, 4);
    header.write('WEBP', 8, 'latin1');

    const stripped = stripWebp(Buffer.concat([header, body]));
    expect(stripped.readUInt32LE(4)).toBe(stripped.length - 8);
    const types: string[] = [];
    for (let at = 12; at < stripped.length;) {
      const size = stripped.readUInt32LE(at + 4);
      types.push(stripped.toString('latin1', at, at + 4));
      at += 8 + size + (size % 2);
    }
    expect(types).toEqual(['VP8X', 'ICCP', 'VP8L']);
    expect(stripped[20]).toBe(0x20 | 0x10);
    expect(stripped.includes(image)).toBe(true);
    expect(stripped.includes(Buffer.from('Camille'))).toBe(false);
    expect(stripped.includes(Buffer.from('GPS'))).toBe(false);
  });
});

describe('stripping an MP4 or QuickTime video', () => {
  it('turns the location and device boxes into free space of the same size, in place', async () => {
    const { file, mdat } = movieWithLocation();
    const original = Buffer.from(file);
    const blanked = await stripMovie(bufferAccess(file));
    expect(blanked.map((b) => b.type)).toEqual(['udta', 'udta', 'meta', 'uuid']);

    expect(file.length).toBe(original.length);
    // The media data has not moved: the chunk offsets in stco still point at it.
    const mdatAt = original.indexOf(mdat);
    expect(file.subarray(mdatAt, mdatAt + mdat.length)).toEqual(mdat);
    const stco = file.indexOf(Buffer.from('stco'));
    expect(file.readUInt32BE(stco + 12)).toBe(mdatAt + 8);
    for (const text of ['50.9581', 'Apple', 'ISO6709', 'Camille', '\xa9xyz']) {
      expect(file.includes(Buffer.from(text, 'latin1')), text).toBe(false);
    }

    // Every box still adds up, from the top to the track's innermost.
    const top = await readBoxes(bufferAccess(file), 0, file.length);
    expect(top.map((b) => b.type)).toEqual(['ftyp', 'moov', 'mdat']);
    const moov = top[1]!;
    const inMoov = await readBoxes(bufferAccess(file), moov.start + 8, moov.start + moov.size);
    expect(inMoov.map((b) => b.type)).toEqual(['mvhd', 'trak', 'free', 'free', 'free']);
    for (const free of inMoov.filter((b) => b.type === 'free')) {
      expect(
        file.subarray(free.start + 8, free.start + free.size).every((byte) => byte === 0),
      ).toBe(true);
    }
  });

  it('refuses a file whose boxes do not add up', async () => {
    const { file } = movieWithLocation();
    file.writeUInt32BE(0xfffffff0, 8 + 20); // the moov box claims more than the file holds
    await expect(stripMovie(bufferAccess(file))).rejects.toThrow(UnreadableEvidenceError);
  });
});

describe('stripping a PDF', () => {
  it('removes the author, the dates, the tools and the XMP, and the document still opens', async () => {
    const document = await PDFDocument.create();
    document.addPage([595, 842]).drawText('Procès-verbal de contravention', { x: 50, y: 780 });
    document.addPage([595, 842]);
    document.setAuthor('Camille Martin');
    document.setTitle('Amende du 20 novembre');
    document.setSubject('Contravention');
    document.setKeywords(['amende', 'distribution']);
    document.setCreator('Scanner app 4.2');
    document.setProducer('Phone PDF kit');
    document.setCreationDate(new Date('2026-11-20T18:42:07Z'));
    document.setModificationDate(new Date('2026-11-21T08:00:00Z'));
    const xmp = document.context.stream(
      '<x:xmpmeta><dc:creator>Camille Martin</dc:creator></x:xmpmeta>',
      {
        Type: 'Metadata',
        Subtype: 'XML',
      },
    );
    document.catalog.set(PDFName.of('Metadata'), document.context.register(xmp));
    document.catalog.set(PDFName.of('Lang'), PDFString.of('fr'));
    const original = await document.save({ useObjectStreams: false });
    expect(Buffer.from(original).includes(Buffer.from('Camille Martin'))).toBe(true);

    const stripped = await stripPdf(original);
    expect(Buffer.from(stripped).includes(Buffer.from('Camille'))).toBe(false);
    expect(Buffer.from(stripped).includes(Buffer.from('Scanner app'))).toBe(false);
    const reopened = await PDFDocument.load(stripped, { updateMetadata: false });
    expect(reopened.getPageCount()).toBe(2);
    expect(reopened.getAuthor()).toBeUndefined();
    expect(reopened.getTitle()).toBeUndefined();
    expect(reopened.getCreator()).toBeUndefined();
    expect(reopened.getProducer()).toBeUndefined();
    expect(reopened.getCreationDate()).toBeUndefined();
    expect(reopened.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
    // What the document says is untouched.
    expect(reopened.catalog.get(PDFName.of('Lang'))).toEqual(PDFString.of('fr'));
  });

  it('refuses a file that is not a readable PDF', async () => {
    await expect(stripPdf(Buffer.from('%PDF-1.7\nthis is not a document'))).rejects.toThrow(
      UnreadableEvidenceError,
    );
  });
});
