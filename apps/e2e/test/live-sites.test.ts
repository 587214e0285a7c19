/**
 * The distribution sites, live between a coordinator on a laptop and a field volunteer on a
 * phone: each sees the other on the board, the coordinator's new site reaches the phone at once,
 * a rename made offline waits on the laptop (counted) and goes out on reconnection, the list
 * opens from the device's copy when the live connection cannot be made, a change the server
 * refuses is undone and explained, and signing out deletes the boards' copies from the device.
 *
 * Here the device's copy is shown with only the live connection refused while the page loads;
 * reloading the whole app with the network down (through its service worker) is
 * offline-app.test.ts.
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

const coordinatorName = 'Dominique (demo coordinator, Calais)';
const fieldName = 'Alex (demo field, Calais)';

/** The names of this origin's IndexedDB databases that hold live-board copies. */
function boardCopies(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((db) => db.name ?? '')
      .filter((name) => name.startsWith('opale:')),
  );
}

describe('distribution sites, live between a coordinator and a field volunteer', () => {
  let opale: RunningOpale;
  let browser: Browser;
  let coordinatorContext: BrowserContext;
  let fieldContext: BrowserContext;
  let adminContext: BrowserContext;
  let coordinator: Page;
  let field: Page;
  let admin: Page;
  const scriptErrors: string[] = [];

  const signIn = (page: Page, email: string, next: string) =>
    signInThroughPage(page, opale.origin, email, next);

  /** The board's sync status, by its exact words (the page has other status regions). */
  function syncStatus(page: Page, text: string) {
    return page.getByRole('status').filter({ hasText: new RegExp(`^${text}$`) });
  }

  function presenceOf(page: Page, listName: string, person: string) {
    return page
      .getByRole('region', { name: listName })
      .getByRole('listitem')
      .filter({ hasText: person });
  }

  function siteHeading(page: Page, name: string) {
    return page.getByRole('heading', { level: 3, name, exact: true });
  }

  beforeAll(async () => {
    opale = await startOpale();
    browser = await launchBrowser();
    coordinatorContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    fieldContext = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    adminContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    coordinator = await coordinatorContext.newPage();
    field = await fieldContext.newPage();
    admin = await adminContext.newPage();
    for (const page of [coordinator, field, admin])
      page.on('pageerror', (error) => scriptErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  it('shows each of them the other on the sites page, and the seeded sites', async () => {
    await signIn(coordinator, demoEmail('coordinator', 'calais'), '/calais/sites');
    await signIn(field, demoEmail('field', 'calais'), '/calais/sites');

    await coordinator.getByRole('heading', { level: 1, name: 'Lieux de distribution' }).waitFor();
    // The field volunteer's account speaks English.
    await field.getByRole('heading', { level: 1, name: 'Distribution sites' }).waitFor();
    for (const page of [coordinator, field]) {
      await siteHeading(page, 'Site Nord').waitFor();
      await siteHeading(page, 'Site Gare').waitFor();
    }
    await syncStatus(coordinator, 'En ligne').waitFor();
    await syncStatus(field, 'Online').waitFor();

    await presenceOf(coordinator, 'Aussi sur ce tableau', fieldName)
      .filter({ hasText: 'RCK' })
      .waitFor();
    await presenceOf(field, 'Also on this board', coordinatorName).waitFor();
    // Someone arriving on the board leaves each of them online, not stuck syncing.
    await syncStatus(coordinator, 'En ligne').waitFor();
    await syncStatus(field, 'Online').waitFor();
  });

  it('offers the field volunteer no way to add or change a site', async () => {
    await field.getByText('Only coordinators and admins change sites.').waitFor();
    expect(await field.getByRole('button', { name: /Add a site|Edit|Close/ }).count()).toBe(0);
    // The coordinator has them.
    await coordinator.getByRole('button', { name: 'Ajouter un lieu' }).waitFor();
    await coordinator.getByRole('button', { name: 'Modifier Site Nord' }).waitFor();
  });

  it('shows the sites page without serious accessibility problems, on a laptop and a phone', async () => {
    for (const page of [coordinator, field]) {
      const violations = await checkAccessibility(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    }
    await coordinator.getByRole('button', { name: 'Ajouter un lieu' }).click();
    await coordinator.getByRole('dialog', { name: 'Nouveau lieu' }).waitFor();
    const violations = await checkAccessibility(coordinator);
    expect(violations, describeViolations(violations)).toEqual([]);
    await coordinator.getByRole('button', { name: 'Annuler' }).click();
  });

  it('brings a site the coordinator adds to the field volunteer’s phone at once', async () => {
    await coordinator.getByRole('button', { name: 'Ajouter un lieu' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Nouveau lieu' });
    await dialog.getByLabel('Nom', { exact: true }).fill('Site Dunes');
    await dialog.getByLabel('Secteur').fill('Calais ouest');
    await dialog.getByLabel('Description').fill('Entrée du chemin des dunes, 2 tables');
    await dialog.getByRole('button', { name: 'Ajouter le lieu' }).click();

    await coordinator
      .getByRole('status')
      .filter({ hasText: '« Site Dunes » a été ajouté.' })
      .waitFor();
    await siteHeading(field, 'Site Dunes').waitFor();
    await field.getByText('Entrée du chemin des dunes, 2 tables').waitFor();
    await syncStatus(coordinator, 'En ligne').waitFor();
  });

  it('keeps a rename made offline on the laptop, counted, until the connection is back', async () => {
    await coordinatorContext.setOffline(true);
    await syncStatus(coordinator, 'Hors ligne').waitFor();

    await coordinator.getByRole('button', { name: 'Modifier Site Dunes' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Modifier « Site Dunes »' });
    await dialog.getByLabel('Nom', { exact: true }).fill('Site Dunes Est');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();

    await syncStatus(coordinator, 'Hors ligne · 1 modification à envoyer').waitFor();
    await siteHeading(coordinator, 'Site Dunes Est').waitFor();
    await coordinator
      .getByRole('status')
      .filter({ hasText: 'ce sera envoyé au retour de la connexion' })
      .waitFor();

    // The socket is really down: nothing reaches the phone meanwhile.
    await field.waitForTimeout(1_500);
    expect(await siteHeading(field, 'Site Dunes Est').count()).toBe(0);
    await siteHeading(field, 'Site Dunes').waitFor();
  });

  it('sends the rename once back online, and the phone shows it', async () => {
    await coordinatorContext.setOffline(false);
    await syncStatus(coordinator, 'En ligne').waitFor();
    await siteHeading(field, 'Site Dunes Est').waitFor();
    expect(await siteHeading(field, 'Site Dunes').count()).toBe(0);
    expect(await presenceOf(field, 'Also on this board', coordinatorName).count()).toBe(1);
  });

  it('shows the volunteer again on the laptop as soon as their phone is back online', async () => {
    await fieldContext.setOffline(true);
    await syncStatus(field, 'Offline').waitFor();
    await fieldContext.setOffline(false);
    await syncStatus(field, 'Online').waitFor();
    // The old connection's end removed the volunteer's presence on the server; the new one
    // brings it back at once, not at the next renewal 15 s later.
    await coordinator.waitForTimeout(1_000);
    expect(await presenceOf(coordinator, 'Aussi sur ce tableau', fieldName).count()).toBe(1);
  });

  it('lists the sites from the device’s copy when the live connection cannot be made', async () => {
    expect(await boardCopies(coordinator)).toHaveLength(1);
    // A second tab of the same laptop, whose live connection is refused as soon as it opens.
    const cut = await coordinatorContext.newPage();
    cut.on('pageerror', (error) => scriptErrors.push(error.message));
    await cut.routeWebSocket(/\/sync\//, (socket) => socket.close());
    await cut.goto(`${opale.origin}/calais/sites`);
    await cut.getByRole('heading', { level: 1, name: 'Lieux de distribution' }).waitFor();
    await syncStatus(cut, 'Hors ligne').waitFor();
    await siteHeading(cut, 'Site Dunes Est').waitFor();
    await siteHeading(cut, 'Site Nord').waitFor();
    await cut.close();
  });

  it('undoes a change the server refuses, says why, and does not send it again', async () => {
    // The coordinator renames a site offline; meanwhile an admin makes them a field volunteer.
    await coordinatorContext.setOffline(true);
    await syncStatus(coordinator, 'Hors ligne').waitFor();
    await coordinator.getByRole('button', { name: 'Modifier Site Dunes Est' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Modifier « Site Dunes Est »' });
    await dialog.getByLabel('Nom', { exact: true }).fill('Site Dunes Ouest');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await syncStatus(coordinator, 'Hors ligne · 1 modification à envoyer').waitFor();

    await signIn(admin, demoEmail('admin', 'calais'), '/calais/members');
    await admin.getByLabel(`Rôle de ${coordinatorName}`).selectOption('field');
    await admin
      .getByRole('status')
      .filter({ hasText: `${coordinatorName} a maintenant le rôle « terrain »` })
      .waitFor();

    // Back online, the server refuses the rename, in the coordinator's French: the laptop drops
    // it and shows the saved name.
    await coordinatorContext.setOffline(false);
    await coordinator
      .getByRole('status')
      .filter({
        hasText: /^Modification refusée : Votre rôle \(terrain\) ne permet pas de modifier site:/,
      })
      .waitFor();
    await siteHeading(coordinator, 'Site Dunes Est').waitFor();
    expect(await siteHeading(coordinator, 'Site Dunes Ouest').count()).toBe(0);
    // With the new role read again, the edit controls are gone.
    await expect
      .poll(() => coordinator.getByRole('button', { name: 'Ajouter un lieu' }).count())
      .toBe(0);
    expect(await siteHeading(field, 'Site Dunes Ouest').count()).toBe(0);

    await coordinator.getByRole('button', { name: 'Compris' }).click();
    await syncStatus(coordinator, 'En ligne').waitFor();

    // The device's copy was reset too: a reload neither shows nor resends the refused rename.
    await coordinator.reload();
    await syncStatus(coordinator, 'En ligne').waitFor();
    await siteHeading(coordinator, 'Site Dunes Est').waitFor();
    expect(await siteHeading(coordinator, 'Site Dunes Ouest').count()).toBe(0);
  });

  it('deletes the boards’ copies from the device on sign-out', async () => {
    expect(await boardCopies(coordinator)).toEqual([
      expect.stringMatching(/^opale:[^:]+:schedule:calais$/),
    ]);
    await coordinator.getByRole('button', { name: 'Se déconnecter' }).click();
    await coordinator.waitForURL((url) => url.pathname === '/sign-in');
    expect(await boardCopies(coordinator)).toEqual([]);
  });

  it('deletes them too when signing out everywhere', async () => {
    expect(await boardCopies(field)).toHaveLength(1);
    await field.goto(`${opale.origin}/account`);
    await field.getByRole('button', { name: 'Sign out everywhere' }).click();
    await field
      .getByRole('dialog', { name: 'Sign out of every device?' })
      .getByRole('button', { name: 'Sign out everywhere' })
      .click();
    await field.waitForURL((url) => url.pathname === '/sign-in');
    expect(await boardCopies(field)).toEqual([]);
  });

  it('ran without script errors in any browser', () => {
    expect(scriptErrors).toEqual([]);
  });
});
