/**
 * Distribution schedules between a representative on a laptop and a field volunteer of the same
 * organisation (Refugee Community Kitchen) on a 360 px phone: the coverage week shows the demo's
 * one gap and one clash; the representative's new weekly distribution warns of a clash while
 * drafted, then reaches the phone's "Today" at once; the phone, offline, records it done with a
 * count (one change waiting), and once back online the laptop sees it done; a date the
 * representative cancels shows as cancelled in advance. Axe checks Today and Coverage.
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

/** Tomorrow in Paris, as the app counts days, and today's weekday in English. */
function parisDays() {
  const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + 86_400_000),
  );
  const weekday = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    weekday: 'long',
  }).format(new Date());
  return { tomorrow, weekday };
}

describe('distribution schedules, from a representative’s laptop to a field volunteer’s phone', () => {
  let opale: RunningOpale;
  let browser: Browser;
  let repContext: BrowserContext;
  let fieldContext: BrowserContext;
  let coordinatorContext: BrowserContext;
  let rep: Page;
  let field: Page;
  let coordinator: Page;
  const scriptErrors: string[] = [];
  const { tomorrow, weekday } = parisDays();

  const signIn = (page: Page, email: string, next: string) =>
    signInThroughPage(page, opale.origin, email, next);

  /** The board's sync status, by its exact words (the page has other status regions). */
  function syncStatus(page: Page, text: string) {
    return page.getByRole('status').filter({ hasText: new RegExp(`^${text}$`) });
  }

  /** A card of the day's list on the Today screen. */
  function todayCard(page: Page, day: RegExp, ...texts: string[]) {
    let card = page.getByRole('region', { name: day }).getByRole('listitem');
    for (const text of texts) card = card.filter({ hasText: text });
    return card;
  }

  beforeAll(async () => {
    opale = await startOpale();
    browser = await launchBrowser();
    repContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    coordinatorContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    fieldContext = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    rep = await repContext.newPage();
    field = await fieldContext.newPage();
    coordinator = await coordinatorContext.newPage();
    for (const page of [rep, field, coordinator])
      page.on('pageerror', (error) => scriptErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  it('shows the coordinator the demo week’s one gap and one clash on the coverage grid', async () => {
    await signIn(coordinator, demoEmail('coordinator', 'calais'), '/calais/coverage');
    await coordinator.getByRole('heading', { level: 1, name: 'Couverture' }).waitFor();
    await syncStatus(coordinator, 'En ligne').waitFor();

    // The summary counts them and links to their lists.
    await coordinator.getByRole('link', { name: '1 créneau non couvert' }).waitFor();
    await coordinator.getByRole('link', { name: '1 chevauchement' }).waitFor();

    // The gap: no medical consultation at Site Gare on Sunday morning.
    const grid = coordinator.getByRole('table', { name: /Distributions de la semaine/ });
    const clinic = grid
      .getByRole('row')
      .filter({ hasText: 'Site Gare' })
      .filter({ hasText: 'Consultation médicale' });
    await expect.poll(() => clinic.getByRole('cell').last().textContent()).toBe('Non couvert');
    await expect.poll(() => clinic.getByRole('cell').nth(5).textContent()).toBe('CRf');
    // The clash: Secours Catholique's Saturday phone charging overlaps Utopia 56's daily one.
    const charging = grid
      .getByRole('row')
      .filter({ hasText: 'Site Gare' })
      .filter({ hasText: 'Recharge de téléphones' });
    await expect
      .poll(() => charging.getByRole('cell').nth(5).textContent())
      .toBe('ChevauchementU56SC');
    await expect.poll(() => charging.getByRole('cell').nth(4).textContent()).toBe('U56');

    // Each is listed in words, linked to its cell.
    await coordinator
      .getByRole('link', { name: /^dimanche \d+ \S+, matin : Consultation médicale à Site Gare$/ })
      .waitFor();
    await coordinator
      .getByRole('link', {
        name: /^samedi \d+ \S+ : Recharge de téléphones à Site Gare — U56 \(13:00–16:00\) et SC \(14:00–17:00\)$/,
      })
      .waitFor();
    expect(await grid.getByText('Non couvert').count()).toBe(1);
    expect(await grid.getByText('Chevauchement').count()).toBe(1);
  });

  it('shows the coverage grid without serious accessibility problems', async () => {
    const violations = await checkAccessibility(coordinator);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('opens Today first on the volunteer’s phone, with only their organisation’s controls', async () => {
    // Both demo accounts speak English.
    await signIn(rep, demoEmail('rep', 'calais'), '/calais/distributions');
    await signIn(field, demoEmail('field', 'calais'), '/calais');
    await field.getByRole('link', { name: 'Today’s distributions' }).click();
    await field.waitForURL(`${opale.origin}/calais/today`);
    await field.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await syncStatus(field, 'Online').waitFor();

    const nav = field.getByRole('navigation', { name: 'Platform navigation' });
    expect(await nav.getByRole('link').first().getAttribute('href')).toBe('/calais/today');

    // The kitchen's lunch can be recorded; Utopia 56's water cannot.
    const lunch = todayCard(field, /^Today,/, '12:00–14:00', 'RCK');
    await lunch.getByRole('button', { name: 'Done' }).waitFor();
    const water = todayCard(field, /^Today,/, 'Drinking water', 'U56');
    await water.waitFor();
    expect(await water.getByRole('button').count()).toBe(0);
  });

  it('shows Today without serious accessibility problems on the phone', async () => {
    const violations = await checkAccessibility(field);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('warns the representative of a clash while drafting, without refusing it', async () => {
    await rep.getByRole('heading', { level: 1, name: 'Distributions' }).waitFor();
    await syncStatus(rep, 'Online').waitFor();
    await rep.getByRole('button', { name: 'Add a distribution' }).click();
    const dialog = rep.getByRole('dialog', { name: 'New distribution' });
    await dialog.getByLabel('Site', { exact: true }).selectOption({ label: 'Site Gare' });
    await dialog.getByLabel('Service').selectOption('phone_charging');
    await dialog.getByRole('checkbox', { name: weekday, exact: true }).check();
    await dialog.getByLabel('Start').fill('14:00');
    await dialog.getByLabel('End').fill('15:00');
    await dialog.getByText(/^\d+ overlaps? with (another|other) organisations?$/).waitFor();
    await dialog
      .getByRole('listitem')
      .filter({ hasText: /^U56: .*13:00–16:00$/ })
      .first()
      .waitFor();

    // Another service at another site: no clash left.
    await dialog.getByLabel('Site', { exact: true }).selectOption({ label: 'Site Nord' });
    await dialog.getByLabel('Service').selectOption('hygiene_kits');
    await expect.poll(() => dialog.getByText(/overlaps? with/).count()).toBe(0);

    const violations = await checkAccessibility(rep);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('brings the new weekly distribution to the volunteer’s Today at once', async () => {
    const dialog = rep.getByRole('dialog', { name: 'New distribution' });
    await dialog.getByLabel('Start').fill('20:00');
    await dialog.getByLabel('End').fill('21:30');
    await dialog.getByLabel('Expected quantity').fill('150');
    await dialog.getByRole('button', { name: 'Add the distribution' }).click();
    await rep
      .getByRole('status')
      .filter({ hasText: '“Hygiene kits · Site Nord” was added.' })
      .waitFor();
    await rep
      .getByRole('region', { name: 'Distributions of Refugee Community Kitchen' })
      .getByRole('heading', { level: 3, name: /Hygiene kits · Site Nord/ })
      .waitFor();
    await rep.getByText(`Every ${weekday} · 20:00–21:30`).waitFor();

    const card = todayCard(field, /^Today,/, 'Hygiene kits');
    await card.waitFor();
    await card.getByText('Site Nord · RCK').waitFor();
    await card.getByText('Planned').waitFor();
    await card.getByText('Expected: 150').waitFor();
  });

  it('keeps the filters in the address', async () => {
    await field.getByText('Filter', { exact: true }).click();
    await field.getByLabel('Service').selectOption('hygiene_kits');
    await field.waitForURL(/[?&]type=hygiene_kits/);
    await field.getByText('1 filter on').waitFor();
    await todayCard(field, /^Today,/, 'Hygiene kits').waitFor();
    expect(await todayCard(field, /^Today,/, 'Meal').count()).toBe(0);
    await field.reload();
    await todayCard(field, /^Today,/, 'Hygiene kits').waitFor();
    expect(await todayCard(field, /^Today,/, 'Meal').count()).toBe(0);
  });

  it('records it done with a count on the phone while offline, one change waiting', async () => {
    // The representative watches Today on the laptop.
    await rep
      .getByRole('navigation', { name: 'Platform navigation' })
      .getByRole('link', { name: 'Today' })
      .click();
    const laptopCard = todayCard(rep, /^Today,/, 'Hygiene kits');
    await laptopCard.getByText('Planned').waitFor();

    await fieldContext.setOffline(true);
    await syncStatus(field, 'Offline').waitFor();
    const card = todayCard(field, /^Today,/, 'Hygiene kits');
    await card.getByRole('button', { name: 'Done' }).click();
    await card.getByLabel('About how many people were served?').fill('42');
    await card.getByRole('button', { name: 'Save “done”' }).click();

    await syncStatus(field, 'Offline · 1 change to send').waitFor();
    await card.getByText('Done', { exact: true }).waitFor();
    await card.getByText('≈ 42 served').waitFor();
    await card
      .getByRole('status')
      .filter({ hasText: 'it will be sent when the connection is back' })
      .waitFor();

    // Nothing left the phone meanwhile.
    await rep.waitForTimeout(1_500);
    expect(await laptopCard.getByText('≈ 42 served').count()).toBe(0);
    expect(await laptopCard.getByText('Planned', { exact: true }).count()).toBe(1);
  });

  it('sends it once back online, and the representative sees it done', async () => {
    await fieldContext.setOffline(false);
    await syncStatus(field, 'Online').waitFor();
    const laptopCard = todayCard(rep, /^Today,/, 'Hygiene kits');
    await laptopCard.getByText('≈ 42 served').waitFor();
    // The status badge; the representative's own buttons folded away behind "Change the status".
    await laptopCard.getByText('Done', { exact: true }).waitFor();
    await laptopCard.getByRole('button', { name: /^Change the status/ }).waitFor();
    await laptopCard.getByText(/^by Alex \(demo field, Calais\) at \d\d:\d\d$/).waitFor();
  });

  it('shows a date the representative cancels as cancelled in advance on the phone', async () => {
    await rep
      .getByRole('navigation', { name: 'Platform navigation' })
      .getByRole('link', { name: 'Distributions' })
      .click();
    await rep.getByRole('button', { name: 'Change one date Meal · Site Nord' }).click();
    const dialog = rep.getByRole('dialog', { name: 'Change one date: Meal · Site Nord' });
    await dialog.waitFor();
    const violations = await checkAccessibility(rep);
    expect(violations, describeViolations(violations)).toEqual([]);
    await dialog.getByLabel('Cancel this date').check();
    await dialog.getByLabel('Date', { exact: true }).fill(tomorrow);
    await dialog.getByLabel('Note').fill('Kitchen van at the garage');
    await dialog.getByRole('button', { name: 'Save the change' }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: /^Change saved for / })
      .waitFor();
    await dialog.getByRole('listitem').filter({ hasText: ': cancelled' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();

    await field.goto(`${opale.origin}/calais/today`);
    const card = todayCard(field, /^Tomorrow,/, '12:00–14:00', 'Meal');
    await card.getByText('Cancelled in advance').waitFor();
    await card.getByText('Kitchen van at the garage').waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    // Today's lunch is not affected.
    await todayCard(field, /^Today,/, '12:00–14:00', 'Meal')
      .getByText('Planned')
      .waitFor();
  });

  it('shows the coverage grid on the phone without widening the page', async () => {
    await field.goto(`${opale.origin}/calais/coverage`);
    await field.getByRole('heading', { level: 1, name: 'Coverage' }).waitFor();
    await field.getByRole('table').waitFor();
    expect(await field.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    const violations = await checkAccessibility(field);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('imports a schedule from CSV only once every row is right, and shows it live', async () => {
    await rep.goto(`${opale.origin}/calais/distributions`);
    await rep.getByRole('heading', { level: 1, name: 'Distributions' }).waitFor();
    await syncStatus(rep, 'Online').waitFor();
    await rep.getByText('Import a schedule (CSV)', { exact: true }).click();
    const paste = rep.getByLabel('Or paste the file’s content');
    const header = 'site,service_type,days,start,end';
    await paste.fill(
      `${header}\nSite Nord,showers,SU,05:15,06:45\nSite Nowhere,showers,SU,05:15,06:45\n`,
    );
    await rep.getByRole('button', { name: 'Check', exact: true }).click();

    const problems = rep.getByRole('alert').filter({ hasText: 'nothing was imported' });
    await problems
      .getByRole('listitem')
      .filter({ hasText: /^Row 3: / })
      .waitFor();
    expect(await problems.getByRole('listitem').count()).toBe(1);
    expect(await rep.getByRole('button', { name: /^Import \d+ distributions?$/ }).count()).toBe(0);
    expect(await rep.getByText('Every Sunday · 05:15–06:45').count()).toBe(0);
    const violations = await checkAccessibility(rep);
    expect(violations, describeViolations(violations)).toEqual([]);

    await paste.fill(`${header}\nSite Nord,showers,SU,05:15,06:45\n`);
    await rep.getByRole('button', { name: 'Check', exact: true }).click();
    await rep
      .getByRole('table', { name: 'Distributions read from the file' })
      .getByRole('row')
      .filter({ hasText: 'Site Nord' })
      .waitFor();
    await rep.getByRole('button', { name: 'Import 1 distribution' }).click();
    await rep
      .getByRole('status')
      .filter({ hasText: '1 distribution imported for Refugee Community Kitchen.' })
      .waitFor();
    await rep
      .getByRole('region', { name: 'Distributions of Refugee Community Kitchen' })
      .getByText('Every Sunday · 05:15–06:45')
      .waitFor();
  });

  it('ran without script errors in any browser', () => {
    expect(scriptErrors).toEqual([]);
  });
});
