/**
 * The invitation journey, end to end in two browsers: an admin invites a representative, who
 * creates an account from the link on a phone; the admin then removes them, and the
 * representative's next step lands on the sign-in page. Axe checks the sign-in and members pages.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const newcomer = {
  name: 'Noor Haddad',
  email: 'noor.haddad@care4calais.example',
  password: 'a long walk along the dunes',
  organisation: 'Care4Calais',
};

describe('inviting, welcoming and removing a representative', () => {
  let opale: RunningOpale;
  let browser: Browser;
  let adminContext: BrowserContext;
  let repContext: BrowserContext;
  let admin: Page;
  let rep: Page;
  let invitationLink = '';
  const scriptErrors: string[] = [];

  beforeAll(async () => {
    opale = await startOpale();
    browser = await launchBrowser();
    // Admins work on laptops; volunteers on phones.
    adminContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await adminContext.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: opale.origin,
    });
    repContext = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    admin = await adminContext.newPage();
    rep = await repContext.newPage();
    for (const page of [admin, rep])
      page.on('pageerror', (error) => scriptErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  /** A screen's link in the platform navigation, from the "More" menu when not in the bar. */
  async function navLink(page: Page, name: string) {
    const nav = page.getByRole('navigation', { name: 'Navigation de la plateforme' });
    const link = nav.getByRole('link', { name, exact: true });
    if (!(await link.isVisible())) await nav.getByRole('button', { name: 'Plus' }).click();
    return link;
  }

  it('shows the sign-in page without serious accessibility problems', async () => {
    await admin.goto(`${opale.origin}/`);
    await admin.waitForURL(/\/sign-in/);
    await admin.getByRole('heading', { level: 1, name: 'Se connecter à Opale' }).waitFor();
    expect(await admin.title()).toContain('Connexion');
    const violations = await checkAccessibility(admin);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('signs the admin in and opens their platform', async () => {
    await admin.getByLabel('Adresse e-mail').fill(demoEmail('admin', 'calais'));
    await admin.getByLabel('Mot de passe').fill(demoPassword);
    await admin.getByRole('button', { name: 'Se connecter' }).click();
    await admin.waitForURL(`${opale.origin}/calais`);
    await admin.getByRole('heading', { level: 1, name: 'Calais' }).waitFor();
  });

  it('lets the admin create an invitation for a representative and copy its link', async () => {
    await (await navLink(admin, 'Invitations')).click();
    await admin.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
    await admin.getByLabel('Organisation').selectOption({ label: newcomer.organisation });
    await admin.getByLabel('Rôle').selectOption('rep');
    await admin.getByRole('button', { name: /Créer le lien d.invitation/ }).click();

    const linkField = admin.getByRole('textbox', { name: 'Lien d’invitation' });
    await linkField.waitFor();
    invitationLink = await linkField.inputValue();
    expect(invitationLink).toMatch(new RegExp(`^${opale.origin}/invite/[\\w-]{20,}$`));
    await expect
      .poll(() => admin.getByRole('img', { name: 'QR code du lien d’invitation' }).count())
      .toBe(1);

    await admin.getByRole('button', { name: 'Copier le lien' }).click();
    await admin.getByRole('status').filter({ hasText: 'Lien copié.' }).waitFor();
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(invitationLink);

    // The list now shows the open invitation.
    await admin
      .getByRole('listitem')
      .filter({ hasText: newcomer.organisation })
      .filter({ hasText: 'Ouverte' })
      .waitFor();
  });

  it('lets the representative open the link on a phone and create an account', async () => {
    await rep.goto(invitationLink);
    await rep.getByRole('heading', { level: 1, name: 'Rejoindre Calais' }).waitFor();
    await rep.getByText(`pour ${newcomer.organisation}, avec le rôle « référent·e »`).waitFor();

    await rep.getByLabel('Votre nom').fill(newcomer.name);
    await rep.getByLabel('Adresse e-mail').fill(newcomer.email);
    await rep.getByLabel('Choisissez un mot de passe').fill(newcomer.password);
    await rep.getByLabel('Confirmez le mot de passe').fill(newcomer.password);
    await rep.getByRole('button', { name: 'Créer mon compte et rejoindre' }).click();

    await rep.waitForURL(`${opale.origin}/calais`);
    await rep.getByRole('heading', { level: 1, name: 'Calais' }).waitFor();
    await rep.getByText(`Votre rôle : « référent·e », pour ${newcomer.organisation}.`).waitFor();
    // A representative does not manage the platform: no invitations or audit log in reach.
    await (await navLink(rep, 'Membres')).waitFor();
    const nav = rep.getByRole('navigation', { name: 'Navigation de la plateforme' });
    expect(await nav.getByRole('link', { name: /Invit|Journal/ }).count()).toBe(0);
  });

  it('shows the newcomer to the admin in the members list, without serious accessibility problems', async () => {
    await (await navLink(admin, 'Membres')).click();
    await admin.getByRole('heading', { level: 1, name: 'Membres' }).waitFor();
    const row = admin.getByRole('listitem').filter({ hasText: newcomer.name });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain(newcomer.organisation);
    expect(await row.getByLabel(`Rôle de ${newcomer.name}`).inputValue()).toBe('rep');

    const violations = await checkAccessibility(admin);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('lets the admin remove the newcomer after confirming', async () => {
    await admin.getByRole('button', { name: `Retirer ${newcomer.name}` }).click();
    const dialog = admin.getByRole('dialog', { name: `Retirer ${newcomer.name} de Calais ?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Retirer de la plateforme' }).click();

    await admin
      .getByRole('status')
      .filter({ hasText: `${newcomer.name} a été retiré·e de la plateforme.` })
      .waitFor();
    await expect
      .poll(() => admin.getByRole('listitem').filter({ hasText: newcomer.name }).count())
      .toBe(0);
  });

  it('refuses the removed representative’s next step and sends them to sign in', async () => {
    await (await navLink(rep, 'Membres')).click();
    await rep.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(rep.url()).searchParams.get('next')).toBe('/calais/members');
    await rep.getByRole('heading', { level: 1, name: 'Se connecter à Opale' }).waitFor();
    await rep
      .getByText('Votre session a pris fin. Connectez-vous à nouveau pour continuer.')
      .waitFor();
    // Nothing of the platform stays on screen.
    expect(await rep.getByText(newcomer.organisation).count()).toBe(0);
  });

  it('ran without script errors in either browser', () => {
    expect(scriptErrors).toEqual([]);
  });
});
