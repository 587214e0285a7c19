/**
 * The app opens with no network once it has been opened: a field volunteer signs in on a phone
 * and opens Today; the app's service worker takes the page. With the whole network cut, reloading
 * still opens Today, from the code the worker keeps, the account this device kept and the
 * schedule's local copy, and says it is offline since when. Another screen opens offline too (its
 * code was never downloaded by this page: it comes from the worker). Back online, everything is
 * live again. The Arrival Guide keeps its own worker beside the app's. Signing out deletes the
 * device's copy of the account: offline, the app then asks for the network instead of opening as
 * the last person.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAccessibility,
  demoEmail,
  describeViolations,
  launchBrowser,
  startOpale,
  webIndex,
  type RunningOpale,
  signInThroughPage,
} from '../src/harness';

/** What the app keeps of the signed-in account (apps/web/src/lib/device-account.ts). */
const deviceAccountKey = 'opale.account';

function signInAsField(page: Page, origin: string, next: string): Promise<void> {
  return signInThroughPage(page, origin, demoEmail('field', 'calais'), next);
}

describe('the app opens offline after a first visit', () => {
  let opale: RunningOpale;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const scriptErrors: string[] = [];

  /** The board's sync status, by its exact words (the page has other status regions). */
  function syncStatus(text: string) {
    return page.getByRole('status').filter({ hasText: new RegExp(`^${text}$`) });
  }

  /** The banner that says the account shown is the device's copy. */
  function offlineBanner() {
    return page.getByRole('status').filter({ hasText: /^Offline — last connected on / });
  }

  /** A card of the day's list on the Today screen. */
  function todayCard(...texts: string[]) {
    let card = page.getByRole('region', { name: /^Today,/ }).getByRole('listitem');
    for (const text of texts) card = card.filter({ hasText: text });
    return card;
  }

  function storedAccount(): Promise<string | null> {
    return page.evaluate((key) => localStorage.getItem(key), deviceAccountKey);
  }

  beforeAll(async () => {
    opale = await startOpale();
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    page = await context.newPage();
    page.on('pageerror', (error) => scriptErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  it('signs in a field volunteer, opens Today, and the service worker takes the page', async () => {
    await signInAsField(page, opale.origin, '/calais/today');

    // The volunteer's account speaks English.
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await syncStatus('Online').waitFor();
    await todayCard('12:00–14:00', 'RCK').first().waitFor();

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${opale.origin}/`);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null))
      .toBe(`${opale.origin}/sw.js`);
    // Every file of the app is kept, the screens not opened yet included.
    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    });
    expect(kept.some((url) => /\/index\.html/.test(url))).toBe(true);
    expect(kept.some((url) => /\/assets\/distributions-[\w-]+\.js/.test(url))).toBe(true);
    // Nothing the server answers is kept by the worker.
    const serverPaths = /^\/(trpc|sync|auth|evidence|export|ical|guide|healthz)(\/|$)/;
    expect(kept.filter((url) => serverPaths.test(new URL(url).pathname))).toEqual([]);

    expect(JSON.parse((await storedAccount()) ?? 'null')).toMatchObject({
      me: { user: { email: demoEmail('field', 'calais') } },
    });
  });

  it('reloads with the network cut into Today, from the device, saying it is offline', async () => {
    await context.setOffline(true);
    const response = await page.reload();
    // The page came from the worker, not the browser's "no internet" page.
    expect(response?.fromServiceWorker()).toBe(true);

    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await offlineBanner().waitFor();
    await syncStatus('Offline').waitFor();
    // The schedule comes from the device's copy of the board.
    await todayCard('12:00–14:00').first().waitFor();
    // The account is the device's copy: still the volunteer, in their language.
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    const violations = await checkAccessibility(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('opens another screen offline, with code the page never downloaded itself', async () => {
    await page
      .getByRole('navigation', { name: 'Platform navigation' })
      .getByRole('link', { name: 'Distributions' })
      .click();
    await page.waitForURL(`${opale.origin}/calais/distributions`);
    await page.getByRole('heading', { level: 1, name: 'Distributions' }).waitFor();
    await syncStatus('Offline').waitFor();
    await offlineBanner().waitFor();
    // The organisation's series, from the board's copy on the device.
    await page.getByText('12:00–14:00').first().waitFor();
  });

  it('is live again once the network is back', async () => {
    await context.setOffline(false);
    await syncStatus('Online').waitFor();
    // The server confirmed the account: the device's copy no longer stands in.
    await expect.poll(() => offlineBanner().count(), { timeout: 40_000 }).toBe(0);
    await page.getByRole('heading', { level: 1, name: 'Distributions' }).waitFor();
  });

  it('leaves the Arrival Guide to its own worker, which still keeps it offline', async () => {
    const guide = await context.newPage();
    guide.on('pageerror', (error) => scriptErrors.push(error.message));
    const address = `${opale.origin}/guide/calais?lang=en`;
    // The app's worker lets the guide through to the server: never the app in its place.
    const first = await guide.goto(address);
    expect(first?.fromServiceWorker()).toBe(false);
    expect(await guide.locator('h1').innerText()).toContain('Calais');
    await guide.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await guide.reload();
    await expect
      .poll(() => guide.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null))
      .toBe(`${opale.origin}/guide/sw.js`);
    await guide.reload();
    const scopes = await guide.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope).sort(),
    );
    expect(scopes).toEqual([`${opale.origin}/`, `${opale.origin}/guide/`]);

    await context.setOffline(true);
    await guide.reload();
    expect(await guide.locator('h1').innerText()).toContain('Calais');
    expect(await guide.locator('section[aria-labelledby="today"]').innerText()).toContain(
      'Refugee Community Kitchen',
    );
    await context.setOffline(false);
    await guide.close();
  });

  it('forgets the account on sign-out: offline, the app then asks for the network', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await storedAccount()).toBeNull();

    await context.setOffline(true);
    await page.goto(`${opale.origin}/calais/today`);
    await page
      .getByRole('alert')
      .filter({ hasText: /Opale cannot be reached|Impossible de joindre Opale/ })
      .waitFor();
    expect(await page.getByRole('heading', { level: 1, name: /Today|Aujourd/ }).count()).toBe(0);
    await context.setOffline(false);
  });

  it('ran without script errors', () => {
    expect(scriptErrors).toEqual([]);
  });
});

describe('a new version of the app, deployed while a phone has it open', () => {
  let opale: RunningOpale;
  let browser: Browser;
  let webDist: string;
  const scriptErrors: string[] = [];

  beforeAll(async () => {
    // A copy of the built app that this test can "deploy" again.
    webDist = mkdtempSync(join(tmpdir(), 'opale-e2e-web-'));
    cpSync(join(webIndex, '..'), webDist, {
      recursive: true,
      filter: (source) => !source.endsWith('.map'),
    });
    opale = await startOpale({ env: { WEB_DIST: webDist } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
    if (webDist?.startsWith(tmpdir())) rmSync(webDist, { recursive: true, force: true });
  });

  it('waits for the person to apply it, then the page reloads under the new worker', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => scriptErrors.push(error.message));
    await signInAsField(page, opale.origin, '/calais/today');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    // The deploy: a changed worker script, as every build with a changed file writes.
    appendFileSync(join(webDist, 'sw.js'), '\n// deployed again\n');
    await page.evaluate(() => {
      (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
    });
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    // Nothing reloads by itself: the person may be typing. The page says an update is ready.
    const notice = page.getByRole('status').filter({ hasText: 'A new version of Opale is ready.' });
    await notice.waitFor();
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(true);
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting !== null;
      }),
    ).toBe(true);

    await notice.getByRole('button', { name: 'Update' }).click();
    // The page reloaded under the new worker: the marker is gone, nothing waits any more.
    await expect.poll(() => page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.waiting === null && registration.active !== null;
        }),
      )
      .toBe(true);
    expect(await notice.count()).toBe(0);
    await context.close();
  });

  it('ran without script errors', () => {
    expect(scriptErrors).toEqual([]);
  });
});
