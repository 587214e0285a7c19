/**
 * The Arrival Guide as one HTML page: complete without JavaScript, no external asset, no third
 * party, small enough for a weak connection (a few kilobytes compressed), readable offline once
 * opened. Pure: the same data gives the same page.
 *
 * Right-to-left languages get `dir="rtl"`; times, dates' numbers, counts and phone numbers sit in
 * `<bdi dir="ltr">` so they stay Latin and left to right inside the sentence.
 */
import { createHash } from 'node:crypto';
import { guideStrings } from '@opale/core';
import {
  phraseText,
  type GuideData,
  type GuideDistribution,
  type GuidePlace,
  type GuideService,
  type Phrase,
} from './read-guide';

/** Text for HTML content and attribute values (quoted with either quote). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The page's only style, inline so that one response is the whole page (and its offline copy).
 * The Content-Security-Policy of the page admits exactly this text by its hash.
 */
export const guideStyle = `
:root{color-scheme:light;--ink:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8;--soft:#f3f3f1;--brand:#0b4f8a}
*{box-sizing:border-box}
body{margin:0;font:1.05rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:46rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.6rem;line-height:1.2;margin:.75rem 0 .25rem}
h2{font-size:1.3rem;margin:1.75rem 0 .5rem;padding-block-end:.25rem;border-block-end:3px solid var(--brand)}
h3{font-size:1.1rem;margin:1.25rem 0 .25rem}
p{margin:.25rem 0}
a{color:var(--brand)}
ul{list-style:none;margin:0;padding:0}
.langs{display:flex;flex-wrap:wrap;gap:.5rem;padding:.75rem 0}
.langs a{display:inline-block;min-width:3rem;min-height:2.75rem;padding:.5rem .9rem;border:2px solid var(--brand);border-radius:.5rem;font-size:1.15rem;font-weight:600;text-align:center;text-decoration:none}
.langs a[aria-current]{background:var(--brand);color:#fff}
.toc{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.5rem 0}
.note{margin:.5rem 0;padding:.5rem .75rem;background:var(--soft);border-inline-start:4px solid var(--brand)}
.small{font-size:.85rem;color:var(--muted)}
.item{padding:.6rem 0;border-block-end:1px solid var(--line)}
.what{font-weight:700}
.when{font-weight:700;font-size:1.1rem}
.off .when,.off .what{text-decoration:line-through}
.flag{display:inline-block;padding:0 .4rem;border-radius:.25rem;background:#fff3c4;color:#5c4400;font-weight:700}
.off .flag{background:#ffd9d6;color:#7a1010}
.status{display:inline-block;margin:.2rem 0;padding:.1rem .5rem;border-radius:.25rem;font-weight:700;background:var(--soft)}
.s-open{background:#d9f2df;color:#0f4d1e}
.s-limited{background:#fff0c2;color:#5c4400}
.s-full{background:#ffd9d6;color:#7a1010}
.s-closed{background:#e4e4e4;color:#2e2e2e}
.tels{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.5rem}
.tels li{display:flex;gap:.75rem;align-items:center;padding:.4rem .6rem;border:2px solid var(--line);border-radius:.5rem}
.tels a{display:inline-block;min-width:4.5ch;padding:.25rem .5rem;border-radius:.4rem;background:#a30d0d;color:#fff;font-size:1.4rem;font-weight:700;text-align:center;text-decoration:none}
.minors{padding:.25rem .75rem .75rem;border:3px solid #a30d0d;border-radius:.5rem;background:#fff6f5}
.minors h2{border-color:#a30d0d}
footer{margin-block:2rem;padding-block:1rem;border-block-start:1px solid var(--line)}
@media print{.langs,.toc{display:none}}
`.trim();

/** The `style-src` source that admits `guideStyle` and nothing else. */
export const guideStyleHash = `'sha256-${createHash('sha256').update(guideStyle).digest('base64')}'`;

/** A phrase with its Latin, left-to-right parts and its names isolated. */
export function phraseHtml(phrase: Phrase): string {
  return phrase
    .map((part) =>
      typeof part === 'string'
        ? escapeHtml(part)
        : 'ltr' in part
          ? `<bdi dir="ltr">${escapeHtml(part.ltr)}</bdi>`
          : nameHtml(part.name),
    )
    .join('');
}

/** A name as its organisation wrote it, in whatever direction its own letters run. */
export function nameHtml(name: string): string {
  return `<bdi>${escapeHtml(name)}</bdi>`;
}

/** A phone number as a `tel:` target: its digits and a leading +. */
function telTarget(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.startsWith('+')
    ? `+${digits.slice(1).replace(/\+/g, '')}`
    : digits.replace(/\+/g, '');
}

/** A phone number that never breaks across lines. */
function unbroken(phone: string): string {
  return phone.trim().replace(/\s+/g, '\u00a0');
}

/** Only web addresses become links: a stored `javascript:` must never be one. */
function webTarget(website: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:/i.test(website) ? website : `https://${website}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function isEmailAddress(email: string): boolean {
  return /^[^\s@<>"]+@[^\s@<>"]+$/.test(email);
}

function placeHtml(place: GuidePlace | null): string {
  if (!place) return '';
  if (place.level === 'shown') {
    const directions = place.directions ? ` — ${nameHtml(place.directions)}` : '';
    return `<p>📍 <b>${nameHtml(place.name)}</b>${directions}</p>`;
  }
  // An address is its organisation's text; the other levels are the guide's own words.
  return `<p>📍 ${place.level === 'address' ? nameHtml(place.text) : escapeHtml(place.text)}</p>`;
}

function distributionHtml(d: GuideDistribution): string {
  const off = d.change === 'cancelled';
  const notice = d.notice ? ` <span class="flag">${escapeHtml(d.notice)}</span>` : '';
  return (
    `<li class="item${off ? ' off' : ''}">` +
    `<p class="when">${phraseHtml(d.time)}${notice}</p>` +
    `<p class="what"><span aria-hidden="true">${d.icon}</span> ${escapeHtml(d.what)}</p>` +
    placeHtml(d.where) +
    `<p class="small">${phraseHtml(d.by)}</p>` +
    `</li>`
  );
}

function serviceHtml(s: GuideService): string {
  const line = (phrase: Phrase | null) => (phrase ? `<p>${phraseHtml(phrase)}</p>` : '');
  return (
    `<li class="item">` +
    `<p class="what"><span aria-hidden="true">${s.icon}</span> ${escapeHtml(s.what)}</p>` +
    `<p dir="auto">${escapeHtml(s.name)}</p>` +
    `<p><span class="status s-${s.status}"><span aria-hidden="true">${s.statusIcon}</span> ${phraseHtml(s.statusText)}</span>` +
    (s.places ? ` ${phraseHtml(s.places)}` : '') +
    `</p>` +
    (s.confirmed ? `<p class="small">${phraseHtml(s.confirmed)}</p>` : '') +
    line(s.audience) +
    line(s.hours) +
    line(s.days) +
    placeHtml(s.where) +
    `<p class="small">${phraseHtml(s.by)}</p>` +
    `</li>`
  );
}

/** A coordinator's text: paragraphs at blank lines, line breaks kept. */
function bodyHtml(body: string): string {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

export function renderGuide(data: GuideData): string {
  const { labels, language } = data;
  const [today, ...week] = data.days;

  const languageButtons = data.languages
    .map(
      (l) =>
        `<li><a href="?lang=${escapeHtml(l.code)}" hreflang="${escapeHtml(l.code)}" lang="${escapeHtml(l.code)}" dir="${l.dir}"${l.current ? ' aria-current="page"' : ''}>${escapeHtml(l.ownName)}</a></li>`,
    )
    .join('');

  const list = (items: string[], empty: string) =>
    items.length > 0 ? `<ul>${items.join('')}</ul>` : `<p>${escapeHtml(empty)}</p>`;

  const todayHtml = today
    ? `<section aria-labelledby="today"><h2 id="today">${escapeHtml(labels.today)} · ${phraseHtml(today.heading)}</h2>` +
      list(
        today.distributions.map((d) => distributionHtml(d)),
        labels.nothingToday,
      ) +
      `</section>`
    : '';

  const weekHtml =
    `<section aria-labelledby="week"><h2 id="week">${escapeHtml(labels.thisWeek)}</h2>` +
    week
      .map(
        (day) =>
          `<h3>${phraseHtml(day.heading)}</h3>` +
          list(
            day.distributions.map((d) => distributionHtml(d)),
            labels.nothingThisDay,
          ),
      )
      .join('') +
    `</section>`;

  const servicesHtml =
    `<section aria-labelledby="services"><h2 id="services">${escapeHtml(labels.services)}</h2>` +
    `<p>${escapeHtml(labels.servicesIntro)}</p>` +
    list(
      data.services.map((s) => serviceHtml(s)),
      labels.noServices,
    ) +
    `</section>`;

  const emergencyHtml =
    `<section aria-labelledby="emergency"><h2 id="emergency">${escapeHtml(labels.emergency)}</h2>` +
    `<p>${escapeHtml(labels.emergencyIntro)}</p><ul class="tels">` +
    data.emergencyNumbers
      .map(
        (n) =>
          `<li><a href="tel:${escapeHtml(n.number)}"><bdi dir="ltr">${escapeHtml(n.number)}</bdi></a> ${escapeHtml(n.label)}</li>`,
      )
      .join('') +
    `</ul></section>`;

  const sectionsHtml = data.sections
    .map(
      (s) =>
        `<section class="${s.highlighted ? 'minors' : 'sec'}" aria-labelledby="s-${s.section}"><h2 id="s-${s.section}">${s.highlighted ? '<span aria-hidden="true">🧒</span> ' : ''}${escapeHtml(s.title)}</h2>${bodyHtml(s.body)}</section>`,
    )
    .join('');

  const organisationsHtml =
    data.organisations.length === 0
      ? ''
      : `<section aria-labelledby="organisations"><h2 id="organisations">${escapeHtml(labels.organisations)}</h2>` +
        `<p>${escapeHtml(labels.organisationsIntro)}</p><ul>` +
        data.organisations
          .map((o) => {
            const contacts: string[] = [];
            if (o.phone) {
              contacts.push(
                `${escapeHtml(labels.phone)}: <a href="tel:${escapeHtml(telTarget(o.phone))}"><bdi dir="ltr">${escapeHtml(unbroken(o.phone))}</bdi></a>`,
              );
            }
            if (o.email && isEmailAddress(o.email)) {
              contacts.push(
                `${escapeHtml(labels.email)}: <a href="mailto:${escapeHtml(o.email)}"><bdi dir="ltr">${escapeHtml(o.email)}</bdi></a>`,
              );
            }
            const web = o.website ? webTarget(o.website) : null;
            if (o.website && web) {
              contacts.push(
                `${escapeHtml(labels.website)}: <a href="${escapeHtml(web)}" rel="noreferrer"><bdi dir="ltr">${escapeHtml(o.website.replace(/^https?:\/\//, ''))}</bdi></a>`,
              );
            }
            return `<li class="item"><p class="what" dir="auto">${escapeHtml(o.name)}</p>${contacts.map((c) => `<p>${c}</p>`).join('')}</li>`;
          })
          .join('') +
        `</ul></section>`;

  const toc = [
    ['today', labels.today],
    ['services', labels.services],
    ['week', labels.thisWeek],
    ['emergency', labels.emergency],
    ...data.sections.map((s) => [`s-${s.section}`, s.title] as const),
    ...(data.organisations.length > 0 ? [['organisations', labels.organisations] as const] : []),
  ]
    .map(([id, label]) => `<a href="#${id}">${escapeHtml(label)}</a>`)
    .join('');

  const printHref = `/guide/${encodeURIComponent(data.platform.slug)}/print?lang=${encodeURIComponent(language.code)}`;

  return (
    `<!DOCTYPE html>` +
    `<html lang="${escapeHtml(language.code)}" dir="${language.dir}">` +
    `<head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(phraseText(labels.heading))}</title>` +
    `<style>${guideStyle}</style>` +
    `<script src="/guide/sw-register.js" defer></script>` +
    `</head><body>` +
    `<header>` +
    `<nav aria-label="${escapeHtml(labels.languages)}"><ul class="langs">${languageButtons}</ul></nav>` +
    `<h1>${phraseHtml(labels.heading)}</h1>` +
    `<p>${phraseHtml(labels.intro)}</p>` +
    (labels.languageNotice ? `<p class="note">${phraseHtml(labels.languageNotice)}</p>` : '') +
    `<nav class="toc" aria-label="${escapeHtml(labels.title)}">${toc}</nav>` +
    `</header>` +
    `<main>${todayHtml}${servicesHtml}${weekHtml}${emergencyHtml}${sectionsHtml}${organisationsHtml}</main>` +
    `<footer>` +
    (labels.unreviewed ? `<p class="small">${escapeHtml(labels.unreviewed)}</p>` : '') +
    `<p>${phraseHtml(labels.publishedBy)}</p>` +
    `<p class="small">${phraseHtml(labels.generatedAt)}</p>` +
    `<p class="small">${phraseHtml(labels.validUntil)}</p>` +
    `<p class="small">${escapeHtml(labels.offline)}</p>` +
    `<p class="small"><a href="${escapeHtml(printHref)}">${escapeHtml(labels.printable)}</a></p>` +
    `</footer>` +
    `</body></html>`
  );
}

/**
 * The page for a guide address that leads nowhere, in English and French (no language is known
 * yet), with the guides there are.
 */
export function renderGuideNotFound(platforms: readonly { slug: string; name: string }[]): string {
  const message = (code: 'en' | 'fr') => {
    const strings = guideStrings[code];
    return `<section lang="${code}"><h1>${escapeHtml(strings.notFoundTitle)}</h1><p>${escapeHtml(strings.notFound)}</p></section>`;
  };
  const links = platforms
    .map(
      (p) =>
        `<li><a href="/guide/${encodeURIComponent(p.slug)}">${escapeHtml(
          guideStrings.en.titleWithPlatform.replace('{platform}', p.name),
        )}</a></li>`,
    )
    .join('');
  return (
    `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(guideStrings.en.notFoundTitle)}</title>` +
    `<style>${guideStyle}</style></head><body><main>` +
    message('en') +
    message('fr') +
    (links ? `<ul>${links}</ul>` : '') +
    `</main></body></html>`
  );
}
