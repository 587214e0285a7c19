/**
 * The Arrival Guide to print and pin up, in one language: two A4 pages from the same data as the
 * page (`readGuide`). Page 1 is the week's timetable, one row per distribution (time, what,
 * where, who) and a column per day; page 2 a poster with the title, a QR code to the live guide
 * in that language, its address in letters, and the emergency numbers.
 *
 * One HTML document with its only style inline (admitted by its hash) and the QR code as inline
 * SVG drawn on the server: nothing else to fetch, so it prints the same from any browser.
 */
import { createHash } from 'node:crypto';
import { toString as qrCode } from 'qrcode';
import { guideStrings, weekdayOf } from '@opale/core';
import type { GuideData, GuideDistribution, GuidePlace } from './read-guide';
import { escapeHtml, nameHtml, phraseHtml } from './render-guide';

/** The live guide in one language: what the poster's QR code opens. */
export function liveGuideUrl(publicOrigin: string, platformSlug: string, language: string): string {
  return `${publicOrigin}/guide/${encodeURIComponent(platformSlug)}?lang=${encodeURIComponent(language)}`;
}

/**
 * The QR code of a URL as SVG: error correction M (a poster gets scratched and rained on) and the
 * four-module quiet zone the standard asks for. Sized by the page's style.
 */
export function qrCodeSvg(url: string): Promise<string> {
  return qrCode(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}

export const printStyle = `
@page{size:A4;margin:10mm}
*{box-sizing:border-box}
html{color-scheme:light}
body{margin:0;font:9pt/1.3 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;color:#000;background:#fff}
.sheet{height:276mm;display:flex;flex-direction:column}
.sheet.long{height:auto;min-height:276mm;display:block}
.sheet+.sheet{break-before:page}
@media screen{body{background:#e6e6e6}.sheet{width:210mm;height:297mm;margin:8mm auto;padding:10mm;background:#fff;box-shadow:0 1px 6px #0003}}
.t90{font-size:9pt}.t85{font-size:8.5pt}.t80{font-size:8pt}.t75{font-size:7.5pt}.t70{font-size:7pt}.t65{font-size:6.5pt}.t60{font-size:6pt}.t55{font-size:5.5pt}
h1{margin:0 0 1mm;font-size:16pt;line-height:1.15}
.meta{margin:0 0 3mm;color:#333;font-size:8pt}
table{width:100%;border-collapse:collapse;table-layout:fixed}
th,td{border:.3mm solid #777;padding:.6mm 1mm;vertical-align:top;text-align:start;overflow-wrap:break-word}
thead th{background:#eee;font-size:.9em}
col.time{width:17mm}col.what{width:30mm}col.where{width:35mm}col.who{width:24mm}col.day{width:12mm}
td.time{font-weight:700}
td.day,th.day{text-align:center;vertical-align:middle;padding-inline:.3mm}
th.day{font-size:.8em;font-weight:600}
th.day b{display:block;font-size:1.3em}
td.on{font-size:1.2em}
td.off{color:#a30d0d;font-weight:700}
td.changed{font-weight:700}
th.today,td.today{background:#f6f1d8}
.legend,.places{margin:2mm 0 0;font-size:8pt}
.places{margin:1mm 0 0}
.empty{margin:6mm 0;font-size:12pt}
.poster{align-items:center;text-align:center}
.poster h1{font-size:34pt;margin:4mm 0 2mm}
.poster .platform{font-size:20pt;margin:0 0 3mm}
.poster .intro{font-size:12pt;max-width:170mm;margin:0 auto 4mm}
.qr{width:100mm;height:100mm}
.qr svg{width:100%;height:100%;display:block}
.url{font-size:13pt;font-weight:700;margin:2mm 0 5mm;overflow-wrap:anywhere}
.poster h2{font-size:16pt;margin:0 0 1mm}
.poster .call{font-size:10pt;margin:0 0 3mm}
.tels{display:grid;grid-template-columns:1fr 1fr;gap:2mm 6mm;width:170mm;text-align:start}
.tels p{margin:0;display:flex;gap:3mm;align-items:baseline;font-size:11pt}
.tels b{font-size:20pt;color:#a30d0d;min-width:14mm;text-align:end}
.by{margin-top:auto;font-size:8pt;color:#333}
`.trim();

/** The `style-src` source that admits `printStyle` and nothing else. */
export const printStyleHash = `'sha256-${createHash('sha256').update(printStyle).digest('base64')}'`;

/** A place as one key, to group the week's rows by. */
function placeText(place: GuidePlace): string {
  return place.level === 'shown' ? `${place.name}\u0000${place.directions ?? ''}` : place.text;
}

/** A place in a row: a shown site by its name (its directions go once under the table). */
function placeCell(place: GuidePlace): string {
  return place.level === 'shown' ? place.name : place.text;
}

interface TimetableRow {
  first: GuideDistribution;
  /** Per day of the week: what happens at this time there. */
  days: ('on' | 'off' | 'changed' | null)[];
}

/** One row per distribution that repeats (same time, service, place and organisation). */
function timetableRows(data: GuideData): TimetableRow[] {
  const rows = new Map<string, TimetableRow>();
  data.days.forEach((day, index) => {
    for (const d of day.distributions) {
      const key = [d.startTime, d.endTime, d.serviceType, placeText(d.where), d.organisation].join(
        '\u0000',
      );
      let row = rows.get(key);
      if (!row) {
        row = { first: d, days: data.days.map(() => null) };
        rows.set(key, row);
      }
      const mark = d.change === 'cancelled' ? 'off' : d.change === 'none' ? 'on' : 'changed';
      // A cancellation beside a normal date at the same time says more than either alone.
      row.days[index] = row.days[index] === 'off' || mark === 'off' ? 'off' : mark;
    }
  });
  const compare = new Intl.Collator('fr', { numeric: true }).compare;
  return [...rows.values()].sort(
    (a, b) =>
      compare(a.first.startTime, b.first.startTime) ||
      compare(a.first.endTime, b.first.endTime) ||
      compare(a.first.what, b.first.what) ||
      compare(a.first.organisation, b.first.organisation),
  );
}

// -- Fitting the week on one sheet ----------------------------------------------------------------
//
// Without a script, a page cannot shrink its text to fit; the server estimates instead. Widths are
// what the style gives the columns; a character is taken as wide as it is on average in the
// language's script (Ethiopic syllables are nearly square), generously, and wrapping as wasting a
// fifth of each line. The estimate is checked by the browser test, which prints the demo week.

const mmPerPt = 25.4 / 72;
/** Column widths in mm, as in `printStyle`: 190 mm in all. */
const columnMm = { time: 17, what: 30, where: 35, who: 24, day: 12 } as const;
/** The sheet's height (276 mm) less its heading, dates, legend and footer, and a safety margin. */
const tableRoomMm = 276 - 36;
const sizesPt = [9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5] as const;
const smallestPt = 5.5;

function charEm(script: GuideData['language']['script']): number {
  return script === 'Ethi' ? 0.95 : 0.58;
}

/** Lines a text takes in a column at a type size. */
function linesOf(text: string, widthMm: number, pt: number, em: number): number {
  const perLine = Math.max(1, ((widthMm - 2) * 0.8) / (em * pt * mmPerPt));
  return Math.max(1, Math.ceil([...text].length / perLine));
}

export interface TimetableFit {
  /** The type size of the table, in points. */
  fontPt: number;
  /** False when even the smallest size overflows: the week then runs onto a further sheet. */
  fits: boolean;
}

/** The largest type size at which the week's rows, its header and the places' lines fit a sheet. */
export function timetableFit(
  rows: readonly { time: string; what: string; place: string; organisation: string }[],
  header: { weekdays: readonly string[]; places: readonly string[] },
  script: GuideData['language']['script'],
): TimetableFit {
  const em = charEm(script);
  const latin = charEm('Latn');
  // The places' directions, one line of 8 pt each across the sheet at least.
  const placesMm = header.places.reduce(
    (sum, place) => sum + linesOf(place, 190, 8, Math.max(em, latin)) * 8 * 1.3 * mmPerPt,
    0,
  );
  for (const pt of sizesPt) {
    const line = pt * 1.3 * mmPerPt;
    const dayLines = Math.max(
      ...header.weekdays.map((name) => linesOf(name, columnMm.day, pt * 0.8, em)),
    );
    let height = (dayLines * 0.8 + 1.04) * line + 2;
    for (const row of rows) {
      const lines = Math.max(
        linesOf(row.time, columnMm.time, pt, latin + 0.06),
        linesOf(`   ${row.what}`, columnMm.what, pt, em),
        linesOf(row.place, columnMm.where, pt, Math.max(em, latin)),
        linesOf(row.organisation, columnMm.who, pt, latin),
      );
      height += lines * line + 1.5;
    }
    if (height + placesMm <= tableRoomMm) return { fontPt: pt, fits: true };
  }
  return { fontPt: smallestPt, fits: false };
}

const marks = { on: '●', off: '✕', changed: '◆' } as const;

/** A built-in word the page's labels leave out, in the page's language (English when missing). */
function word(data: GuideData, key: 'distributions' | 'where'): string {
  return guideStrings[data.language.code][key]?.trim() || guideStrings.en[key];
}

const weekdays = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

function timetableHtml(data: GuideData): { html: string; fits: boolean } {
  const strings = guideStrings[data.language.code];
  const rows = timetableRows(data);
  if (rows.length === 0) {
    return { html: `<p class="empty">${escapeHtml(data.labels.nothingThisDay)}</p>`, fits: true };
  }
  // The legend names the marks used, in the words the page uses for them.
  const distributions = data.days.flatMap((day) => day.distributions);
  const noticeOf = (change: GuideDistribution['change']) =>
    distributions.find((d) => d.change === change)?.notice ?? null;
  const cancelled = noticeOf('cancelled');
  const legend = [
    cancelled !== null ? `${marks.off} ${escapeHtml(cancelled)}` : null,
    ...(['moved', 'added'] as const).map((change) => {
      const notice = noticeOf(change);
      return notice !== null ? `${marks.changed} ${escapeHtml(notice)}` : null;
    }),
  ].filter((item) => item !== null);
  // Each shown place's directions, once.
  const places = new Map<string, { name: string; directions: string }>();
  for (const { first } of rows) {
    const where = first.where;
    if (where.level === 'shown' && where.directions) {
      places.set(placeText(where), { name: where.name, directions: where.directions });
    }
  }

  const weekdayNames = data.days.map((day) => {
    const weekday = weekdays[weekdayOf(day.date)]!;
    return strings.weekdays[weekday]?.trim() || guideStrings.en.weekdays[weekday];
  });
  const fit = timetableFit(
    rows.map(({ first }) => ({
      time: `${first.startTime} – ${first.endTime}`,
      what: first.what,
      place: placeCell(first.where),
      organisation: first.organisation,
    })),
    {
      weekdays: weekdayNames,
      places: [...places.values()].map((p) => `📍 ${p.name} — ${p.directions}`),
    },
    data.language.script,
  );

  const head =
    `<thead><tr><th scope="col"></th><th scope="col">${escapeHtml(word(data, 'distributions'))}</th>` +
    `<th scope="col">${escapeHtml(word(data, 'where'))}</th><th scope="col"></th>` +
    data.days
      .map(
        // The weekday over the day of the month: a column is a finger wide.
        (day, index) =>
          `<th scope="col" class="day${day.isToday ? ' today' : ''}">` +
          `${escapeHtml(weekdayNames[index]!)}<b><bdi dir="ltr">${Number(day.date.slice(8, 10))}</bdi></b></th>`,
      )
      .join('') +
    `</tr></thead>`;
  const body = rows
    .map(({ first, days }) => {
      const cells = days
        .map((mark, index) => {
          const today = data.days[index]!.isToday ? ' today' : '';
          if (mark === null) return `<td class="day${today}"></td>`;
          const title = mark === 'off' && cancelled ? ` title="${escapeHtml(cancelled)}"` : '';
          return `<td class="day ${mark}${today}"${title}>${marks[mark]}</td>`;
        })
        .join('');
      const where = first.where;
      return (
        `<tr><td class="time">${phraseHtml(first.time)}</td>` +
        `<td><span aria-hidden="true">${first.icon}</span> ${escapeHtml(first.what)}</td>` +
        `<td>${where.level === 'shown' ? nameHtml(where.name) : escapeHtml(where.text)}</td>` +
        `<td>${nameHtml(first.organisation)}</td>${cells}</tr>`
      );
    })
    .join('');
  const html =
    `<table class="t${Math.round(fit.fontPt * 10)}">` +
    `<colgroup><col class="time"><col class="what"><col class="where"><col class="who">` +
    `${data.days.map(() => '<col class="day">').join('')}</colgroup>` +
    `${head}<tbody>${body}</tbody></table>` +
    (legend.length > 0 ? `<p class="legend">${legend.join(' · ')}</p>` : '') +
    [...places.values()]
      .map(
        (place) =>
          `<p class="places">📍 <b>${nameHtml(place.name)}</b> — ${escapeHtml(place.directions)}</p>`,
      )
      .join('');
  return { html, fits: fit.fits };
}

/** The two A4 pages. `qrSvg` is `qrCodeSvg(guideUrl)`. */
export function renderPrintGuide(
  data: GuideData,
  live: { guideUrl: string; qrSvg: string },
): string {
  const { labels, language } = data;
  const week = timetableHtml(data);
  return (
    `<!doctype html><html lang="${escapeHtml(language.code)}" dir="${language.dir}"><head>` +
    `<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="robots" content="noindex">` +
    `<title>${phraseHtml(labels.heading)} — ${escapeHtml(labels.printable)}</title>` +
    `<style>${printStyle}</style></head><body>` +
    // Page 1: the week.
    `<section class="sheet week${week.fits ? '' : ' long'}"><h1>${phraseHtml(labels.heading)} — ${escapeHtml(labels.thisWeek)}</h1>` +
    `<p class="meta">${phraseHtml(labels.generatedAt)} · ${phraseHtml(labels.validUntil)}</p>` +
    week.html +
    `<p class="by">${phraseHtml(labels.publishedBy)}</p></section>` +
    // Page 2: the poster.
    `<section class="sheet poster"><h1>${escapeHtml(labels.title)}</h1>` +
    `<p class="platform">${nameHtml(data.platform.name)}</p>` +
    `<p class="intro">${phraseHtml(labels.intro)}</p>` +
    `<div class="qr" role="img" aria-label="${escapeHtml(live.guideUrl)}">${live.qrSvg}</div>` +
    `<p class="url"><bdi dir="ltr">${escapeHtml(live.guideUrl)}</bdi></p>` +
    `<h2>${escapeHtml(labels.emergency)}</h2><p class="call">${escapeHtml(labels.emergencyIntro)}</p>` +
    `<div class="tels">` +
    data.emergencyNumbers
      .map(
        (n) => `<p><b><bdi dir="ltr">${escapeHtml(n.number)}</bdi></b> ${escapeHtml(n.label)}</p>`,
      )
      .join('') +
    `</div><p class="by">${phraseHtml(labels.publishedBy)}</p></section>` +
    `</body></html>`
  );
}
