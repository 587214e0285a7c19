/**
 * The printable guide over HTTP: a real server with the demo platforms and a probe series whose
 * names try to break out of the markup. What a browser makes of it on paper (two A4 pages) is
 * checked by apps/e2e/test/guide-print.test.ts.
 */
import { createHash } from 'node:crypto';
import { toString as qrCode } from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDateOf, scheduleBoard } from '@opale/core';
import { seedDemoBoards } from '../src/demo/seed-boards';
import { timetableFit } from '../src/guide/print-guide';
import { SqlDocumentStore } from '../src/live/sql-document-store';
import { organisationIdsOf } from './schedule-fixture';
import { publicOrigin, startTestServer, type TestServer } from './support';

const hostile = '<img src=x onerror="alert(1)">&amp;';

describe('the printable guide', () => {
  let server: TestServer;
  const now = new Date();
  const today = localDateOf(now);

  beforeAll(async () => {
    server = await startTestServer({ now: () => now });
    await seedDemoBoards(server.handle.db, new SqlDocumentStore(server.handle.db), now);
    const utopia = (await organisationIdsOf(server, 'calais'))('Utopia 56');
    await server.handle.db
      .updateTable('organisations')
      .set({ name: `Utopia 56 ${hostile}` })
      .where('id', '=', utopia)
      .execute();
    await server.app.liveDocuments.writeDocument('schedule:calais', 'test', (doc) => {
      scheduleBoard.writeSite(doc, 'probe', {
        name: `Probe ${hostile}`,
        area: null,
        description: 'Internal: behind the probe warehouse',
        locationText: null,
        activeFrom: null,
        activeUntil: null,
        publicLevel: 'shown',
        publicDescription: `Probe directions "quoted" ${hostile}`,
      });
      const series = {
        siteId: 'probe',
        rrule: 'FREQ=DAILY',
        startTime: '21:15',
        endTime: '22:45',
        validFrom: addDays(today, -3),
        validUntil: null,
        expectedQuantity: 10,
        notes: 'Probe internal note',
      };
      scheduleBoard.writeSeries(doc, utopia, 'probe-public', {
        ...series,
        serviceType: 'hygiene_kits',
        public: true,
      });
      scheduleBoard.writeSeries(doc, utopia, 'probe-internal', {
        ...series,
        serviceType: 'tents_sleeping_bags',
        startTime: '23:05',
        endTime: '23:55',
        public: false,
      });
      scheduleBoard.writeException(doc, utopia, 'probe-public', addDays(today, 1), {
        kind: 'cancel',
        startTime: null,
        endTime: null,
        siteId: null,
        note: 'Probe cancellation note',
      });
    });
  });
  afterAll(() => server.close());

  const print = async (query: string) => {
    const response = await fetch(`${server.url}/guide/calais/print${query}`);
    return { response, html: await response.text() };
  };

  it('answers a public, cacheable HTML page whose only style its policy admits by hash', async () => {
    const { response, html } = await print('?lang=fr');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('content-language')).toBe('fr');
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]!).digest('base64');
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toContain(`style-src 'sha256-${hash}'`);
    expect(policy).toContain("default-src 'none'");
    expect(styles[0]).toMatch(/@page\{size:A4;margin:/);
    // Nothing to fetch: no script, stylesheet, image, font or frame.
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<[^>]*\s(src|style)=/i);
    expect(html).not.toMatch(/url\(/i);
  });

  it('draws the QR code of the live guide in the page language, and writes its address', async () => {
    for (const lang of ['fr', 'ar']) {
      const { html } = await print(`?lang=${lang}`);
      const url = `${publicOrigin}/guide/calais?lang=${lang}`;
      const expected = await qrCode(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
      expect(html).toContain(expected);
      expect(html).toContain(`<bdi dir="ltr">${url}</bdi>`);
    }
    // Asked for a language the guide does not show: the page and its QR code are in the first.
    const { html } = await print('?lang=xx');
    expect(html).toMatch(/^<!doctype html><html lang="en" dir="ltr">/);
    expect(html).toContain(
      await qrCode(`${publicOrigin}/guide/calais?lang=en`, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 4,
      }),
    );
  });

  it('escapes every name and direction it prints', async () => {
    const { html } = await print('?lang=fr');
    expect(html).not.toContain(hostile);
    expect(html).not.toContain('<img');
    expect(html).toContain('Probe &lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;amp;');
    expect(html).toContain('Utopia 56 &lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;amp;');
    expect(html).toContain('Probe directions &quot;quoted&quot;');
  });

  it('lays out the week as one row per distribution and a column per day, cancellations marked', async () => {
    const { html } = await print('?lang=fr');
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    const rows = table.split('<tr>').slice(2);
    const probe = rows.find((row) => row.includes('21:15'))!;
    expect(probe).toContain('Kits d&#39;hygiène');
    // Today and every day but tomorrow, which is cancelled.
    const marks = [...probe.matchAll(/<td class="day ?([a-z ]*)"[^>]*>([^<]*)<\/td>/g)].map(
      (m) => m[2],
    );
    expect(marks).toEqual(['●', '✕', '●', '●', '●', '●', '●']);
    expect(html).toContain('✕ Annulé');
    // Seven day columns, today first.
    expect(table.match(/<th scope="col" class="day/g)).toHaveLength(7);
    expect(table).toContain('<th scope="col" class="day today">');
  });

  it('prints nothing internal: no internal series, site description or note', async () => {
    const { html } = await print('?lang=fr');
    for (const absent of [
      '23:05',
      'Internal: behind the probe warehouse',
      'Probe internal note',
      'Probe cancellation note',
      'Parking near the industrial zone',
    ]) {
      expect(html).not.toContain(absent);
    }
  });

  it('turns right to left for a right-to-left language, its times left to right', async () => {
    const { html } = await print('?lang=ar');
    expect(html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(html).toContain('<bdi dir="ltr">21:15</bdi>');
    expect(html).toContain('<bdi dir="ltr">112</bdi>');
  });

  it('answers 404 with the guides there are for a platform that does not exist', async () => {
    const missing = await fetch(`${server.url}/guide/nowhere/print?lang=fr`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('href="/guide/calais"');
  });
});

describe('the timetable type size', () => {
  const row = {
    time: '09:30 – 12:00',
    what: 'Consultation médicale',
    place: 'Site Gare',
    organisation: 'Refugee Community Kitchen',
  };
  const header = {
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    places: ['📍 Site Gare — Square opposite the railway station, by the bus stops'],
  };
  const rows = (n: number) => Array.from({ length: n }, () => row);

  it('keeps 9 pt for a usual week', () => {
    expect(timetableFit(rows(12), header, 'Latn')).toEqual({ fontPt: 9, fits: true });
  });

  it('shrinks by half points as rows are added, sooner in a wider script', () => {
    const sizes = [12, 20, 28, 36, 44].map((n) => timetableFit(rows(n), header, 'Latn').fontPt);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes.at(-1)).toBeLessThan(9);
    expect(timetableFit(rows(30), header, 'Ethi').fontPt).toBeLessThan(
      timetableFit(rows(30), header, 'Latn').fontPt,
    );
  });

  it('says when even the smallest size cannot hold the week, rather than cut rows', () => {
    expect(timetableFit(rows(200), header, 'Latn')).toEqual({ fontPt: 5.5, fits: false });
  });
});
