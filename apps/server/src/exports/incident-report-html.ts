/**
 * The printable incident report: one A4 document, redacted like the CSV (commune level; no
 * narrative, place, witness, attachment or author), in the reader's language. Its only style is
 * inline and admitted by its hash; the bars are inline SVG drawn here: no script, nothing to fetch.
 */
import { createHash } from 'node:crypto';
import {
  incidentAuthorityLabels,
  incidentTypeLabels,
  platformTimeZone,
  type IncidentAuthority,
  type IncidentType,
} from '@opale/core';
import { escapeHtml } from '../guide/render-guide';
import type { IncidentReportPage } from './incidents';

export const incidentReportStyle = `
@page{size:A4;margin:12mm}
*{box-sizing:border-box}
html{color-scheme:light}
body{margin:0;font:9.5pt/1.35 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#000;background:#fff}
main{max-width:186mm;margin:0 auto}
@media screen{body{background:#e6e6e6}main{background:#fff;margin:8mm auto;padding:12mm;box-shadow:0 1px 6px #0003}}
h1{margin:0 0 1mm;font-size:17pt;line-height:1.15}
h2{margin:5mm 0 1.5mm;font-size:11.5pt;break-after:avoid}
.meta{margin:0 0 1mm;color:#333;font-size:8.5pt}
.redacted{margin:2mm 0 3mm;padding:1.5mm 2mm;border:.3mm solid #777;font-size:8.5pt}
table{width:100%;border-collapse:collapse;break-inside:avoid}
th,td{border-bottom:.3mm solid #bbb;padding:.8mm 1.2mm;text-align:start;vertical-align:middle}
thead th{border-bottom:.4mm solid #000;font-size:8.5pt}
td.n,th.n{text-align:end;font-variant-numeric:tabular-nums;width:18mm;white-space:nowrap}
td.bar{width:70mm}
td.bar svg{display:block;width:68mm;height:3.2mm}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:0 8mm}
.chart{display:block;width:100%;height:38mm;margin:1mm 0 2mm}
.empty{margin:6mm 0;font-size:12pt}
`;

/** The style above by its hash, for the page's Content-Security-Policy. */
export const incidentReportStyleHash = `'sha256-${createHash('sha256').update(incidentReportStyle).digest('base64')}'`;

/** Only the style, by its hash: no script, image, font or frame. */
export const incidentReportContentSecurityPolicy = [
  "default-src 'none'",
  `style-src ${incidentReportStyleHash}`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Words {
  title: string;
  generated: (at: string, organisation: string) => string;
  period: (from: string, to: string) => string;
  noPeriod: string;
  scopes: Record<IncidentReportPage['scope'], string>;
  redacted: string;
  totals: string;
  totalRows: [string, string, string, string, string, string];
  recency: string;
  recencyRows: [string, string, string, string];
  verification: string;
  verificationRows: [string, string, string, string];
  byMonth: string;
  timeline: (unit: 'day' | 'week') => string;
  byType: string;
  byAuthority: string;
  byCommune: string;
  count: string;
  month: string;
  empty: string;
  types: Record<IncidentType, string>;
  authorities: Record<IncidentAuthority, string>;
}

// The web app holds the labels of the controlled lists (apps/web/src/lib/i18n/incidents/common);
// the server cannot import it, so the printed report keeps these, which say the same.
const words: Record<'fr' | 'en', Words> = {
  fr: {
    title: 'Rapport d’incidents',
    generated: (at, organisation) => `Établi le ${at} pour ${organisation}`,
    period: (from, to) => `Période : du ${from} au ${to}`,
    noPeriod: 'Période : aucun incident',
    scopes: {
      all: 'Tout ce que votre organisation peut voir',
      own: 'Les incidents de votre organisation',
      shared: 'Les incidents partagés avec vos groupes',
    },
    redacted:
      'Version expurgée : lieux à l’échelle de la commune ; ni récit, ni témoins, ni lieu précis, ni pièces jointes, ni auteurs.',
    totals: 'Totaux',
    totalRows: [
      'Incidents',
      'Agents mobilisés',
      'Véhicules',
      'Objets saisis',
      'Amendes',
      'Montant des amendes',
    ],
    recency: 'Récence',
    recencyRows: ['7 derniers jours', '30 derniers jours', '90 derniers jours', 'Dernier incident'],
    verification: 'Vérification',
    verificationRows: ['Brouillons', 'Vérifiés', 'Partagés', 'Part vérifiée'],
    byMonth: 'Par mois',
    timeline: (unit) => (unit === 'day' ? 'Chronologie (par jour)' : 'Chronologie (par semaine)'),
    byType: 'Par type',
    byAuthority: 'Par autorité',
    byCommune: 'Par commune',
    count: 'Nombre',
    month: 'Mois',
    empty: 'Aucun incident à compter pour cette période.',
    types: incidentTypeLabels.fr,
    authorities: incidentAuthorityLabels.fr,
  },
  en: {
    title: 'Incident report',
    generated: (at, organisation) => `Generated on ${at} for ${organisation}`,
    period: (from, to) => `Period: ${from} to ${to}`,
    noPeriod: 'Period: no incidents',
    scopes: {
      all: 'Everything your organisation can see',
      own: 'Your organisation’s incidents',
      shared: 'Incidents shared with your groups',
    },
    redacted:
      'Redacted: places at commune level; no narrative, witnesses, exact place, attachments or authors.',
    totals: 'Totals',
    totalRows: ['Incidents', 'Officers', 'Vehicles', 'Items seized', 'Fines', 'Fines, total'],
    recency: 'How recent',
    recencyRows: ['Last 7 days', 'Last 30 days', 'Last 90 days', 'Latest incident'],
    verification: 'Verification',
    verificationRows: ['Drafts', 'Verified', 'Shared', 'Share verified'],
    byMonth: 'By month',
    timeline: (unit) => (unit === 'day' ? 'Timeline (per day)' : 'Timeline (per week)'),
    byType: 'By type',
    byAuthority: 'By authority',
    byCommune: 'By commune',
    count: 'Count',
    month: 'Month',
    empty: 'No incidents to count in this period.',
    types: incidentTypeLabels.en,
    authorities: incidentAuthorityLabels.en,
  },
};

/** A count's bar: its share of the largest count, as an SVG a printer draws without CSS. */
function barSvg(count: number, largest: number): string {
  const width = largest === 0 ? 0 : Math.round((count / largest) * 1000) / 10;
  return `<svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect width="${width}" height="10" fill="#444"/></svg>`;
}

/** One row per count, with its bar; the tests read these tables back. */
function countTable(
  label: string,
  countLabel: string,
  counts: readonly { key: string; count: number }[],
  nameOf: (key: string) => string,
): string {
  const largest = Math.max(0, ...counts.map((c) => c.count));
  return (
    `<table><thead><tr><th scope="col">${escapeHtml(label)}</th><th scope="col" class="n">${escapeHtml(countLabel)}</th><th scope="col"></th></tr></thead><tbody>` +
    counts
      .map(
        (c) =>
          `<tr data-key="${escapeHtml(c.key)}"><th scope="row">${escapeHtml(nameOf(c.key))}</th><td class="n">${c.count}</td><td class="bar">${barSvg(c.count, largest)}</td></tr>`,
      )
      .join('') +
    `</tbody></table>`
  );
}

function section(id: string, heading: string, content: string): string {
  return `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${escapeHtml(heading)}</h2>${content}</section>`;
}

/** Vertical bars, one per point, under a heading; the table beside it holds the same numbers. */
function columnChart(points: readonly { key: string; count: number }[], label: string): string {
  const largest = Math.max(1, ...points.map((p) => p.count));
  const width = Math.max(points.length, 1) * 10;
  const bars = points
    .map((p, i) => {
      const height = Math.round((p.count / largest) * 36 * 10) / 10;
      return `<rect x="${i * 10 + 1.5}" y="${38 - height}" width="7" height="${height}" fill="#444"><title>${escapeHtml(p.key)}: ${p.count}</title></rect>`;
    })
    .join('');
  return `<svg class="chart" viewBox="0 0 ${width} 40" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}"><line x1="0" y1="38.2" x2="${width}" y2="38.2" stroke="#000" stroke-width=".4"/>${bars}</svg>`;
}

function keyValueTable(rows: readonly [string, string][]): string {
  return (
    `<table><tbody>` +
    rows
      .map(
        ([k, v]) =>
          `<tr><th scope="row">${escapeHtml(k)}</th><td class="n">${escapeHtml(v)}</td></tr>`,
      )
      .join('') +
    `</tbody></table>`
  );
}

export function renderIncidentReport(page: IncidentReportPage): string {
  const w = words[page.language];
  const locale = page.language === 'fr' ? 'fr-FR' : 'en-GB';
  const { report } = page;
  const number = new Intl.NumberFormat(locale);
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const dateOf = (isoDate: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${isoDate}T00:00:00Z`),
    );
  const monthOf = (month: string) =>
    new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
  const generatedAt = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: platformTimeZone,
  }).format(page.generatedAt);
  const latest = report.recency.latest
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: platformTimeZone }).format(
        new Date(report.recency.latest),
      )
    : '—';
  const share = report.verification.verifiedShare;

  const head =
    `<h1>${escapeHtml(w.title)} — ${escapeHtml(page.platform.name)}</h1>` +
    `<p class="meta">${escapeHtml(w.generated(generatedAt, page.organisationName))}</p>` +
    `<p class="meta">${escapeHtml(report.period ? w.period(dateOf(report.period.from), dateOf(report.period.to)) : w.noPeriod)} · ${escapeHtml(w.scopes[page.scope])}</p>` +
    `<p class="redacted">${escapeHtml(w.redacted)}</p>`;

  const body =
    report.totals.incidents === 0
      ? `<p class="empty">${escapeHtml(w.empty)}</p>`
      : `<div class="columns">` +
        section(
          'totals',
          w.totals,
          keyValueTable([
            [w.totalRows[0], number.format(report.totals.incidents)],
            [w.totalRows[1], number.format(report.totals.officers)],
            [w.totalRows[2], number.format(report.totals.vehicles)],
            [w.totalRows[3], number.format(report.totals.itemsSeized)],
            [w.totalRows[4], number.format(report.totals.fines)],
            [w.totalRows[5], money.format(report.totals.fineCents / 100)],
          ]),
        ) +
        `<div>` +
        section(
          'recency',
          w.recency,
          keyValueTable([
            [w.recencyRows[0], number.format(report.recency.last7Days)],
            [w.recencyRows[1], number.format(report.recency.last30Days)],
            [w.recencyRows[2], number.format(report.recency.last90Days)],
            [w.recencyRows[3], latest],
          ]),
        ) +
        section(
          'verification',
          w.verification,
          keyValueTable([
            [w.verificationRows[0], number.format(report.verification.draft)],
            [w.verificationRows[1], number.format(report.verification.verified)],
            [w.verificationRows[2], number.format(report.verification.shared)],
            [
              w.verificationRows[3],
              share === null
                ? '—'
                : new Intl.NumberFormat(locale, { style: 'percent' }).format(share),
            ],
          ]),
        ) +
        `</div></div>` +
        section(
          'months',
          w.byMonth,
          columnChart(report.byMonth, w.byMonth) +
            countTable(w.month, w.count, report.byMonth, monthOf),
        ) +
        section(
          'timeline',
          w.timeline(report.timeline.unit),
          columnChart(report.timeline.points, w.timeline(report.timeline.unit)) +
            (report.period
              ? `<p class="meta">${escapeHtml(w.period(dateOf(report.period.from), dateOf(report.period.to)))}</p>`
              : ''),
        ) +
        section(
          'types',
          w.byType,
          countTable(w.byType, w.count, report.byType, (k) =>
            k in w.types ? w.types[k as IncidentType] : k,
          ),
        ) +
        section(
          'authorities',
          w.byAuthority,
          countTable(w.byAuthority, w.count, report.byAuthority, (k) =>
            k in w.authorities ? w.authorities[k as IncidentAuthority] : k,
          ),
        ) +
        section(
          'communes',
          w.byCommune,
          countTable(w.byCommune, w.count, report.byCommune, (k) => k),
        );

  return (
    `<!doctype html><html lang="${page.language}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="robots" content="noindex">` +
    `<title>${escapeHtml(w.title)} — ${escapeHtml(page.platform.name)}</title>` +
    `<style>${incidentReportStyle}</style></head><body><main>${head}${body}</main></body></html>`
  );
}
