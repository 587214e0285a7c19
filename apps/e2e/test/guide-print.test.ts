/**
 * The printable Arrival Guide as a browser prints it: the built server with the demo data,
 * Chromium's own PDF of `/guide/calais/print` in French and in Arabic, exactly two A4 pages each
 * (the week's timetable, then the poster with its QR code), its style admitted by the page's
 * Content-Security-Policy and nothing fetched from elsewhere.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startOpale, type RunningOpale } from '../src/harness';

/** Page objects of a PDF (`/Type /Page`, not the `/Pages` tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

/** Whether every page is A4: 595.28 × 841.89 PDF points (1/72 in), give or take Chromium's rounding to its pixels. */
function pdfPagesAreA4(pdf: Buffer): boolean {
  const boxes = [
    ...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g),
  ];
  return (
    boxes.length > 0 &&
    boxes.every((m) => Math.abs(Number(m[1]) - 595.28) < 2 && Math.abs(Number(m[2]) - 841.89) < 2)
  );
}

describe('the printable guide', () => {
  let opale: RunningOpale;
  let browser: Browser;

  beforeAll(async () => {
    opale = await startOpale();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  for (const { lang, dir } of [
    { lang: 'fr', dir: 'ltr' },
    { lang: 'ar', dir: 'rtl' },
  ]) {
    it(`prints in ${lang} on exactly two A4 pages, the timetable then the poster with its QR code`, async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));

      const response = await page.goto(`${opale.origin}/guide/calais/print?lang=${lang}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('dir')).toBe(dir);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);

      // The one inline style applied (a refused style would leave the sheets as plain blocks).
      expect(
        await page
          .locator('.sheet')
          .first()
          .evaluate((el) => getComputedStyle(el).display),
      ).toBe('flex');
      const guideUrl = `${opale.origin}/guide/calais?lang=${lang}`;
      const qr = page.locator('.poster .qr svg');
      expect(await qr.count()).toBe(1);
      expect(await qr.locator('path').count()).toBeGreaterThan(0);
      expect(await page.locator('.poster .qr').getAttribute('aria-label')).toBe(guideUrl);
      expect(await page.locator('.poster .url').textContent()).toBe(guideUrl);
      expect(await page.locator('.week tbody tr').count()).toBeGreaterThan(3);

      // Laid out for paper, neither sheet runs over its page (overflow would print over the next).
      await page.emulateMedia({ media: 'print' });
      const overflows = await page
        .locator('.sheet')
        .evaluateAll((sheets) => sheets.map((sheet) => sheet.scrollHeight - sheet.clientHeight));
      expect(overflows).toEqual([0, 0]);

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfPageCount(pdf)).toBe(2);
      expect(pdfPagesAreA4(pdf)).toBe(true);

      expect(problems).toEqual([]);
      expect(requested).toEqual([`${opale.origin}/guide/calais/print?lang=${lang}`]);
      await page.close();
    });
  }
});
