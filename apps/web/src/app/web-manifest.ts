/**
 * The web app manifest (written by vite-plugin-pwa, see vite.config.ts): how Opale looks once
 * added to a phone's home screen. PNG icons first — older Android launchers and iOS before 16.4
 * read no SVG — then the SVGs for the browsers that scale them.
 *
 * The icons are drawn as SVG in `public/`: `favicon.svg` (rounded: tabs, launchers that round
 * nothing) and `icon-maskable.svg` (full-bleed, its mark inside the safe circle: launchers that
 * cut their own shape). The PNGs are rendered from them: `icon-192.png` and `icon-512.png` from
 * the favicon, `icon-maskable-512.png` and `apple-touch-icon.png` (180×180, opaque: iOS rounds
 * it; linked from index.html) from the maskable one. After changing an SVG, render them again
 * with resvg outside the workspace (`npm i @resvg/resvg-js@2` in an empty folder, then
 * `new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()`);
 * `web-manifest.test.ts` checks that each exists at its size.
 */
import type { ManifestOptions } from 'vite-plugin-pwa';

export const webManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Opale',
  short_name: 'Opale',
  description: 'Coordination des organisations humanitaires de Calais et Dunkerque',
  lang: 'fr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#ffffff',
  // The header's colour (brand-900), as index.html's theme-color.
  theme_color: '#17403c',
  icons: [
    { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: '/icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
  ],
};
