/**
 * Incident retention, on the screen: the Calais rep (English) reads the rules in plain words and
 * cannot change them; the Calais admin (French) is told when a period is not a whole number,
 * shortens the witnesses' period, sees the rules say so, and erases what has expired at once
 * after confirming. Axe checks both views; the admin's phone screen goes to
 * apps/e2e/artifacts/incident-retention-admin.png for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAccessibility,
  demoEmail,
  demoPassword,
  describeViolations,
  launchBrowser,
  repoRoot,
  startOpale,
  type RunningOpale,
} from '../src/harness';

const path = '/calais/incidents/retention';

describe('the incident retention screen', () => {
  let opale: RunningOpale;
  let browser: Browser;
  const scriptErrors: string[] = [];

  async function signedIn(role: 'rep' | 'admin'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => scriptErrors.push(error.message));
    await page.goto(`${opale.origin}/sign-in?next=${encodeURIComponent(path)}`);
    await page.getByLabel('Adresse e-mail').fill(demoEmail(role, 'calais'));
    await page.getByLabel('Mot de passe').fill(demoPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${opale.origin}${path}`);
    return page;
  }

  beforeAll(async () => {
    opale = await startOpale();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  it('tells a rep the rules in plain words, without a way to change them', async () => {
    const rep = await signedIn('rep');
    await rep.getByRole('heading', { level: 1, name: 'Incident retention' }).waitFor();
    const rules = rep.getByRole('region', { name: 'The rules' });
    await rules
      .getByText(
        'Witness names are erased when a case closes, and 365 days after the incident at most.',
      )
      .waitFor();
    await rules
      .getByText(/Photos, videos and documents are kept 6 years after the incident/)
      .waitFor();
    await rules.getByText(/A draft nobody verified is deleted whole after 180 days/).waitFor();
    await rules.getByText(/Only the platform’s admins can change these periods/).waitFor();
    expect(await rep.getByRole('button', { name: 'Save the periods' }).count()).toBe(0);
    expect(await rep.getByRole('button', { name: 'Erase what has expired' }).count()).toBe(0);

    const violations = await checkAccessibility(rep);
    expect(violations, describeViolations(violations)).toEqual([]);
    await rep.context().close();
  });

  it('lets the admin shorten a period, checked on the device, and erase what expired at once', async () => {
    const admin = await signedIn('admin');
    await admin.getByRole('heading', { level: 1, name: 'Conservation des incidents' }).waitFor();
    const witnesses = admin.getByLabel('Noms des témoins (jours)');
    await witnesses.waitFor();
    expect(await witnesses.inputValue()).toBe('365');

    await witnesses.fill('trois');
    await admin.getByRole('button', { name: 'Enregistrer les durées' }).click();
    await admin.getByText('Donnez un nombre entier.').waitFor();
    expect(await witnesses.getAttribute('aria-invalid')).toBe('true');

    await witnesses.fill('30');
    await admin.getByRole('button', { name: 'Enregistrer les durées' }).click();
    await admin
      .getByRole('status')
      .getByText(/Durées enregistrées/)
      .waitFor();
    const rules = admin.getByRole('region', { name: 'Les règles' });
    await rules.getByText(/au plus tard 30 jours après l’incident/).waitFor();
    await rules.getByText(/Durées fixées par les admins de la plateforme le/).waitFor();

    const violations = await checkAccessibility(admin);
    expect(violations, describeViolations(violations)).toEqual([]);

    await admin.getByRole('button', { name: 'Effacer ce qui a expiré' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Effacer maintenant ce qui a expiré ?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Effacer', exact: true }).click();
    await admin
      .getByRole('status')
      .getByText(/^(Rien n’avait expiré\.|Fait : .+\.)/)
      .waitFor();
    expect(await dialog.isVisible()).toBe(false);
    expect(scriptErrors).toEqual([]);

    const artifacts = join(repoRoot, 'apps/e2e/artifacts');
    mkdirSync(artifacts, { recursive: true });
    await admin.screenshot({
      path: join(artifacts, 'incident-retention-admin.png'),
      fullPage: true,
    });
  });
});
