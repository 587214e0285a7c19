/**
 * The public Arrival Guide in a real browser, as a newcomer's phone opens it: JavaScript off, no
 * account, in each language of the demo platform. Today's demo distributions and services are
 * there, nothing loads from another origin, axe finds nothing serious; then, with JavaScript on,
 * the page stays readable once the network is gone. Screenshots of Arabic (right to left) and
 * Tigrinya (Ethiopic script) go to apps/e2e/artifacts/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAccessibility,
  describeViolations,
  launchBrowser,
  repoRoot,
  startOpale,
  type RunningOpale,
} from '../src/harness';

/** The demo platform's languages, as the guide's buttons list them. */
const languages = [
  { code: 'en', dir: 'ltr' },
  { code: 'fr', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
  { code: 'fa', dir: 'rtl' },
  { code: 'ps', dir: 'rtl' },
  { code: 'ckb', dir: 'rtl' },
  { code: 'kmr', dir: 'ltr' },
  { code: 'ti', dir: 'ltr' },
  { code: 'am', dir: 'ltr' },
  { code: 'vi', dir: 'ltr' },
] as const;

const artifacts = join(repoRoot, 'apps/e2e/artifacts');

describe('the Arrival Guide on a phone', () => {
  let opale: RunningOpale;
  let browser: Browser;

  beforeAll(async () => {
    opale = await startOpale();
    browser = await launchBrowser();
    mkdirSync(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  for (const language of languages) {
    it(`reads in ${language.code} without JavaScript: today's distributions and the services`, async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      const origins = new Set<string>();
      page.on('request', (request) => origins.add(new URL(request.url()).origin));

      const response = await page.goto(`${opale.origin}/guide/calais?lang=${language.code}`);
      expect(response?.status()).toBe(200);
      const html = page.locator('html');
      expect(await html.getAttribute('lang')).toBe(language.code);
      expect(await html.getAttribute('dir')).toBe(language.dir);

      // Today: Refugee Community Kitchen's daily lunch, 12:00 to 14:00, in Latin digits.
      const today = page.locator('section[aria-labelledby="today"]');
      const lunch = today.locator('li', { hasText: 'Refugee Community Kitchen' }).filter({
        hasText: '12:00',
      });
      await expect.poll(() => lunch.count()).toBeGreaterThan(0);
      expect(await lunch.first().innerText()).toContain('14:00');
      // The station, a site the coordinators publish, is named; the others are not.
      expect(await page.locator('main').innerText()).toContain('Site Gare');
      expect(await page.locator('main').innerText()).not.toContain('Site Nord');

      // The services: the family shelter and the clinic, by their organisations' own names.
      const services = page.locator('section[aria-labelledby="services"]');
      expect(await services.innerText()).toContain("Mise à l'abri for women and families");
      expect(await services.innerText()).toContain('Médecins du Monde clinic');
      expect(await services.innerText()).not.toContain('Citizen hosting network');

      // Emergency numbers ring straight away.
      expect(await page.locator('a[href="tel:112"]').count()).toBe(1);

      // Nothing from anywhere else: no font, no analytics, no CDN.
      expect([...origins]).toEqual([opale.origin]);

      if (language.code === 'ar' || language.code === 'ti') {
        // What the phone shows first, and the whole page.
        const firstScreen = join(artifacts, `guide-${language.code}-first-screen.png`);
        const whole = join(artifacts, `guide-${language.code}.png`);
        await page.screenshot({ path: firstScreen });
        await page.screenshot({ path: whole, fullPage: true });
        console.log(`screenshots of the ${language.code} guide: ${firstScreen} ${whole}`);
      }
      await context.close();

      // axe is a script: with JavaScript off it cannot run, so it checks the same page in a
      // context where JavaScript is on (the page is the same HTML; its one script only offers
      // the offline copy).
      const checking = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const checked = await checking.newPage();
      await checked.goto(`${opale.origin}/guide/calais?lang=${language.code}`);
      const violations = await checkAccessibility(checked);
      expect(violations, describeViolations(violations)).toEqual([]);
      await checking.close();
    });
  }

  it('stays readable offline once opened, through its service worker', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const address = `${opale.origin}/guide/calais?lang=fr`;
    await page.goto(address);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first visit installed the worker; this one goes through it and is kept.
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await page.reload();

    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('h1').innerText()).toContain('Calais');
    expect(await page.locator('section[aria-labelledby="today"]').innerText()).toContain(
      'Refugee Community Kitchen',
    );
    await context.close();
  });
});
