import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAccessibility,
  describeViolations,
  launchBrowser,
  startOpale,
  type RunningOpale,
} from '../src/harness';

describe('a freshly started Opale', () => {
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

  it('answers /healthz with ok once the database is ready', async () => {
    const response = await fetch(`${opale.origin}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
  });

  it('serves the web app at / and the app starts without script errors', async () => {
    const page = await browser.newPage();
    const scriptErrors: string[] = [];
    page.on('pageerror', (error) => scriptErrors.push(error.message));

    const response = await page.goto(`${opale.origin}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await expect.poll(() => page.title()).toContain('Opale');
    // React rendered something: the bundle loaded and the Content-Security-Policy let it run.
    await page.locator('#root > *').first().waitFor();
    expect(scriptErrors).toEqual([]);
    await page.close();
  });

  it('shows a first page without serious accessibility problems', async () => {
    const page = await browser.newPage();
    await page.goto(`${opale.origin}/`);
    await page.locator('#root > *').first().waitFor();
    const violations = await checkAccessibility(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});
