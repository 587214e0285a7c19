/**
 * How a report's attachments read: videos and PDFs as links with their size, and every file's
 * SHA-256 shortened on screen (the full hash is copied on demand, so a copy kept elsewhere can be
 * checked against it later).
 */

/** "3f2a9c…81b0": enough to tell files apart at a glance, never to check one. */
export function shortHash(sha256: string): string {
  const hash = sha256.trim().toLowerCase();
  return hash.length <= 12 ? hash : `${hash.slice(0, 6)}…${hash.slice(-4)}`;
}

const regional: Record<string, string> = { en: 'en-GB', fr: 'fr-FR' };

/** "850 ko" / "850 kB", "12,4 Mo" / "12.4 MB": decimal units, as phones show file sizes. */
export function formatFileSize(bytes: number, locale: string): string {
  const tag = regional[locale] ?? locale;
  const [unit, value] =
    bytes >= 1e9
      ? (['gigabyte', bytes / 1e9] as const)
      : bytes >= 1e6
        ? (['megabyte', bytes / 1e6] as const)
        : bytes >= 1e3
          ? (['kilobyte', bytes / 1e3] as const)
          : (['byte', bytes] as const);
  return new Intl.NumberFormat(tag, {
    style: 'unit',
    unit,
    // "512 byte" reads wrong in English: under a kilobyte, the long name.
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
  }).format(value);
}
