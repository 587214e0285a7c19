/**
 * An incident report from draft to closed case: Refugee Community Kitchen's field volunteer
 * records a draft (through the API, as the outbox sends it); on a phone, she cannot verify her
 * own report and is told who can; the kitchen's rep opens it from the log, verifies it, shares it
 * with the Child protection coalition (the kitchen is in it), adds the fine notice that came by
 * post as a PDF, records a complaint and later its outcome, names a volunteer witness and closes
 * the case, which erases the witness; La Vie Active's observer (not in that group) never
 * sees it, neither in the log nor at its address.
 */
import { createHash, randomUUID } from 'node:crypto';
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

/** A commune no demo report uses, so the report is told apart from the demo log. */
const commune = 'Sangatte';

/** A 1×1 PNG: the smallest photo the server accepts as evidence. */
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A one-page PDF, written by hand (the fine notice a scanner makes is the same, only larger): the
 * server reads it to take out its metadata, so it must be a real one.
 */
function onePagePdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The field volunteer's draft and its photo, sent as the device's outbox sends them. */
async function recordDraft(origin: string): Promise<{ id: string; photoSha256: string }> {
  const cookie = await signInOverHttp(origin, demoEmail('field', 'calais'));
  const created = await fetch(`${origin}/trpc/incident.create`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      platform: 'calais',
      idempotencyKey: randomUUID(),
      draft: {
        type: 'equipment_seizure',
        occurredAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
        siteId: null,
        placeText: 'Near the canal footbridge',
        commune,
        authority: 'police_nationale',
        officers: 6,
        vehicles: 2,
        itemsSeized: 14,
        fineAmountCents: 13500,
        fineNoticeDate: null,
        narrative: 'Tents and sleeping bags taken during the morning distribution.',
      },
    }),
  });
  if (created.status !== 200) throw new Error(`recording the draft: ${await created.text()}`);
  const { id } = ((await created.json()) as { result: { data: { id: string } } }).result.data;
  const uploaded = await fetch(`${origin}/evidence/calais/${id}`, {
    method: 'POST',
    headers: {
      origin,
      cookie,
      'content-type': 'image/png',
      'idempotency-key': randomUUID(),
      'x-file-name': encodeURIComponent('van-door.png'),
    },
    body: photo,
  });
  if (!uploaded.ok) throw new Error(`sending the photo: ${await uploaded.text()}`);
  const { sha256 } = (await uploaded.json()) as { sha256: string };
  return { id, photoSha256: sha256 };
}

describe('an incident report, from a volunteer’s draft to a closed case', () => {
  let opale: RunningOpale;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let field: Page;
  let rep: Page;
  let observer: Page;
  let incidentId: string;
  let photoSha256: string;
  const scriptErrors: string[] = [];

  const signIn = (page: Page, email: string, next: string) =>
    signInThroughPage(page, opale.origin, email, next);

  function status(page: Page, text: string) {
    return page.getByRole('status').filter({ hasText: text });
  }

  beforeAll(async () => {
    opale = await startOpale();
    ({ id: incidentId, photoSha256 } = await recordDraft(opale.origin));
    browser = await launchBrowser();
    const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
    const laptop = { viewport: { width: 1280, height: 800 } };
    contexts = [
      await browser.newContext(phone),
      await browser.newContext(phone),
      await browser.newContext(laptop),
    ];
    [field, rep, observer] = (await Promise.all(contexts.map((c) => c.newPage()))) as [
      Page,
      Page,
      Page,
    ];
    // The rep copies a file's hash: the page may write to (and the test read) the clipboard.
    await contexts[1]!.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: opale.origin,
    });
    for (const page of [field, rep, observer])
      page.on('pageerror', (error) => scriptErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  it('tells the author she cannot verify her own draft, and who can', async () => {
    await signIn(field, demoEmail('field', 'calais'), `/calais/incidents/${incidentId}`);
    await field
      .getByRole('heading', { level: 1, name: 'Seizure or destruction of equipment' })
      .waitFor();
    await field.getByText('You wrote this report.').waitFor();
    expect(await field.getByRole('button', { name: 'Verify' }).isDisabled()).toBe(true);
    await field.getByText('A rep of your organisation must verify this draft').waitFor();
    // Her report is a draft: the case is the reps' to close.
    expect(await field.getByRole('button', { name: 'Close the case' }).count()).toBe(0);
  });

  it('lets the rep find the draft in the log and verify it', async () => {
    await signIn(rep, demoEmail('rep', 'calais'), '/calais/incidents');
    const card = rep.getByRole('listitem').filter({ hasText: commune });
    await card.getByText('Status: Draft').waitFor();
    await card.getByText('6 officers · 2 vehicles · 14 items seized · Fine of €135.00').waitFor();
    await card.getByRole('link', { name: 'Seizure or destruction of equipment' }).click();
    await rep.waitForURL(`${opale.origin}/calais/incidents/${incidentId}`);
    await rep.getByRole('button', { name: 'Verify' }).click();
    await status(rep, 'Report verified.').waitFor();
    await rep.getByText('Status: Verified').waitFor();
  });

  it('shows the photo as a thumbnail with its hash shortened, and copies the full hash', async () => {
    const thumbnail = rep.getByRole('img', { name: 'Attached photo: van-door.png' });
    await thumbnail.waitFor();
    await expect
      .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(1);
    await rep.getByText(`SHA-256: ${photoSha256.slice(0, 6)}…${photoSha256.slice(-4)}`).waitFor();
    await rep.getByRole('button', { name: 'Copy the full hash of van-door.png' }).click();
    await status(rep, 'Full hash of van-door.png copied.').waitFor();
    expect(await rep.evaluate(() => navigator.clipboard.readText())).toBe(photoSha256);
  });

  it('lets the rep share it with the Child protection coalition', async () => {
    await rep.getByLabel('Group').selectOption({ label: 'Child protection coalition' });
    await rep.getByRole('button', { name: 'Share', exact: true }).click();
    await status(rep, 'Report shared with Child protection coalition.').waitFor();
    await rep.getByText('Shared with: Child protection coalition').waitFor();
  });

  it('lets the rep add the fine notice that came by post, as a PDF, and lists it with its hash', async () => {
    await rep.getByLabel('Add photos or documents').setInputFiles({
      name: 'avis-de-contravention.pdf',
      mimeType: 'application/pdf',
      buffer: onePagePdf(),
    });
    await status(rep, '1 file added to the report.').waitFor();
    const link = rep.getByRole('link', { name: /^Open avis-de-contravention\.pdf \(PDF, / });
    await link.waitFor();
    // The hash shown is the one of the file the server keeps (its metadata taken out).
    const served = await rep.request.get(`${opale.origin}${await link.getAttribute('href')}`);
    expect(served.status()).toBe(200);
    const sha256 = createHash('sha256')
      .update(await served.body())
      .digest('hex');
    const item = rep.getByRole('listitem').filter({ has: link });
    await item.getByText(`SHA-256: ${sha256.slice(0, 6)}…${sha256.slice(-4)}`).waitFor();
    // The photo sent with the draft is still there.
    await rep.getByRole('img', { name: 'Attached photo: van-door.png' }).waitFor();
  });

  it('lets the rep record a complaint, warning as she types about what looks like personal data', async () => {
    await rep.getByLabel('Follow-up', { exact: true }).selectOption({ label: 'Complaint' });
    await rep
      .getByLabel(/^Notes/)
      .fill('Filed at the commissariat; the officer named Martin kept the copy.');
    await rep.getByText('This looks like personal data').waitFor();
    await rep.getByText('name: “Martin”').waitFor();
    await rep.getByRole('button', { name: 'Save the follow-up' }).click();
    await status(rep, 'Follow-up saved, but its notes seem to hold personal data').waitFor();
    await rep.getByText('Outcome: Pending').waitFor();
  });

  it('lets the rep change the complaint’s outcome when it is decided, and take the name out of its notes', async () => {
    await rep.getByRole('button', { name: /^Change the outcome: Complaint filed on / }).click();
    const form = rep.getByRole('form', { name: /^New outcome: Complaint filed on / });
    await form.getByLabel('Outcome').selectOption({ label: 'Upheld' });
    await form.getByLabel(/^Notes/).fill('Filed at the commissariat; the officer kept the copy.');
    expect(await form.getByText('This looks like personal data').count()).toBe(0);
    await form.getByRole('button', { name: 'Save the outcome' }).click();
    await status(rep, 'Outcome saved.').waitFor();
    await rep.getByText('Outcome: Upheld').waitFor();
    expect(await rep.getByText(/officer named Martin/).count()).toBe(0);
  });

  it('lets the rep name a witness, then close the case, which erases the witness', async () => {
    await rep.getByLabel('Volunteer’s name').fill('Camille Martin');
    await rep.getByRole('button', { name: 'Add the witness' }).click();
    await status(rep, 'Camille Martin added as a witness.').waitFor();
    await rep.getByText('Camille Martin', { exact: true }).waitFor();

    await rep.getByRole('button', { name: 'Close the case' }).click();
    const dialog = rep.getByRole('dialog', { name: 'Close this case?' });
    await dialog.getByText('Witness names will be erased for good.').waitFor();
    await dialog.getByRole('button', { name: 'Close and erase the witnesses' }).click();
    await status(rep, 'Case closed; 1 witness erased.').waitFor();
    await rep.getByText('The case is closed: the witnesses’ names were erased.').waitFor();
    expect(await rep.getByText('Camille Martin', { exact: true }).count()).toBe(0);
    expect(await rep.getByRole('link', { name: 'Edit' }).count()).toBe(0);

    const violations = await checkAccessibility(rep);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('keeps it from the observer of an organisation outside the group, in the log and at its address', async () => {
    await signIn(observer, demoEmail('observer', 'calais'), '/calais/incidents');
    await observer.getByRole('heading', { level: 1, name: 'Incidents' }).waitFor();
    await expect.poll(() => observer.getByText('Chargement…').count()).toBe(0);
    expect(await observer.getByRole('listitem').filter({ hasText: commune }).count()).toBe(0);

    await observer.goto(`${opale.origin}/calais/incidents/${incidentId}`);
    await observer.getByRole('heading', { level: 1, name: 'Signalement introuvable' }).waitFor();
    const violations = await checkAccessibility(observer);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(scriptErrors).toEqual([]);
  });
});
