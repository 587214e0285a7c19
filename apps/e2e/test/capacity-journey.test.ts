/**
 * The capacity board between organisations: Refugee Community Kitchen's representative adds a
 * night shelter; the kitchen's field volunteer, on a phone, sets it to full with one tap; a
 * representative of Utopia 56 (invited for the test: the demo has one rep per platform), on a
 * laptop, sees it flip live and may not change it; three hours later (the laptop's clock moved
 * on) the entry shows as unconfirmed.
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
  signInOverHttp,
} from '../src/harness';

const shelter = 'RCK winter night shelter';
const partnerEmail = 'noor.u56@example.org';
const partnerPassword = 'partner-password-2026';

/** Through the API, as the admin's screens do: an invitation to Utopia 56 as rep, accepted. */
async function invitePartnerRep(origin: string): Promise<void> {
  const json = { origin, 'content-type': 'application/json' };
  const cookie = await signInOverHttp(origin, demoEmail('admin', 'calais'));
  const me = (await (await fetch(`${origin}/trpc/account.me`, { headers: { cookie } })).json()) as {
    result: { data: { memberships: { platformSlug: string; organisationId: string }[] } };
  };
  const utopia = me.result.data.memberships.find((m) => m.platformSlug === 'calais')!;
  const created = await fetch(`${origin}/trpc/invitation.create`, {
    method: 'POST',
    headers: { ...json, cookie },
    body: JSON.stringify({
      platform: 'calais',
      organisationId: utopia.organisationId,
      role: 'rep',
    }),
  });
  const { url } = ((await created.json()) as { result: { data: { url: string } } }).result.data;
  const accepted = await fetch(`${origin}/trpc/invitation.accept`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      token: url.split('/invite/')[1],
      newAccount: {
        email: partnerEmail,
        name: 'Noor (Utopia 56)',
        password: partnerPassword,
        locale: 'fr',
      },
    }),
  });
  if (accepted.status !== 200)
    throw new Error(`accepting the invitation: ${await accepted.text()}`);
}

describe('the capacity board, from a field volunteer’s phone to another organisation', () => {
  let opale: RunningOpale;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let rep: Page;
  let field: Page;
  let partner: Page;
  const scriptErrors: string[] = [];

  const signIn = (page: Page, email: string, next: string, password?: string) =>
    signInThroughPage(page, opale.origin, email, next, password);

  function card(page: Page) {
    return page.getByRole('article', { name: shelter });
  }

  beforeAll(async () => {
    opale = await startOpale();
    await invitePartnerRep(opale.origin);
    browser = await launchBrowser();
    const laptop = { viewport: { width: 1280, height: 800 } };
    const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
    contexts = [
      await browser.newContext(laptop),
      await browser.newContext(phone),
      await browser.newContext(laptop),
    ];
    [rep, field, partner] = (await Promise.all(contexts.map((c) => c.newPage()))) as [
      Page,
      Page,
      Page,
    ];
    for (const page of [rep, field, partner])
      page.on('pageerror', (error) => scriptErrors.push(error.message));
    // The partner's clock is the test's to move: it starts at the real time and runs on.
    await partner.clock.install();
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  it('lets the representative add a night shelter to the board', async () => {
    await signIn(rep, demoEmail('rep', 'calais'), '/calais/capacity');
    await rep.getByRole('heading', { level: 1, name: 'Capacity' }).waitFor();
    await rep.getByRole('button', { name: 'Add a service' }).click();
    const dialog = rep.getByRole('dialog', { name: 'New service' });
    await dialog.getByLabel('Name', { exact: true }).fill(shelter);
    await dialog.getByLabel('Type of service').selectOption('shelter');
    await dialog.getByLabel('No place shown').check();
    await dialog.getByLabel('Open around the clock').check();
    await dialog.getByLabel('Counted in').selectOption('beds');
    await dialog.getByLabel(/^Total/).fill('20');
    await dialog.getByRole('button', { name: 'Add the service' }).click();
    await card(rep).waitFor();
    await card(rep).getByText('Never confirmed').waitFor();
  });

  it('shows the volunteer and the partner the new shelter, never confirmed yet', async () => {
    await signIn(field, demoEmail('field', 'calais'), '/calais/capacity');
    await signIn(partner, partnerEmail, '/calais/capacity', partnerPassword);
    await partner.getByRole('heading', { level: 1, name: 'Capacités' }).waitFor();
    await card(field).waitFor();
    await card(partner).getByText('Jamais confirmé').waitFor();
    // The partner's organisation may not record this shelter's readings.
    expect(await card(partner).getByRole('button').filter({ hasText: 'Complet' }).count()).toBe(0);
  });

  it('lets the volunteer set it to full with one tap on the phone, and the partner sees it flip live', async () => {
    const controls = card(field).getByRole('group', {
      name: `Confirm the status now — ${shelter}`,
    });
    await controls.getByRole('button', { name: 'Full', exact: true }).tap();
    await field
      .getByRole('status')
      .filter({ hasText: `${shelter}: Full, confirmed.` })
      .waitFor();
    await expect
      .poll(() =>
        controls.getByRole('button', { name: 'Full', exact: true }).getAttribute('aria-pressed'),
      )
      .toBe('true');

    await card(partner).getByText('Complet', { exact: true }).first().waitFor();
    await card(partner)
      .getByText(/^Confirmé (à l’instant|il y a \d+ min) par Alex/)
      .waitFor();
    const violations = await checkAccessibility(field);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('shows the entry as unconfirmed once its three hours have passed', async () => {
    await partner.clock.fastForward('02:58:00');
    await partner.waitForTimeout(500);
    expect(
      await card(partner)
        .getByText(/^Non confirmé/)
        .count(),
    ).toBe(0);
    await partner.clock.fastForward('00:03:00');
    await card(partner)
      .getByText(/^Non confirmé depuis \d\d:\d\d/)
      .waitFor();
    // Also among the services to confirm.
    await partner.goto(`${opale.origin}/calais/capacity?unconfirmed=1`);
    await card(partner).waitFor();
    expect(scriptErrors).toEqual([]);
  });
});
