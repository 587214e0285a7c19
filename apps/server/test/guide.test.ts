/**
 * The public Arrival Guide over HTTP: a real server with the demo platforms and boards, edits made
 * by real live clients with the demo accounts' sessions, and the page read as a stranger would,
 * with no cookie. What may be public is checked item by item; so are languages, caching, size and
 * the HTML itself.
 */
import { request as httpRequest } from 'node:http';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  capacityBoard,
  guideLanguages,
  guideStringEntries,
  localDateOf,
  scheduleBoard,
  type Series,
} from '@opale/core';
import {
  findPlatformBySlug,
  saveGuideReview,
  saveGuideSection,
  saveGuideSettings,
} from '@opale/db';
import { demoAccounts } from '../src/demo/seed-demo';
import { seedDemoBoards } from '../src/demo/seed-boards';
import { guideContentSecurityPolicy, guidePageCacheControl } from '../src/http/guide-routes';
import { escapeHtml, guideStyle, guideStyleHash } from '../src/guide/render-guide';
import { acceptedLanguages, preferredLanguage } from '../src/guide/read-guide';
import { SqlDocumentStore } from '../src/live/sql-document-store';
import { LiveBoard, until } from './live-client';
import { organisationIdsOf } from './schedule-fixture';
import { signIn, startTestServer, type TestServer } from './support';

/** The page as a stranger's phone gets it: no cookie. */
async function guide(server: TestServer, query = ''): Promise<string> {
  const response = await fetch(`${server.url}/guide/calais${query}`);
  expect(response.status).toBe(200);
  return response.text();
}

/** The distributions and services of a page, one HTML fragment each. */
function itemsOf(html: string): string[] {
  return html.split('<li class="item').slice(1);
}

/** The items whose time window starts at `start`, on any day. */
function itemAt(html: string, start: string): string[] {
  return itemsOf(html).filter((item) => item.includes(`<bdi dir="ltr">${start}</bdi> –`));
}

/** The section of the page between two headings' ids. */
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start).toBeGreaterThan(-1);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

/** The bytes that cross the network for a page, encoded as the client asked. */
function rawGet(
  url: string,
  acceptEncoding: string | null,
): Promise<{ bytes: number; encoding: string | undefined; vary: string | undefined }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding };
    const req = httpRequest(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () =>
        resolve({
          bytes,
          encoding: res.headers['content-encoding'],
          vary: res.headers.vary,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const publicSeries = (fields: Partial<Series>): Series => ({
  siteId: 'calais-station',
  serviceType: 'meal',
  rrule: 'FREQ=DAILY',
  startTime: '12:00',
  endTime: '13:00',
  validFrom: addDays(localDateOf(new Date()), -7),
  validUntil: null,
  expectedQuantity: 100,
  notes: null,
  public: true,
  ...fields,
});

describe('the public Arrival Guide', () => {
  let server: TestServer;
  let rck: string;
  const boards: LiveBoard[] = [];
  const today = localDateOf(new Date());
  const tomorrow = addDays(today, 1);
  const inTwoDays = addDays(today, 2);

  const open = async (email: string, docName: string) => {
    const board = new LiveBoard(server, await signIn(server, email), docName);
    boards.push(board);
    await board.synced();
    return board;
  };

  beforeAll(async () => {
    server = await startTestServer();
    // The boards are seeded as `pnpm start` seeds them, before anyone opens them.
    await seedDemoBoards(server.handle.db, new SqlDocumentStore(server.handle.db), new Date());
    const idOf = await organisationIdsOf(server, 'calais');
    rck = idOf('Refugee Community Kitchen');

    // The demo rep (Refugee Community Kitchen) probes each kind of place with its own series,
    // each at a time nothing else starts, and changes two dates of its lunch and dinner.
    const rep = await open('rep.calais@demo.opale', 'schedule:calais');
    const watcher = await open('observer.calais@demo.opale', 'schedule:calais');
    const probes = [
      ['probe-field', 'calais-north', '05:05'],
      ['probe-ask', 'calais-hospital', '05:10'],
      ['probe-shown', 'calais-station', '05:15'],
      ['probe-removed-site', 'a-site-removed-since', '05:20'],
    ] as const;
    for (const [id, siteId, startTime] of probes) {
      scheduleBoard.writeSeries(
        rep.doc,
        rck,
        id,
        publicSeries({ siteId, startTime, endTime: '05:45' }),
      );
    }
    scheduleBoard.writeSeries(
      rep.doc,
      rck,
      'probe-internal',
      publicSeries({ startTime: '06:10', endTime: '06:50', public: false }),
    );
    scheduleBoard.writeException(rep.doc, rck, 'rck-lunch', tomorrow, {
      kind: 'move',
      startTime: '15:40',
      endTime: '16:40',
      siteId: 'calais-station',
      note: 'Moved because of the market (internal note)',
    });
    scheduleBoard.writeException(rep.doc, rck, 'rck-dinner', inTwoDays, {
      kind: 'cancel',
      startTime: null,
      endTime: null,
      siteId: null,
      note: 'Van broken down (internal note)',
    });
    await until(
      () => scheduleBoard.source(watcher.doc).exceptions.has(`rck-dinner:${inTwoDays}`),
      'the rep’s changes to reach the server',
    );
  });

  afterAll(async () => {
    for (const board of boards) board.destroy();
    await server.close();
  });

  it('opens without an account, as complete HTML in the language asked for', async () => {
    const html = await guide(server, '?lang=en');
    expect(html.startsWith('<!DOCTYPE html><html lang="en" dir="ltr">')).toBe(true);
    expect(html).toContain('<h1>Arrival Guide — <bdi>Calais</bdi></h1>');
    // Today's demo distributions: the lunch at 12:00, the clinic on weekdays at the station.
    const todayHtml = sectionOf(html, 'today');
    expect(todayHtml).toContain('<bdi dir="ltr">12:00</bdi> – <bdi dir="ltr">14:00</bdi>');
    expect(todayHtml).toContain('Meal');
    expect(todayHtml).toContain('By <bdi>Refugee Community Kitchen</bdi>');
    // Seven days: today and six more.
    expect(sectionOf(html, 'week').match(/<h3>/g)).toHaveLength(6);
    expect(html).toContain('<title>Arrival Guide — Calais</title>');
    expect(html).toContain('Published by <bdi>Calais</bdi> organisations&#39; platform');
    expect(html).toContain('<script src="/guide/sw-register.js" defer></script>');
  });

  it('shows each place only as its site’s public level allows', async () => {
    const html = await guide(server, '?lang=en');
    const [field] = itemAt(html, '05:05');
    const [ask] = itemAt(html, '05:10');
    const [shown] = itemAt(html, '05:15');
    const [removed] = itemAt(html, '05:20');
    expect(field).toContain('Place announced on the spot');
    expect(ask).toContain('Ask at the information point');
    expect(shown).toContain(
      '<b><bdi>Site Gare</bdi></b> — <bdi>Square opposite the railway station, by the bus stops</bdi>',
    );
    expect(removed).toContain('Place announced on the spot');
    // Nowhere on the page: the names and internal descriptions of sites not shown.
    for (const secret of [
      'Site Nord',
      'Site Hôpital',
      'Parking near the industrial zone',
      'Open ground behind the hospital bus stop',
      'a-site-removed-since',
    ]) {
      expect(html).not.toContain(secret);
    }
  });

  it('leaves out internal series and services, notes, counts served and who confirmed', async () => {
    const html = await guide(server, '?lang=en');
    expect(itemAt(html, '06:10')).toEqual([]);
    // Care4Calais's clothes van is internal; its only service is archived: it is not there at all.
    expect(html).not.toContain('Clothes');
    expect(html).not.toContain('Care4Calais');
    // The citizen hosting network is an internal service.
    expect(html).not.toContain('Citizen hosting network');
    expect(html).not.toContain('Host homes');
    for (const note of [
      'Shuttle to the shower block',
      'Interpreters in Pashto',
      'Police asked us to move',
      'Full; families are referred to the 115',
      'Interpreter in Pashto until 11:30',
      '(internal note)',
    ]) {
      expect(html).not.toContain(note);
    }
  });

  it('never names a member: neither the demo accounts nor who confirmed a reading', async () => {
    const pages = await Promise.all(guideLanguages.map((l) => guide(server, `?lang=${l.code}`)));
    const doc = await server.app.liveDocuments.readDocument('capacity:calais');
    const confirmedBy = new Set(
      capacityBoard
        .entries(doc)
        .map((e) => e.reading?.by)
        .filter((by): by is string => typeof by === 'string' && by.length >= 4),
    );
    doc.destroy();
    expect(confirmedBy.size).toBeGreaterThan(0);
    for (const html of pages) {
      for (const account of demoAccounts) {
        expect(html).not.toContain(account.name);
        expect(html).not.toContain(escapeHtml(account.name));
        expect(html).not.toContain(account.email);
      }
      for (const by of confirmedBy) {
        // Team names ("Utopia 56 team") may share words with organisations; people's names may not.
        if (by.endsWith(' team')) continue;
        expect(html).not.toMatch(new RegExp(`\\b${by}\\b`, 'u'));
      }
    }
  });

  it('shows a moved date at its new time and place, and a cancelled one as cancelled', async () => {
    const html = await guide(server, '?lang=en');
    const [moved, ...otherMoved] = itemAt(html, '15:40');
    expect(otherMoved).toEqual([]);
    expect(moved).toContain('Changed: new time or place');
    expect(moved).toContain('<b><bdi>Site Gare</bdi></b>');
    expect(moved).toContain('By <bdi>Refugee Community Kitchen</bdi>');
    // The lunch at 12:00 is on every day of the week but tomorrow.
    expect(itemAt(html, '12:00').filter((item) => item.includes('Meal'))).toHaveLength(6);

    const cancelled = itemAt(html, '18:00').filter((item) => item.startsWith(' off"'));
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toContain('<span class="flag">Cancelled</span>');
    expect(itemAt(html, '18:00').filter((item) => item.includes('Meal'))).toHaveLength(7);
  });

  it('shows only the platform’s own distributions, services and organisations', async () => {
    const html = await guide(server, '?lang=en');
    for (const dunkirk of [
      'Dunkirk',
      'Site Loon-Plage',
      'Loon-Plage',
      'Grande-Synthe',
      'Salam',
      'Project Play',
      'Shower truck',
    ]) {
      expect(html).not.toContain(dunkirk);
    }
    const organisations = sectionOf(html, 'organisations');
    expect(organisations).toContain('Refugee Community Kitchen');
    expect(organisations).toContain('<a href="tel:+447700900006">');
    // ECPAT is on Calais but publishes nothing there: its contacts are not the guide's to give.
    expect(organisations).not.toContain('ECPAT');
  });

  it('shows the public services with their status in words and an icon, and when confirmed', async () => {
    const html = await guide(server, '?lang=en');
    const services = sectionOf(html, 'services');
    // The family shelter: full, confirmed within its threshold.
    const shelter = itemsOf(services).find((item) =>
      item.includes('Mise à l&#39;abri for women and families'),
    )!;
    expect(shelter).toContain(
      '<span class="status s-full"><span aria-hidden="true">⛔</span> Full</span>',
    );
    expect(shelter).toContain('Last confirmed at');
    expect(shelter).toContain('For: women, families');
    // The cold-weather shelter was last confirmed past its threshold.
    const coldWeather = itemsOf(services).find((item) => item.includes('Cold-weather'))!;
    expect(coldWeather).toContain('Not confirmed since');
    expect(coldWeather).not.toContain('Last confirmed at');
  });

  it('shows a reading a field member records on the very next request', async () => {
    const field = await open('field.calais@demo.opale', 'capacity:calais');
    const watcher = await open('observer.calais@demo.opale', 'capacity:calais');
    const chargingOf = (html: string) =>
      itemsOf(sectionOf(html, 'services')).find((item) =>
        item.includes('Phone charging at the evening meal'),
      )!;
    expect(chargingOf(await guide(server, '?lang=fr'))).not.toContain('Complet');

    const at = new Date().toISOString();
    capacityBoard.recordReading(field.doc, rck, 'rck-phone-charging', {
      status: 'full',
      available: 0,
      total: 48,
      note: 'All sockets taken (internal note)',
      by: 'A field volunteer',
      at,
    });
    await until(
      () => capacityBoard.reading(watcher.doc, rck, 'rck-phone-charging')?.at === at,
      'the reading to reach the server',
    );
    const charging = chargingOf(await guide(server, '?lang=fr'));
    expect(charging).toContain(
      '<span class="status s-full"><span aria-hidden="true">⛔</span> Complet</span>',
    );
    expect(charging).not.toContain('All sockets taken');
    expect(charging).not.toContain('A field volunteer');
  });

  it('writes right-to-left languages right to left, with times in Latin digits', async () => {
    const html = await guide(server, '?lang=ar');
    expect(html.startsWith('<!DOCTYPE html><html lang="ar" dir="rtl">')).toBe(true);
    expect(sectionOf(html, 'today')).toContain('<bdi dir="ltr">12:00</bdi>');
    // Every isolated part is Latin: digits, colons, a plus, spaces, or an address.
    for (const [, text] of html.matchAll(/<bdi dir="ltr">([^<]*)<\/bdi>/g)) {
      expect(text).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
    }
    // The language buttons are each named in their own script and direction.
    expect(html).toContain(
      '<a href="?lang=ar" hreflang="ar" lang="ar" dir="rtl" aria-current="page">العربية</a>',
    );
    expect(html).toContain('<a href="?lang=en" hreflang="en" lang="en" dir="ltr">English</a>');
    expect(html).toContain('<a href="?lang=ti" hreflang="ti" lang="ti" dir="ltr">ትግርኛ</a>');
  });

  it('falls back to the platform’s first language for an unknown or hidden one, and says so', async () => {
    const unknown = await guide(server, '?lang=xx');
    expect(unknown.startsWith('<!DOCTYPE html><html lang="en" dir="ltr">')).toBe(true);
    expect(unknown).toContain(
      'This page is not available in the language you asked for. It is shown in English.',
    );
    const regional = await guide(server, '?lang=fr-FR');
    expect(regional).toContain('<html lang="fr" dir="ltr">');
    expect(regional).not.toContain('affichée en');
    expect(await guide(server, '?lang=AR')).toContain('<html lang="ar" dir="rtl">');
    expect(await guide(server)).not.toContain('not available in the language');

    const platform = await findPlatformBySlug(server.handle.db, 'calais');
    await saveGuideSettings(server.handle.db, {
      platformId: platform!.id,
      languages: 'fr en ar fa',
      hiddenLanguages: 'fa',
      updatedAt: new Date().toISOString(),
      updatedBy: null,
    });
    try {
      const hidden = await guide(server, '?lang=fa');
      expect(hidden).toContain('<html lang="fr" dir="ltr">');
      expect(hidden).toContain('Elle est affichée en Français.');
      // The buttons follow the platform's order, without the hidden language.
      const buttons = [...hidden.matchAll(/<a href="\?lang=([a-z]+)"/g)].map((m) => m[1]);
      expect(buttons).toEqual(['fr', 'en', 'ar']);
    } finally {
      await server.handle.db.deleteFrom('guideSettings').execute();
    }
  });

  it('notes discreetly when a translation shown has not been reviewed, until it is', async () => {
    const english = await guide(server, '?lang=en');
    expect(english).not.toContain('have not been checked yet');
    const platform = await findPlatformBySlug(server.handle.db, 'calais');
    const before = await guide(server, '?lang=vi');
    const entries = guideStringEntries('vi');
    const unreviewedNote = entries.find((e) => e.key === 'strings.unreviewed')!.text;
    expect(before).toContain(escapeHtml(unreviewedNote));

    for (const entry of entries) {
      await saveGuideReview(server.handle.db, {
        platformId: platform!.id,
        language: 'vi',
        stringKey: entry.key,
        text: entry.text,
        reviewedAt: new Date().toISOString(),
        reviewedBy: null,
      });
    }
    try {
      expect(await guide(server, '?lang=vi')).not.toContain(escapeHtml(unreviewedNote));
      // A coordinator's section in Vietnamese not yet reviewed brings the note back.
      await saveGuideSection(server.handle.db, {
        platformId: platform!.id,
        language: 'vi',
        section: 'info',
        body: 'Thông tin',
        updatedAt: new Date().toISOString(),
        updatedBy: null,
      });
      expect(await guide(server, '?lang=vi')).toContain(escapeHtml(unreviewedNote));
    } finally {
      await server.handle.db.deleteFrom('guideReviews').execute();
      await server.handle.db.deleteFrom('guideSections').execute();
    }
  });

  it('shows the coordinators’ sections of the language, minors highlighted, their text escaped', async () => {
    const platform = await findPlatformBySlug(server.handle.db, 'calais');
    const section = (name: 'minors' | 'rights', body: string) =>
      saveGuideSection(server.handle.db, {
        platformId: platform!.id,
        language: 'en',
        section: name,
        body,
        updatedAt: new Date().toISOString(),
        updatedBy: null,
      });
    await section('minors', 'Under 18? Call the 119.\n\nFrance protects <b>every</b> child.');
    await section('rights', 'You may ask for asylum.');
    try {
      const html = await guide(server, '?lang=en');
      expect(html).toContain(
        '<section class="minors" aria-labelledby="s-minors"><h2 id="s-minors"><span aria-hidden="true">🧒</span> Under 18</h2><p>Under 18? Call the 119.</p><p>France protects &lt;b&gt;every&lt;/b&gt; child.</p></section>',
      );
      expect(html).toContain('<h2 id="s-rights">Your rights</h2><p>You may ask for asylum.</p>');
      // Other languages do not borrow English sections.
      expect(await guide(server, '?lang=fr')).not.toContain('You may ask for asylum.');
    } finally {
      await server.handle.db.deleteFrom('guideSections').execute();
    }
  });

  it('is cached by phones for five minutes, revalidated by its ETag, varied by encoding', async () => {
    const first = await fetch(`${server.url}/guide/calais?lang=en`);
    expect(first.headers.get('cache-control')).toBe(guidePageCacheControl);
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=300, stale-while-revalidate=86400',
    );
    // Compressed or not, the answer says it depends on the encoding and the languages asked for.
    for (const asked of ['br', 'gzip', null]) {
      const vary = (await rawGet(`${server.url}/guide/calais?lang=en`, asked)).vary ?? '';
      expect(vary.split(',').map((v) => v.trim().toLowerCase())).toEqual(
        expect.arrayContaining(['accept-encoding', 'accept-language']),
      );
    }
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    await first.text();

    const again = await fetch(`${server.url}/guide/calais?lang=en`, {
      headers: { 'if-none-match': etag! },
    });
    // The same minute gives the same page; a minute boundary may fall between the two requests.
    if (again.headers.get('etag') === etag) {
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    }
  });

  it('keeps the app’s security policy and admits only its own inline style', async () => {
    const page = await fetch(`${server.url}/guide/calais`);
    const policy = page.headers.get('content-security-policy')!;
    expect(policy).toBe(guideContentSecurityPolicy);
    expect(policy).toContain(`style-src ${guideStyleHash}`);
    expect(policy).not.toContain('unsafe-inline');
    const { createHash } = await import('node:crypto');
    expect(guideStyleHash).toBe(
      `'sha256-${createHash('sha256').update(guideStyle).digest('base64')}'`,
    );
    expect(await page.text()).toContain(`<style>${guideStyle}</style>`);
    // Opale's own screens may frame it (the coordinators' preview); no other site may.
    expect(policy).toContain("frame-ancestors 'self'");
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // The web app's own policy is untouched, except that it may frame its own origin.
    const app = await fetch(`${server.url}/`);
    expect(app.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(app.headers.get('content-security-policy')).toContain("frame-src 'self'");
    expect(app.headers.get('x-frame-options')).toBe('DENY');
    expect(app.headers.get('content-security-policy')).toContain("style-src 'self'");
    expect(app.headers.get('content-security-policy')).not.toContain('sha256');
  });

  it('weighs at most 50 KB compressed, in every language', async () => {
    for (const language of guideLanguages) {
      for (const encoding of ['br', 'gzip'] as const) {
        const { bytes, encoding: sent } = await rawGet(
          `${server.url}/guide/calais?lang=${language.code}`,
          encoding,
        );
        expect(sent).toBe(encoding);
        expect(bytes, `${language.code} in ${encoding}`).toBeLessThanOrEqual(50 * 1024);
      }
    }
  });

  it('is valid HTML in every language', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    for (const language of guideLanguages) {
      const report = await validator.validateString(await guide(server, `?lang=${language.code}`));
      const problems = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line}, column ${m.column})`),
      );
      expect(problems, language.code).toEqual([]);
    }
  });

  it('answers an unknown platform with a readable page, and keeps /guide out of the web app', async () => {
    const missing = await fetch(`${server.url}/guide/atlantis`);
    expect(missing.status).toBe(404);
    const html = await missing.text();
    expect(html).toContain('Guide not found');
    expect(html).toContain('Guide introuvable');
    expect(html).toContain('<a href="/guide/calais">');

    const worker = await fetch(`${server.url}/guide/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toContain('javascript');
    expect(await worker.text()).toContain('caches.open(CACHE)');
    const registration = await fetch(`${server.url}/guide/sw-register.js`);
    expect(await registration.text()).toContain("register('/guide/sw.js', { scope: '/guide/' })");

    // Not the web app's index.html, whatever is asked under /guide.
    const nowhere = await fetch(`${server.url}/guide/calais/nowhere`);
    expect(nowhere.status).toBe(404);
    expect(await nowhere.text()).not.toContain('Opale test app');
  });
});

describe('escapeHtml', () => {
  it('escapes what could open a tag, an entity or an attribute', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;',
    );
    expect(escapeHtml('Médecins du Monde — العربية')).toBe('Médecins du Monde — العربية');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('the language a phone asks for', () => {
  const shown = ['en', 'fr', 'ar', 'fa', 'ti'] as const;

  it('reads Accept-Language by preference, then by order', () => {
    expect(acceptedLanguages('fr-FR,fr;q=0.9,en;q=0.8,ar;q=0.95')).toEqual([
      'fr-fr',
      'ar',
      'fr',
      'en',
    ]);
    expect(acceptedLanguages('*;q=0.5, de;q=0, ps')).toEqual(['ps']);
    expect(acceptedLanguages(null)).toEqual([]);
  });

  it('picks the first language the phone wants that the guide shows, Dari as Farsi', () => {
    expect(preferredLanguage('ar-SA,ar;q=0.9,en;q=0.5', shown)).toBe('ar');
    expect(preferredLanguage('de-DE,ti-ER;q=0.7', shown)).toBe('ti');
    expect(preferredLanguage('prs-AF', shown)).toBe('fa');
    expect(preferredLanguage('de,it', shown)).toBe('en');
    expect(preferredLanguage(null, shown)).toBe('en');
  });

  it('opens the guide in the phone’s language when no language is chosen, and ?lang= wins', async () => {
    const server = await startTestServer();
    try {
      const arabic = await fetch(`${server.url}/guide/calais`, {
        headers: { 'accept-language': 'ar-MA,ar;q=0.9,fr;q=0.5' },
      });
      expect(arabic.headers.get('content-language')).toBe('ar');
      expect(await arabic.text()).toMatch(/<html[^>]*dir="rtl"/);
      const chosen = await fetch(`${server.url}/guide/calais?lang=fr`, {
        headers: { 'accept-language': 'ar' },
      });
      expect(chosen.headers.get('content-language')).toBe('fr');
    } finally {
      await server.close();
    }
  });
});
