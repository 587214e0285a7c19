/**
 * From a disrupted distribution to its incident report (issue 8): a field volunteer of Refugee
 * Community Kitchen marks today's lunch disrupted on a 360 px phone; the card then offers to
 * record what happened, and following the offer opens the incident form on that occurrence
 * (`?series=…&date=…`). An observer, who reports nothing, sees the same card without the offer.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAccessibility,
  demoEmail,
  describeViolations,
  launchBrowser,
  signInThroughPage,
  startOpale,
  type RunningOpale,
} from '../src/harness';

/** Today in Paris, as the app counts days. */
const parisToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

describe('a disrupted distribution offers to record the incident', () => {
  let opale: RunningOpale;
  let browser: Browser;
  let fieldContext: BrowserContext;
  let observerContext: BrowserContext;
  let field: Page;
  let observer: Page;
  const scriptErrors: string[] = [];

  const signIn = (page: Page, email: string, next: string) =>
    signInThroughPage(page, opale.origin, email, next);

  /** Today's card of the kitchen's lunch (`Today, …` in English, `Aujourd’hui, …` in French). */
  function lunchCard(page: Page, day = /^Today,/) {
    return page
      .getByRole('region', { name: day })
      .getByRole('listitem')
      .filter({ hasText: '12:00–14:00' })
      .filter({ hasText: 'RCK' });
  }

  beforeAll(async () => {
    opale = await startOpale();
    browser = await launchBrowser();
    fieldContext = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    observerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    field = await fieldContext.newPage();
    observer = await observerContext.newPage();
    for (const page of [field, observer])
      page.on('pageerror', (error) => scriptErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  it('offers to record what happened once the volunteer marks the lunch disrupted', async () => {
    await signIn(field, demoEmail('field', 'calais'), '/calais/today');
    await field.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const card = lunchCard(field);
    await card.getByText('Planned').waitFor();
    expect(await card.getByRole('link', { name: /^Record what happened/ }).count()).toBe(0);

    await card.getByRole('button', { name: 'Disrupted' }).click();
    await card.getByLabel('What happened, in a few words').fill('Stopped by a police check');
    await card.getByRole('button', { name: 'Save “disrupted”' }).click();
    await card.getByText('Stopped by a police check').waitFor();

    const offer = card.getByRole('link', { name: /^Record what happened/ });
    await offer.waitFor();
    const href = await offer.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/calais/incidents/new\\?series=[^&]+&date=${parisToday()}$`));
    const violations = await checkAccessibility(field);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('opens the incident form on that occurrence', async () => {
    const offer = lunchCard(field).getByRole('link', { name: /^Record what happened/ });
    const href = (await offer.getAttribute('href')) ?? '';
    await offer.click();
    await field.waitForURL(`${opale.origin}${href}`);
    const search = new URL(field.url()).searchParams;
    expect(search.get('date')).toBe(parisToday());
    expect(search.get('series')).not.toBe('');
    await field.getByRole('heading', { level: 1, name: 'Record an incident' }).waitFor();
  });

  it('shows an observer the disrupted lunch without the offer', async () => {
    // The demo observer reads French.
    await signIn(observer, demoEmail('observer', 'calais'), '/calais/today');
    const card = lunchCard(observer, /^Aujourd’hui,/);
    await card.getByText('Stopped by a police check').waitFor();
    await card.getByText('Perturbée').waitFor();
    expect(await card.getByRole('link').count()).toBe(0);
  });

  it('ran without script errors in any browser', () => {
    expect(scriptErrors).toEqual([]);
  });
});
