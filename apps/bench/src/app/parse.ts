/**
 * What the built web app asks a phone to download, read from the build itself: the files
 * index.html needs before the first screen paints, and the service worker's precache list.
 * Pure functions over the files' text, so the tests can feed them small literal inputs.
 */

export type FirstVisitKind = 'document' | 'script' | 'modulepreload' | 'stylesheet' | 'manifest';

export interface FirstVisitAsset {
  /** Path on the server, from the root (`/assets/index-….js`). */
  path: string;
  kind: FirstVisitKind;
}

/** The attributes of one tag's opening text (`<link rel="x" href=y crossorigin>`), names lower-cased. */
export function tagAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const inner = tag.replace(/^<[a-zA-Z]+/, '').replace(/\/?>$/, '');
  const pattern = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of inner.matchAll(pattern)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/**
 * A same-origin reference as a path from the root, resolved against `base` (the page's own path);
 * null for another origin or a `data:` URL, which this server does not send.
 */
export function sameOriginPath(reference: string, base = '/'): string | null {
  const origin = 'http://opale.invalid';
  let url: URL;
  try {
    url = new URL(reference.trim(), new URL(base, origin));
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  return url.pathname + url.search;
}

/**
 * The files a first visit downloads before the first paint, in the page's order, each once:
 * `<script type="module" src>`, `<link rel="modulepreload">`, `<link rel="stylesheet">`, and the
 * `<link rel="manifest">` the browser fetches at once. Comments are skipped; other origins too.
 */
export function firstVisitAssets(html: string, pagePath = '/'): FirstVisitAsset[] {
  const assets: FirstVisitAsset[] = [];
  const seen = new Set<string>();
  const add = (reference: string | undefined, kind: FirstVisitKind) => {
    if (!reference) return;
    const path = sameOriginPath(reference, pagePath);
    if (path === null || seen.has(path)) return;
    seen.add(path);
    assets.push({ path, kind });
  };
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of withoutComments.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attributes = tagAttributes(match[0]);
    if (match[1]!.toLowerCase() === 'script') {
      if (attributes.get('type')?.trim().toLowerCase() === 'module') {
        add(attributes.get('src'), 'script');
      }
      continue;
    }
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attributes.get('href');
    if (rel.includes('modulepreload')) add(href, 'modulepreload');
    else if (rel.includes('stylesheet')) add(href, 'stylesheet');
    else if (rel.includes('manifest')) add(href, 'manifest');
  }
  return assets;
}

export interface PrecacheList {
  /** Entries as the worker lists them, duplicates included. */
  entries: number;
  /** Each URL once, as a path from the root (Workbox resolves them against the worker's URL). */
  paths: string[];
}

/**
 * The precache manifest of a Workbox service worker (`generateSW` output): every
 * `{url:"…",revision:…}` object, in either key order, keys quoted or not. Workbox downloads a URL
 * listed twice with the same revision once, so `paths` holds each once.
 */
export function precacheList(serviceWorker: string, workerPath = '/sw.js'): PrecacheList {
  const quoted = `(?:"((?:[^"\\\\]|\\\\.)*)"|'((?:[^'\\\\]|\\\\.)*)')`;
  const key = (name: string) => `(?:${name}|"${name}"|'${name}')`;
  const anyString = `(?:"(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*')`;
  const revision = `${key('revision')}\\s*:\\s*(?:null|${anyString})`;
  const entry = new RegExp(
    `\\{\\s*(?:${key('url')}\\s*:\\s*${quoted}\\s*,\\s*${revision}` +
      `|${revision}\\s*,\\s*${key('url')}\\s*:\\s*${quoted})\\s*\\}`,
    'g',
  );
  const paths: string[] = [];
  let entries = 0;
  for (const match of serviceWorker.matchAll(entry)) {
    const raw = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (raw === undefined) continue;
    entries++;
    const path = sameOriginPath(unescapeJs(raw), workerPath);
    if (path !== null && !paths.includes(path)) paths.push(path);
  }
  return { entries, paths };
}

function unescapeJs(text: string): string {
  return text.replace(
    /\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g,
    (_, escape: string) => {
      if (escape.startsWith('u{')) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
      if (escape.length > 1) return String.fromCharCode(parseInt(escape.slice(1), 16));
      return escape === 'n' ? '\n' : escape === 't' ? '\t' : escape;
    },
  );
}
