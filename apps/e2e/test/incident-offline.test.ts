/**
 * Recording an incident without signal: a field volunteer of the Calais platform, on a phone,
 * opens the incident form once online (the app shell is then on the phone), loses the
 * connection, records a seizure with a photo, reloads the page still offline and finds the report
 * waiting, corrects it; back online it goes by itself, and the server holds it exactly once,
 * corrected, with exactly one photo, however often the page opens afterwards. Signing out with a
 * report still waiting deletes it from the phone.
 */
import { createHash } from 'node:crypto';
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
  signInOverHttp,
} from '../src/harness';

interface ListedIncident {
  id: string;
  narrative: string;
  type: string;
  officers: number | null;
  itemsSeized: number | null;
  fineAmountCents: number | null;
}

interface IncidentAttachment {
  id: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  fileName: string;
  url: string;
}

/** The names of this origin's incident outboxes (one IndexedDB database per account). */
function outboxes(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((db) => db.name ?? '')
      .filter((name) => name.startsWith('opale-outbox:')),
  );
}

/** The server's own answer, through the API, as the same volunteer. */
class ServerView {
  private cookie = '';
  constructor(private readonly origin: string) {}

  async signIn(): Promise<void> {
    this.cookie = await signInOverHttp(this.origin, demoEmail('field', 'calais'));
  }

  private async query<T>(path: string, input: unknown): Promise<T> {
    const response = await fetch(
      `${this.origin}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
      { headers: { cookie: this.cookie } },
    );
    const body = (await response.json()) as { result?: { data: T }; error?: unknown };
    if (!body.result) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
    return body.result.data;
  }

  incidentsWith(narrative: string): Promise<ListedIncident[]> {
    return this.query<ListedIncident[]>('incident.list', { platform: 'calais' }).then((all) =>
      all.filter((incident) => incident.narrative === narrative),
    );
  }

  async attachmentsOf(incidentId: string): Promise<IncidentAttachment[]> {
    const incident = await this.query<{ attachments: IncidentAttachment[] }>('incident.get', {
      platform: 'calais',
      incidentId,
    });
    return incident.attachments;
  }

  async download(url: string): Promise<Buffer> {
    const response = await fetch(`${this.origin}${url}`, { headers: { cookie: this.cookie } });
    if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }
}

describe('recording an incident on a phone without signal', () => {
  let opale: RunningOpale;
  let browser: Browser;
  let phone: BrowserContext;
  let page: Page;
  let server: ServerView;
  let photo: Buffer;
  const scriptErrors: string[] = [];
  const narrative = `Tents and sleeping bags taken during the morning round (${Date.now()}).`;

  beforeAll(async () => {
    opale = await startOpale();
    server = new ServerView(opale.origin);
    await server.signIn();
    browser = await launchBrowser();
    phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    page = await phone.newPage();
    page.on('pageerror', (error) => scriptErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  it('opens the form once online, so that the app stays on the phone', async () => {
    const next = '/calais/incidents/new';
    await page.goto(`${opale.origin}/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Adresse e-mail').fill(demoEmail('field', 'calais'));
    await page.getByLabel('Mot de passe').fill(demoPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${opale.origin}${next}`);
    await page.getByRole('heading', { level: 1, name: 'Record an incident' }).waitFor();

    // The service worker controls the page: the shell and every screen are cached.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    // The platform's sites come from the schedule board's copy on the phone.
    await expect
      .poll(() => page.getByLabel('Site').locator('option').count(), { timeout: 20_000 })
      .toBeGreaterThan(1);

    // A real JPEG, as the phone's camera would make one.
    const dataUrl = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 240;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#7a8b5c';
      context.fillRect(0, 0, 320, 240);
      context.fillStyle = '#d9480f';
      context.fillRect(60, 80, 200, 90);
      return canvas.toDataURL('image/jpeg', 0.9);
    });
    photo = Buffer.from(dataUrl.split(',')[1]!, 'base64');
    expect(photo.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('records the incident with its photo while offline, and says it waits to be sent', async () => {
    await phone.setOffline(true);
    await page.getByRole('button', { name: 'Save on this phone' }).waitFor();

    await page.getByLabel('Type of incident').selectOption('equipment_seizure');
    const siteValues = await page
      .getByLabel('Site')
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    await page.getByLabel('Site').selectOption(siteValues.find((value) => value !== '')!);
    await page.getByLabel('Commune').fill('Calais');
    await page.getByLabel('Authority').selectOption('crs');
    for (let i = 0; i < 3; i += 1) {
      await page.getByRole('button', { name: 'Officers: one more' }).click();
    }
    await expect.poll(() => page.getByLabel('Officers', { exact: true }).inputValue()).toBe('3');
    await page.getByLabel('Items seized', { exact: true }).fill('12');

    // The account warns as it is typed when it looks like personal data.
    const account = page.getByRole('textbox', { name: 'Account' });
    await account.fill('He gave us his number, 06 12 34 56 78.');
    await page.getByText('a phone number: “06 12 34 56 78”').waitFor();
    await account.fill(narrative);
    await expect.poll(() => page.getByText('This looks like personal data:').count()).toBe(0);

    await page
      .getByLabel('Add a photo or document')
      .setInputFiles({ name: 'seizure.jpg', mimeType: 'image/jpeg', buffer: photo });
    const attached = page.getByRole('list', { name: 'Attached files' });
    await attached.getByText('seizure.jpg').waitFor();
    // Its thumbnail is drawn on the phone (a small JPEG data URL: the CSP admits no blob: image).
    await expect
      .poll(() => attached.locator('img').getAttribute('src'))
      .toMatch(/^data:image\/jpeg;base64,/);

    const violations = await checkAccessibility(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.getByRole('button', { name: 'Save on this phone' }).click();
    await page
      .getByText('Saved on this phone — it will be sent when the connection returns.')
      .waitFor();
    await page.getByRole('heading', { name: 'Waiting to be sent (1)' }).waitFor();
    expect(await server.incidentsWith(narrative)).toEqual([]);

    // Signing out now would delete it: the phone says so first, and the volunteer stays.
    await page.getByRole('button', { name: 'Sign out' }).click();
    const warning = page.getByRole('dialog', { name: 'Reports not sent yet' });
    await warning.getByText(/1 incident report is still waiting on this phone/).waitFor();
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    await expect.poll(() => warning.isVisible()).toBe(false);
  });

  it('still shows the report waiting after the page reloads without signal', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Record an incident' }).waitFor();
    const waiting = page.getByRole('region', { name: 'Waiting to be sent (1)' });
    await waiting.getByText('Seizure or destruction of equipment').waitFor();
    await waiting.getByText('1 attachment').waitFor();
    await waiting.getByText('No connection: it will go as soon as it returns.').waitFor();
    expect(await server.incidentsWith(narrative)).toEqual([]);
  });

  it('lets the volunteer correct the waiting report before it goes, still offline', async () => {
    const waiting = page.getByRole('region', { name: 'Waiting to be sent (1)' });
    await waiting.getByRole('link', { name: 'Correct' }).click();
    await page
      .getByText('This report is waiting on this phone. Correct it, then save it again.')
      .waitFor();
    await expect.poll(() => page.getByLabel('Officers', { exact: true }).inputValue()).toBe('3');
    await page.getByRole('list', { name: 'Attached files' }).getByText('seizure.jpg').waitFor();
    await page.getByRole('button', { name: 'Officers: one more' }).click();
    await page.getByRole('button', { name: 'Save on this phone' }).click();
    await page
      .getByText('Saved on this phone — it will be sent when the connection returns.')
      .waitFor();
    // Still one report waiting: the correction replaced it, under the same key.
    await page.getByRole('heading', { name: 'Waiting to be sent (1)' }).waitFor();
    expect(await server.incidentsWith(narrative)).toEqual([]);
  });

  it('sends it when the connection returns, once, with its photo', async () => {
    await phone.setOffline(false);
    // The page still shows the outcome of the correction: it turns to "sent" by itself.
    await page.getByText('Sent: the report is on the server.').waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Open the report' }).waitFor();
    await expect
      .poll(() => page.getByRole('heading', { name: /Waiting to be sent/ }).count())
      .toBe(0);

    const incidents = await server.incidentsWith(narrative);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({
      type: 'equipment_seizure',
      officers: 4,
      itemsSeized: 12,
    });
    const attachments = await server.attachmentsOf(incidents[0]!.id);
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ mediaType: 'image/jpeg', fileName: 'seizure.jpg' });
    const stored = await server.download(attachments[0]!.url);
    expect(createHash('sha256').update(stored).digest('hex')).toBe(attachments[0]!.sha256);
    expect(stored.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('sends nothing twice when the page opens again online', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Record an incident' }).waitFor();
    // The sender runs at start: give it the time to, then look again.
    await page.waitForTimeout(2_000);
    await expect
      .poll(() => page.getByRole('heading', { name: /Waiting to be sent/ }).count())
      .toBe(0);
    const incidents = await server.incidentsWith(narrative);
    expect(incidents).toHaveLength(1);
    expect(await server.attachmentsOf(incidents[0]!.id)).toHaveLength(1);
    const left = await outboxes(page);
    expect(left).toHaveLength(1);
    const reportsLeft = await page.evaluate(
      (name) =>
        new Promise<number>((done, fail) => {
          const open = indexedDB.open(name);
          open.onerror = () => fail(new Error('could not open the outbox'));
          open.onsuccess = () => {
            const count = open.result.transaction('reports').objectStore('reports').count();
            count.onsuccess = () => {
              done(count.result);
              open.result.close();
            };
          };
        }),
      left[0]!,
    );
    expect(reportsLeft).toBe(0);
  });

  it('lets the author correct the report online, with the same form', async () => {
    const [incident] = await server.incidentsWith(narrative);
    await page.goto(`${opale.origin}/calais/incidents/${incident!.id}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Edit the report' }).waitFor();
    await expect.poll(() => page.getByLabel('Officers', { exact: true }).inputValue()).toBe('4');
    await page.getByRole('button', { name: 'Officers: one more' }).click();
    await page.getByLabel('Fine amount (€)').fill('135,50');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    expect(await server.incidentsWith(narrative)).toMatchObject([
      { id: incident!.id, officers: 5, fineAmountCents: 13550 },
    ]);
    expect(scriptErrors).toEqual([]);
  });

  it('deletes a report still waiting when the volunteer signs out anyway', async () => {
    // The phone shows a signal but the server never gets the report (a dropped uplink).
    await page.route(
      (url) => url.pathname.startsWith('/trpc/') && url.pathname.includes('incident.create'),
      (route) => route.abort('internetdisconnected'),
    );
    const held = `Identity checks of two volunteers at the lunch round (${Date.now()}).`;
    await page.goto(`${opale.origin}/calais/incidents/new`);
    await page.getByLabel('Type of incident').selectOption('volunteer_identity_check');
    await page.getByLabel('Site').selectOption({ label: 'Site Gare' });
    await page.getByLabel('Commune').fill('Calais');
    await page.getByLabel('Authority').selectOption('crs');
    await page.getByRole('textbox', { name: 'Account' }).fill(held);
    await page.getByRole('button', { name: 'Save and send' }).click();
    await page.getByRole('heading', { name: 'Waiting to be sent (1)' }).waitFor();
    expect(await outboxes(page)).toHaveLength(1);

    await page.getByRole('button', { name: 'Sign out' }).click();
    const warning = page.getByRole('dialog', { name: 'Reports not sent yet' });
    await warning.getByRole('button', { name: 'Sign out and delete them' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await outboxes(page)).toEqual([]);
    expect(await server.incidentsWith(held)).toEqual([]);
    expect(scriptErrors).toEqual([]);
  });
});
