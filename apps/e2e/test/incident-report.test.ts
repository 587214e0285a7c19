/**
 * The incident reports screen, on a phone, against the demo's four months of incidents: the
 * Calais representative (Refugee Community Kitchen, whose account speaks English) reads the
 * totals, the recency, the verification and the tables by type, authority and place; switches to
 * the last 12 months, to her organisation's reports, to a period of her own (the address keeps
 * it); is told in words when the last day comes before the first; and takes away the printable
 * report and the CSV of the same period. Every figure on screen is checked against the server's
 * own `incidentReport.summary` for the same period and scope, asked through the API with her
 * session; the server's tests check that summary against independent SQL counts.
 */
import type { Browser, Page } from 'playwright-core';
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

interface Count {
  key: string;
  count: number;
}

interface Summary {
  totals: {
    incidents: number;
    officers: number;
    vehicles: number;
    itemsSeized: number;
    fines: number;
    fineCents: number;
  };
  byType: Count[];
  byAuthority: Count[];
  byPlace: Count[];
  byMonth: Count[];
  recency: { last7Days: number; last30Days: number; last90Days: number; latest: string | null };
  verification: { draft: number; verified: number; shared: number };
}

interface Shown {
  from: string;
  to: string;
  scope: string;
}

/** Only the digits of a figure as shown ("€1,620.00" → 162000, "1,234" → 1234). */
const digits = (text: string) => Number(text.replace(/\D/g, ''));

describe('the incident reports screen, on a phone', () => {
  let opale: RunningOpale;
  let browser: Browser;
  let page: Page;
  const scriptErrors: string[] = [];

  beforeAll(async () => {
    opale = await startOpale();
    browser = await launchBrowser();
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    page = await phone.newPage();
    page.on('pageerror', (error) => scriptErrors.push(error.message));
    await signInThroughPage(page, opale.origin, demoEmail('rep', 'calais'), '/calais/incidents');
  });

  afterAll(async () => {
    await browser?.close();
    await opale?.stop();
  });

  /** The period and scope the screen shows, read from its printable report's link. */
  async function shown(): Promise<Shown> {
    const href = await page.getByRole('link', { name: 'Printable report' }).getAttribute('href');
    const params = new URL(href!, opale.origin).searchParams;
    return { from: params.get('from')!, to: params.get('to')!, scope: params.get('scope')! };
  }

  /** What the server counts for that period and scope, for the same session. */
  async function serverSummary({ from, to, scope }: Shown): Promise<Summary> {
    const input = encodeURIComponent(JSON.stringify({ platform: 'calais', from, to, scope }));
    const response = await page.request.get(
      `${opale.origin}/trpc/incidentReport.summary?input=${input}`,
    );
    expect(response.status()).toBe(200);
    return ((await response.json()) as { result: { data: Summary } }).result.data;
  }

  /** The label → figure pairs of one section's list. */
  async function figuresIn(section: string): Promise<Record<string, string>> {
    const region = page.getByRole('region', { name: section, exact: true });
    await region.locator('dd').first().waitFor();
    return region
      .locator('dl > div')
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => [
            row.querySelector('dt')?.textContent?.trim() ?? '',
            row.querySelector('dd')?.textContent?.trim() ?? '',
          ]),
        ),
      );
  }

  /** The counts of one table by category, as rows (label → count). */
  async function tableIn(section: string): Promise<number[]> {
    const region = page.getByRole('region', { name: section, exact: true });
    await region.locator('tbody tr').first().waitFor();
    return region
      .locator('tbody tr td:first-of-type')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.textContent)));
  }

  /** Waits until the screen's totals are those of the server for what it shows, and answers them. */
  async function totalsMatchTheServer(): Promise<Summary> {
    const summary = await serverSummary(await shown());
    await expect
      .poll(async () => digits((await figuresIn('Totals'))['Incidents'] ?? ''))
      .toBe(summary.totals.incidents);
    const totals = await figuresIn('Totals');
    expect({
      officers: digits(totals['Officers']!),
      vehicles: digits(totals['Vehicles']!),
      itemsSeized: digits(totals['Items seized']!),
      fines: digits(totals['Fines']!),
      fineCents: digits(totals['Fines, total']!),
    }).toEqual({
      officers: summary.totals.officers,
      vehicles: summary.totals.vehicles,
      itemsSeized: summary.totals.itemsSeized,
      fines: summary.totals.fines,
      fineCents: summary.totals.fineCents,
    });
    return summary;
  }

  it('opens from the incident log and shows the last 3 months as the server counts them', async () => {
    await page
      .getByRole('navigation', { name: 'More incident screens' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Incident reports' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/calais/incidents/report');
    expect(
      await page.getByRole('link', { name: 'Last 3 months' }).getAttribute('aria-current'),
    ).toBe('page');
    expect((await shown()).scope).toBe('all');

    const summary = await totalsMatchTheServer();
    // The demo has incidents in these months, of several kinds: the report is not empty.
    expect(summary.totals.incidents).toBeGreaterThan(10);
    expect(summary.byType.length).toBeGreaterThan(3);

    const recency = await figuresIn('How recent');
    expect(digits(recency['Last 7 days']!)).toBe(summary.recency.last7Days);
    expect(digits(recency['Last 30 days']!)).toBe(summary.recency.last30Days);
    expect(digits(recency['Last 90 days']!)).toBe(summary.recency.last90Days);
    const verification = await figuresIn('Verification');
    expect(digits(verification['Drafts']!)).toBe(summary.verification.draft);
    expect(digits(verification['Verified']!)).toBe(summary.verification.verified);
    expect(digits(verification['Shared']!)).toBe(summary.verification.shared);

    const positive = (counts: Count[]) => counts.filter((c) => c.count > 0).map((c) => c.count);
    expect(await tableIn('By type')).toEqual(positive(summary.byType));
    expect(await tableIn('By authority')).toEqual(positive(summary.byAuthority));
    expect(await tableIn('By place (distribution site, or commune)')).toEqual(
      positive(summary.byPlace),
    );
    const crs = summary.byAuthority.find((c) => c.key === 'crs')!;
    await page
      .getByRole('region', { name: 'By authority', exact: true })
      .getByRole('row', { name: `CRS ${crs.count}` })
      .waitFor();
  });

  it('fits a 360 px phone, without serious accessibility problems', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    // The chart by month can be read as a table, with the server's counts.
    const summary = await serverSummary(await shown());
    const byMonth = page.getByRole('region', { name: 'Incidents by month', exact: true });
    await byMonth.getByText('Show as a table').click();
    const monthTable = byMonth.getByRole('table', { name: 'Incidents by month' });
    await monthTable.waitFor();
    expect(
      await monthTable
        .locator('tbody td')
        .evaluateAll((cells) => cells.map((cell) => Number(cell.textContent))),
    ).toEqual(summary.byMonth.map((m) => m.count));
    const violations = await checkAccessibility(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('switches to the last 12 months and to her organisation’s reports, in the address', async () => {
    const before = await shown();
    const threeMonths = await serverSummary(before);
    await page.getByRole('link', { name: 'Last 12 months' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('12m');
    await expect.poll(async () => (await shown()).from < before.from).toBe(true);
    const year = await totalsMatchTheServer();
    expect(year.totals.incidents).toBeGreaterThanOrEqual(threeMonths.totals.incidents);

    await page
      .getByRole('link', { name: 'Our organisation’s (Refugee Community Kitchen)' })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('scope')).toBe('own');
    await expect.poll(async () => (await shown()).scope).toBe('own');
    const own = await totalsMatchTheServer();
    expect(own.totals.incidents).toBeLessThan(year.totals.incidents);

    // The address is the report: opened again, it shows the same.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Incident reports' }).waitFor();
    expect(await shown()).toMatchObject({ scope: 'own' });
    await totalsMatchTheServer();
  });

  it('says in words when the last day comes before the first, and shows a period of her own', async () => {
    await page.getByRole('link', { name: 'Everything I can see' }).click();
    await page.getByRole('button', { name: 'Other period' }).click();
    const first = page.getByLabel('First day');
    const last = page.getByLabel('Last day');
    const { to } = await shown();
    const dayBefore = new Date(`${to}T12:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    await first.fill(to);
    await last.fill(dayBefore.toISOString().slice(0, 10));
    await page.getByText('The last day comes before the first: swap them.').waitFor();
    expect(await page.getByRole('button', { name: 'Show this period' }).isDisabled()).toBe(true);

    // The previous month, whole.
    const monthStart = `${to.slice(0, 7)}-01`;
    const previous = new Date(`${monthStart}T12:00:00Z`);
    previous.setUTCMonth(previous.getUTCMonth() - 1);
    const from = previous.toISOString().slice(0, 10);
    const end = new Date(`${monthStart}T12:00:00Z`);
    end.setUTCDate(0);
    const until = end.toISOString().slice(0, 10);
    await first.fill(from);
    await last.fill(until);
    await page.getByRole('button', { name: 'Show this period' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(from);
    await expect.poll(shown).toEqual({ from, to: until, scope: 'all' });
    const month = await totalsMatchTheServer();
    expect(month.byMonth.map((m) => m.key)).toEqual([from.slice(0, 7)]);
  });

  it('takes away the printable report and the redacted CSV of the same period', async () => {
    const period = await shown();
    const summary = await serverSummary(period);
    const printable = await page
      .getByRole('link', { name: 'Printable report' })
      .getAttribute('href');
    const html = await page.request.get(`${opale.origin}${printable}`);
    expect(html.status()).toBe(200);
    expect(html.headers()['content-type']).toMatch(/^text\/html/);
    // The same total as on screen, in the report's own table of totals.
    expect(await html.text()).toMatch(
      new RegExp(`<th scope="row">Incidents</th><td class="n">${summary.totals.incidents}</td>`),
    );

    const csvHref = await page
      .getByRole('link', { name: 'Download CSV (redacted)' })
      .getAttribute('href');
    const csv = await page.request.get(`${opale.origin}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const rows = (await csv.text()).trim().split(/\r?\n/);
    expect(rows[0]).toMatch(/^id,date,month,type,authority,commune,/);
    expect(rows).toHaveLength(summary.totals.incidents + 1);
    expect(scriptErrors).toEqual([]);
  });
});
