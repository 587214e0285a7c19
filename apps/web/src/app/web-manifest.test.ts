import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { webManifest } from './web-manifest';

const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));
const indexHtml = readFileSync(fileURLToPath(new URL('../../index.html', import.meta.url)), 'utf8');

/** Width and height of a PNG, from its IHDR chunk. */
function pngHeader(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the home-screen icons', () => {
  const icons = webManifest.icons ?? [];

  it('gives PNGs of 192 and 512 px, and a maskable one, for launchers that read no SVG', () => {
    const png = icons.filter((icon) => icon.type === 'image/png');
    expect(png.map((icon) => [icon.sizes, icon.purpose])).toEqual(
      expect.arrayContaining([
        ['192x192', 'any'],
        ['512x512', 'any'],
        ['512x512', 'maskable'],
      ]),
    );
  });

  it('has every icon it names, PNGs at the size they say', () => {
    for (const icon of icons) {
      const bytes = readFileSync(`${publicDir}${icon.src.replace(/^\//, '')}`);
      if (icon.type !== 'image/png') {
        expect(bytes.toString('utf8'), icon.src).toMatch(/^<svg /);
        continue;
      }
      const { width, height } = pngHeader(bytes);
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });

  it('links a 180 px icon for the iOS home screen', () => {
    const link = /<link rel="apple-touch-icon" href="\/([^"]+)"/.exec(indexHtml);
    expect(link?.[1]).toBe('apple-touch-icon.png');
    const { width, height } = pngHeader(readFileSync(`${publicDir}${link![1]}`));
    expect([width, height]).toEqual([180, 180]);
  });
});
