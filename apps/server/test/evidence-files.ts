/** Evidence files for the tests: a real phone photo, and a small movie built box by box. */
import { readFileSync } from 'node:fs';

/**
 * A 96×64 JPEG written by jpeg-js, then tagged with Debian's exiftool as a phone would tag it:
 * `exiftool -EXIF:Make=Apple -EXIF:Model="iPhone 12" -EXIF:Orientation#=6
 *  -EXIF:DateTimeOriginal="2026:11:20 18:42:07" -EXIF:GPSLatitude=50.9581 -EXIF:GPSLatitudeRef=N
 *  -EXIF:GPSLongitude=1.8525 -EXIF:GPSLongitudeRef=E -XMP:GPSLatitude=… -IPTC:By-line=…
 *  -IPTC:City=Calais -Comment=…`.
 */
export const gpsPhoto = readFileSync(new URL('./fixtures/evidence/gps-photo.jpg', import.meta.url));

function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(body.length + 8, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

/** A small QuickTime-style movie as an iPhone lays it out: moov first, then the media data. */
export function movieWithLocation(): { file: Buffer; mdat: Buffer } {
  const location = box('\xa9xyz', Buffer.from('\0\x11\x15\xc7+50.9581+001.8525/', 'latin1'));
  const make = box('\xa9mak', Buffer.from('\0\x05\x15\xc7Apple', 'latin1'));
  const mdat = box('mdat', Buffer.from('frame-1 frame-2 frame-3 sound'));
  const build = (chunkOffset: number) =>
    Buffer.concat([
      box('ftyp', Buffer.from('qt  \0\0\0\0qt  ', 'latin1')),
      box(
        'moov',
        box('mvhd', Buffer.alloc(100)),
        box(
          'trak',
          box('tkhd', Buffer.alloc(84)),
          box(
            'mdia',
            box('mdhd', Buffer.alloc(24)),
            box(
              'minf',
              box('stbl', box('stco', Buffer.from([0, 0, 0, 0, 0, 0, 0, 1]), u32(chunkOffset))),
            ),
          ),
          box('udta', box('\xa9xyz', Buffer.from('\0\x11\x15\xc7+50.9581+001.8525/', 'latin1'))),
        ),
        box('udta', location, make),
        box(
          'meta',
          Buffer.from('\0\0\0\0'),
          box('keys', Buffer.from('com.apple.quicktime.location.ISO6709')),
        ),
        box(
          'uuid',
          Buffer.from('be7acfcb97a942e89c71999491e3afac', 'hex'),
          Buffer.from('<x:xmpmeta>Camille</x:xmpmeta>'),
        ),
      ),
      mdat,
    ]);
  const draft = build(0);
  const file = build(draft.indexOf(mdat) + 8);
  return { file, mdat };
}

function u32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}
