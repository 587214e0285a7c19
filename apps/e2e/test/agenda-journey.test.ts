/**
 * The joint agenda between two organisations, each in its own browser: a representative of
 * Refugee Community Kitchen (in English, on a laptop) creates a meeting and invites Utopia 56 and
 * Care4Calais; Utopia 56's admin (in French, on a phone) answers and types in the shared notes
 * while the first watches both arrive live; an action item assigned to Utopia 56 shows in its
 * overview. Each sees the other present on the meeting's page. Then the observer's organisation, outside the child-protection coalition, finds none
 * of its meetings, while the rep's organisation, inside it, does.
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

/** A day in Paris, as the app counts days, `days` from today. */
function parisDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

const title = 'Winter coordination with the shelters';
const actionText = 'Count the blankets left in the Utopia 56 warehouse';

describe('the joint agenda, between a representative and a partner organisation', () => {
  let opale: RunningOpale;
  let browser: Browser;
  let repContext: BrowserContext;
  let partnerContext: BrowserContext;
  let rep: Page;
  let partner: Page;
  let itemUrl = '';
  const scriptErrors: string[] = [];
  const day = parisDay(3);

  const signIn = (page: Page, email: string, next: string) =>
    signInThroughPage(page, opale.origin, email, next);

  beforeAll(async () => {
    opale = await startOpale();
    browser = await launchBrowser();
    repContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    partnerContext = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    rep = await repContext.newPage();
    partner = await partnerContext.newPage();
    for (const page of [rep, partner])
      page.on('pageerror', (error) => scriptErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  it('lets the representative create a meeting and invite two organisations', async () => {
    await signIn(rep, demoEmail('rep', 'calais'), '/calais/agenda');
    await rep.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await rep.getByRole('button', { name: 'Add', exact: true }).click();
    const dialog = rep.getByRole('dialog', { name: 'Add to the agenda' });
    await dialog.getByLabel('Kind').selectOption({ label: 'Platform meeting' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Date', { exact: true }).fill(day);
    await dialog.getByLabel('Start').fill('10:00');
    await dialog.getByLabel('End', { exact: true }).fill('11:30');
    const invited = dialog.getByRole('group', { name: /Invited organisations/ });
    await invited.getByLabel('Utopia 56').check();
    await invited.getByLabel('Care4Calais').check();
    const violations = await checkAccessibility(rep);
    expect(violations, describeViolations(violations)).toEqual([]);
    await dialog.getByRole('button', { name: 'Add to the agenda' }).click();

    await rep
      .getByRole('status')
      .filter({ hasText: `“${title}” is on the agenda.` })
      .waitFor();
    await rep.getByRole('link', { name: title }).first().click();
    await rep.getByRole('heading', { level: 1, name: title }).waitFor();
    itemUrl = rep.url();
    expect(itemUrl).toMatch(/\/calais\/agenda\/[\w-]+$/);
  });

  it('lets the invited organisation answer and type in the notes, and the first sees both live', async () => {
    await signIn(partner, demoEmail('admin', 'calais'), new URL(itemUrl).pathname);
    await partner.getByRole('heading', { level: 1, name: title }).waitFor();
    // Each sees the other on this meeting's page.
    await rep
      .getByRole('region', { name: 'Also on this page' })
      .getByText('Camille (demo admin, Calais)')
      .waitFor();
    await partner
      .getByRole('region', { name: 'Aussi sur cette page' })
      .getByText('Sacha (demo rep, Calais)')
      .waitFor();
    const answer = partner.getByRole('group', { name: 'Réponse de Utopia 56' });
    await answer.getByRole('button', { name: 'Présents' }).click();
    await partner.getByLabel('Qui vient').fill('2 bénévoles');
    await partner.getByRole('button', { name: 'Enregistrer qui vient' }).click();

    const notes = partner.getByLabel('Notes partagées');
    await notes.click();
    await notes.pressSequentially('Accueil de nuit : 40 places ce soir.', { delay: 20 });

    // The representative's page shows both without a reload.
    await rep.getByText('2 bénévoles').waitFor();
    await expect
      .poll(() => rep.getByLabel('Shared notes').inputValue(), { timeout: 10_000 })
      .toBe('Accueil de nuit : 40 places ce soir.');
    // And both type at once: each keeps what the other wrote.
    await rep.getByLabel('Shared notes').click();
    await rep.keyboard.press('End');
    await rep.keyboard.type(' RCK brings soup.', { delay: 20 });
    await expect
      .poll(() => partner.getByLabel('Notes partagées').inputValue(), { timeout: 10_000 })
      .toBe('Accueil de nuit : 40 places ce soir. RCK brings soup.');
  });

  it('keeps what the partner types without signal, and merges it on reconnection', async () => {
    await partnerContext.setOffline(true);
    await partner
      .getByRole('status')
      .filter({ hasText: /^Hors ligne/ })
      .first()
      .waitFor();
    const notes = partner.getByLabel('Notes partagées');
    await notes.click();
    await partner.keyboard.press('End');
    await partner.keyboard.type(' Navette à 19 h.', { delay: 20 });
    // Meanwhile the representative keeps typing online.
    await rep.getByLabel('Shared notes').click();
    await rep.keyboard.press('Home');
    await rep.keyboard.type('Minutes. ', { delay: 20 });
    await rep.waitForTimeout(1_000);
    expect(await rep.getByLabel('Shared notes').inputValue()).not.toContain('Navette');

    await partnerContext.setOffline(false);
    const merged = 'Minutes. Accueil de nuit : 40 places ce soir. RCK brings soup. Navette à 19 h.';
    for (const [page, label] of [
      [rep, 'Shared notes'],
      [partner, 'Notes partagées'],
    ] as const) {
      await expect
        .poll(() => page.getByLabel(label).inputValue(), { timeout: 15_000 })
        .toBe(merged);
    }
  });

  it('shows an action item assigned to the partner in its own overview', async () => {
    await rep.getByLabel('What needs doing').fill(actionText);
    await rep.getByLabel('Owner organisation').selectOption({ label: 'Utopia 56' });
    await rep.getByLabel(/Due date/).fill(parisDay(2));
    await rep.getByRole('button', { name: 'Add action item' }).click();
    await rep.getByRole('checkbox', { name: actionText }).waitFor();

    await partner.goto(`${opale.origin}/calais/actions`);
    await partner.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    // The choice goes into the address, so the radio turns checked once the page re-renders.
    await partner.getByRole('radio', { name: 'Mon organisation' }).click();
    await expect
      .poll(() => partner.getByRole('radio', { name: 'Mon organisation' }).isChecked())
      .toBe(true);
    await partner.getByRole('checkbox', { name: actionText }).waitFor();
    await partner.getByRole('link', { name: new RegExp(`Réunion : ${title}`) }).waitFor();
    const violations = await checkAccessibility(partner);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('shows the coalition’s restricted meeting to a member organisation and never to the observer’s', async () => {
    // The rep's organisation is in the Calais child-protection coalition.
    await rep.goto(`${opale.origin}/calais/agenda`);
    await rep
      .getByRole('listitem')
      .filter({ hasText: 'Only for the group Child protection coalition' })
      .first()
      .waitFor();

    const observerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const observer = await observerContext.newPage();
    observer.on('pageerror', (error) => scriptErrors.push(error.message));
    await signIn(observer, demoEmail('observer', 'calais'), '/calais/agenda');
    await observer.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    // The platform's own meetings are there; the coalition's are not, nor its name as an agenda.
    await observer.getByText('Weekly platform meeting').first().waitFor();
    expect(await observer.getByText(/Child protection/).count()).toBe(0);
    expect(await observer.getByText(/Réservé au groupe/).count()).toBe(0);
    await observerContext.close();
    expect(scriptErrors).toEqual([]);
  });
});
