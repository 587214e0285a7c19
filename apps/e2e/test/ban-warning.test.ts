/**
 * Distribution bans, from the order to the schedule: the Calais representative (Refugee
 * Community Kitchen) records a prefectoral order over Site Nord on the bans screen, where the
 * demo's orders already stand (one in force, one lifted by the court); a weekly distribution at
 * Site Nord inside the order's period then warns while drafted and, as an alert, once saved —
 * saving still works; one at another site, or after the order ends, does not warn. The warning
 * links to the order. Axe checks the bans screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAccessibility,
  demoEmail,
  demoPassword,
  describeViolations,
  launchBrowser,
  startOpale,
  type RunningOpale,
} from '../src/harness';

/** A Paris date some days from now, as the app counts days. */
function parisDate(daysFromNow: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + daysFromNow * 86_400_000),
  );
}

/** Tomorrow's weekday in English, as the day toggles name it. */
function tomorrowsWeekday(): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'long' }).format(
    new Date(Date.now() + 86_400_000),
  );
}

const reference = 'Arrêté n° 2026-E2E-001';
const warningHeading = 'This distribution falls inside a ban';

describe('a distribution ban, recorded and then warned of in the schedule', () => {
  let opale: RunningOpale;
  let browser: Browser;
  let rep: Page;
  const scriptErrors: string[] = [];

  beforeAll(async () => {
    opale = await startOpale();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    rep = await context.newPage();
    rep.on('pageerror', (error) => scriptErrors.push(error.message));
    // The representative's account speaks English.
    const next = '/calais/incidents/bans';
    await rep.goto(`${opale.origin}/sign-in?next=${encodeURIComponent(next)}`);
    await rep.getByLabel('Adresse e-mail').fill(demoEmail('rep', 'calais'));
    await rep.getByLabel('Mot de passe').fill(demoPassword);
    await rep.getByRole('button', { name: 'Se connecter' }).click();
    await rep.waitForURL(`${opale.origin}${next}`);
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  it('lists the demo orders, the one in force first, with its pending challenge', async () => {
    await rep.getByRole('heading', { level: 1, name: 'Distribution bans' }).waitFor();
    const inForce = rep.getByRole('region', { name: 'In force' });
    const current = inForce.getByRole('article', { name: /DEMO-2026-0587/ });
    await current.waitFor();
    await current.getByText(/awaiting the decision/).waitFor();
    await current.getByText('Site Gare').waitFor();
    const over = rep.getByRole('region', { name: 'Expired or lifted' });
    const lifted = over.getByRole('article', { name: /DEMO-2026-0412/ });
    await lifted.getByText('Lifted by the court').waitFor();
    await lifted.getByText(/renewed until/).waitFor();
    await lifted.getByRole('listitem').filter({ hasText: 'DEMO-2026-0533' }).waitFor();
  });

  it('shows the bans screen without serious accessibility problems', async () => {
    const violations = await checkAccessibility(rep);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('lets the representative record an order over Site Nord', async () => {
    await rep.getByRole('button', { name: 'Record an order' }).click();
    const dialog = rep.getByRole('dialog', { name: 'Record an order' });
    await dialog.getByLabel('Reference').fill(reference);
    await dialog.getByLabel('Commune').fill('Calais');
    await dialog.getByLabel('Area').fill('Rue des Verrotières and the industrial zone car parks');
    await dialog.getByLabel('Until (included)').fill(parisDate(30));
    // Nothing chosen yet: the form asks for a site before sending.
    await dialog.getByRole('button', { name: 'Record the order' }).click();
    await dialog.getByText('Choose at least one site, so that the schedule can warn.').waitFor();
    await dialog.getByRole('checkbox', { name: 'Site Nord' }).check();

    const violations = await checkAccessibility(rep);
    expect(violations, describeViolations(violations)).toEqual([]);

    await dialog.getByRole('button', { name: 'Record the order' }).click();
    await rep
      .getByRole('status')
      .filter({ hasText: `${reference} recorded.` })
      .waitFor();
    const card = rep
      .getByRole('region', { name: 'In force' })
      .getByRole('article', { name: reference });
    await card.getByText('Site Nord').waitFor();
    await card.getByText('No challenge recorded.').waitFor();
  });

  async function draftSeries(siteName: string, validFrom?: string) {
    await rep.getByRole('button', { name: 'Add a distribution' }).click();
    const dialog = rep.getByRole('dialog', { name: 'New distribution' });
    await dialog.getByLabel('Site', { exact: true }).selectOption({ label: siteName });
    await dialog.getByLabel('Service').selectOption('meal');
    await dialog.getByRole('checkbox', { name: tomorrowsWeekday(), exact: true }).check();
    await dialog.getByLabel('Start').fill('18:00');
    await dialog.getByLabel('End').fill('19:30');
    if (validFrom) await dialog.getByLabel('From', { exact: true }).fill(validFrom);
    return dialog;
  }

  it('warns of the order while the series is drafted, and as an alert once it is saved', async () => {
    await rep
      .getByRole('navigation', { name: 'Platform navigation' })
      .getByRole('link', { name: 'Distributions' })
      .click();
    await rep.getByRole('heading', { level: 1, name: 'Distributions' }).waitFor();
    await rep
      .getByRole('status')
      .filter({ hasText: /^Online$/ })
      .waitFor();

    const dialog = await draftSeries('Site Nord');
    await dialog.getByText(warningHeading).waitFor();
    await dialog.getByRole('link', { name: reference }).waitFor();
    const violations = await checkAccessibility(rep);
    expect(violations, describeViolations(violations)).toEqual([]);

    // Saving is still allowed: the organisation decides.
    await dialog.getByRole('button', { name: 'Add the distribution' }).click();
    await rep.getByRole('status').filter({ hasText: '“Meal · Site Nord” was added.' }).waitFor();
    const alert = rep.getByRole('alert').filter({ hasText: warningHeading });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain(`${reference} covers Site Nord from `);
    expect(text).toContain('Distributions there may be fined.');
    const link = alert.getByRole('link', { name: reference });
    expect(await link.getAttribute('href')).toMatch(
      /^\/calais\/incidents\/bans#ban-[0-9a-f-]{36}$/,
    );
  });

  it('does not warn of a series at another site', async () => {
    const dialog = await draftSeries('Site Hôpital');
    expect(await dialog.getByText(warningHeading).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Add the distribution' }).click();
    await rep.getByRole('status').filter({ hasText: '“Meal · Site Hôpital” was added.' }).waitFor();
    expect(await rep.getByRole('alert').filter({ hasText: warningHeading }).count()).toBe(0);
  });

  it('does not warn of a series that starts after the order ends', async () => {
    const dialog = await draftSeries('Site Nord', parisDate(40));
    // The warning of a moment ago went with the last save; the new draft brings none.
    await dialog.getByLabel('From', { exact: true }).blur();
    expect(await dialog.getByText(warningHeading).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Add the distribution' }).click();
    await rep.getByRole('status').filter({ hasText: '“Meal · Site Nord” was added.' }).waitFor();
    expect(await rep.getByRole('alert').filter({ hasText: warningHeading }).count()).toBe(0);
  });

  it('leads from the warning to the order', async () => {
    const dialog = await draftSeries('Site Nord');
    await dialog.getByRole('link', { name: reference }).click();
    await rep.waitForURL(/\/calais\/incidents\/bans#ban-/);
    await rep.getByRole('heading', { level: 1, name: 'Distribution bans' }).waitFor();
    await rep.getByRole('article', { name: reference }).waitFor();
    expect(scriptErrors).toEqual([]);
  });
});
