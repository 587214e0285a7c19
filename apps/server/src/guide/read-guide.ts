/**
 * What the public Arrival Guide of a platform says, in one language, at one moment: a plain data
 * object the page (render-guide.ts) and the print view lay out. Every word is chosen here, so
 * what the page may show is decided in one place:
 *
 * - only public series and public, not archived services of organisations on the platform;
 * - a place only as its site's public level allows (`shown`: name and public directions;
 *   `field`: "place announced on the spot"; `ask`: "ask at the information point"; a site with no
 *   level, or one removed since, counts as `field`), never the internal description or landmark;
 * - never notes, counts served, who confirmed a reading, or any member's name.
 *
 * The boards are read through the one reader per board (DESIGN.md §3), the settings, sections
 * and reviews from SQL.
 */
import type { Kysely } from 'kysely';
import {
  addDays,
  audiences,
  capacityStatuses,
  expandSchedule,
  freshnessOf,
  guideLanguageOf,
  guideSections,
  guideStrings,
  isServiceTypeCode,
  localDateOf,
  localInstant,
  platformTimeZone,
  readGuideLanguageSettings,
  recurrenceDates,
  reviewHolds,
  serviceTypeOf,
  serviceTypes,
  sitePublicLevelOf,
  weekdayOf,
  type Audience,
  type CapacityEntry,
  type CapacityStatus,
  type Entry,
  type GuideLanguage,
  type GuideLanguageCode,
  type GuideSection,
  type GuideStrings,
  type Occurrence,
  type Site,
  type SitePublicLevel,
} from '@opale/core';
import { readCapacity, readSchedule, type LiveBoards } from '@opale/api';
import {
  findGuideSettings,
  findPlatformBySlug,
  listGuideReviews,
  listGuideSections,
  listOrganisationsOfPlatform,
  type Database,
} from '@opale/db';

export interface GuideDeps {
  db: Kysely<Database>;
  boards: Pick<LiveBoards, 'readDocument'>;
}

// -- Phrases --------------------------------------------------------------------------------------

/**
 * A sentence of the guide with its filled-in parts kept apart: a part in `{ ltr }` (a time, a
 * date's number, a count) stays Latin and left to right inside a right-to-left sentence; a
 * `{ name }` (an organisation's, a platform's, as written) keeps its own direction. The page
 * isolates both, so neither reorders the sentence around it.
 */
export type PhrasePart = string | { ltr: string } | { name: string };
export type Phrase = readonly PhrasePart[];

/** A phrase as plain text (tests, logs, the print view's plain parts). */
export function phraseText(phrase: Phrase): string {
  return phrase
    .map((part) => (typeof part === 'string' ? part : 'ltr' in part ? part.ltr : part.name))
    .join('');
}

/** The dotted paths of every string of GuideStrings (`status.open`, `serviceTypes.meal`). */
type StringPath<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : StringPath<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type GuideStringPath = StringPath<GuideStrings>;

/** The review key (`guide_reviews.string_key`) of a string path. */
export function guideReviewKeyOf(path: GuideStringPath): string {
  return path.startsWith('serviceTypes.')
    ? `serviceType.${path.slice('serviceTypes.'.length)}`
    : `strings.${path}`;
}

function lookUp(strings: GuideStrings, path: string): string | undefined {
  let value: unknown = strings;
  for (const name of path.split('.')) {
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[name]
        : undefined;
  }
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

const listSeparators: Record<GuideLanguage['script'], string> = {
  Latn: ', ',
  Arab: '، ',
  Ethi: '፣ ',
};

/** The words of one language, remembering which ones the page shows (for the review note). */
class Words {
  readonly shown = new Map<GuideStringPath, string>();
  constructor(
    private readonly strings: GuideStrings,
    private readonly script: GuideLanguage['script'],
  ) {}

  /** Items of a list with the comma of the language's script (`،` in Arabic, `፣` in Ethiopic). */
  list(items: readonly string[]): string {
    return items.join(listSeparators[this.script]);
  }

  text(path: GuideStringPath): string {
    // A translation that leaves a string empty shows the English.
    const text = lookUp(this.strings, path) ?? lookUp(guideStrings.en, path) ?? path;
    this.shown.set(path, text);
    return text;
  }

  phrase(path: GuideStringPath, values: Record<string, PhrasePart | Phrase>): Phrase {
    const parts: PhrasePart[] = [];
    for (const piece of this.text(path).split(/(\{[a-zA-Z]+\})/)) {
      if (piece === '') continue;
      const name = /^\{([a-zA-Z]+)\}$/.exec(piece)?.[1];
      const value = name === undefined ? undefined : values[name];
      if (value === undefined) parts.push(piece);
      else if (Array.isArray(value)) parts.push(...(value as Phrase));
      else parts.push(value as PhrasePart);
    }
    return parts;
  }
}

// -- The guide's data -----------------------------------------------------------------------------

export type GuidePlace =
  | { level: 'shown'; name: string; directions: string | null }
  | { level: Exclude<SitePublicLevel, 'shown'>; text: string }
  /** A service at an address its organisation made public with it. */
  | { level: 'address'; text: string };

export interface GuideDistribution {
  seriesId: string;
  date: string;
  startTime: string;
  endTime: string;
  time: Phrase;
  serviceType: string;
  icon: string;
  /** The service type's name in the page's language. */
  what: string;
  where: GuidePlace;
  organisation: string;
  /** "By <organisation>". */
  by: Phrase;
  change: Occurrence['change'];
  /** "Cancelled", "Changed: new time or place", "Extra date"; null when as usual. */
  notice: string | null;
}

export interface GuideDay {
  date: string;
  isToday: boolean;
  /** "Monday 3 March". */
  heading: Phrase;
  distributions: GuideDistribution[];
}

export type GuideServiceStatus = CapacityStatus | 'unconfirmed' | 'unknown';

export interface GuideService {
  id: string;
  /** The organisation's own name for it, as written (not translated). */
  name: string;
  serviceType: string;
  icon: string;
  what: string;
  organisation: string;
  by: Phrase;
  where: GuidePlace | null;
  status: GuideServiceStatus;
  /** A symbol beside the status word, so that colour is never the only sign. */
  statusIcon: string;
  statusText: Phrase;
  /** "Last confirmed at …", while the reading holds. */
  confirmed: Phrase | null;
  /** "6 of 40 places available", while the reading holds and counts places. */
  places: Phrase | null;
  hours: Phrase | null;
  /** The days it opens this week; null when every day. */
  days: Phrase | null;
  audience: Phrase | null;
}

export interface GuideOrganisation {
  name: string;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface GuideSectionText {
  section: GuideSection;
  title: string;
  body: string;
  /** The section about minors stands out on the page. */
  highlighted: boolean;
}

export interface GuideLanguageButton {
  code: GuideLanguageCode;
  ownName: string;
  dir: 'ltr' | 'rtl';
  current: boolean;
}

/** The built-in words the page lays out around the data, already in the page's language. */
export interface GuideLabels {
  title: string;
  heading: Phrase;
  intro: Phrase;
  languages: string;
  /** Said when `?lang=` asked for a language this guide does not show. */
  languageNotice: Phrase | null;
  printable: string;
  today: string;
  thisWeek: string;
  nothingToday: string;
  nothingThisDay: string;
  services: string;
  servicesIntro: string;
  noServices: string;
  emergency: string;
  emergencyIntro: string;
  organisations: string;
  organisationsIntro: string;
  phone: string;
  email: string;
  website: string;
  publishedBy: Phrase;
  generatedAt: Phrase;
  validUntil: Phrase;
  offline: string;
  /** The discreet note, when any text shown has not been reviewed in this language. */
  unreviewed: string | null;
}

export interface GuideData {
  platform: { slug: string; name: string };
  language: GuideLanguage & { code: GuideLanguageCode };
  /** What `?lang=` asked for, as given; null when nothing was asked. */
  requestedLanguage: string | null;
  /** True when the requested language is unknown or not shown here, so the first one is used. */
  languageFellBack: boolean;
  /** The platform's shown languages, in its order. */
  languages: GuideLanguageButton[];
  /** ISO 8601 instants. */
  generatedAt: string;
  /** The end of the seventh day (the start of the eighth, Paris time). */
  validUntil: string;
  labels: GuideLabels;
  /** Today first, then the six days after. */
  days: GuideDay[];
  services: GuideService[];
  emergencyNumbers: { number: string; label: string }[];
  organisations: GuideOrganisation[];
  sections: GuideSectionText[];
  /** Whether any text shown has not been reviewed in this language. */
  unreviewed: boolean;
}

export const guideDays = 7;

/** The French numbers a newcomer may need; free from any phone. */
export const emergencyNumbers = [
  { number: '112', key: 'n112' },
  { number: '15', key: 'n15' },
  { number: '17', key: 'n17' },
  { number: '18', key: 'n18' },
  { number: '115', key: 'n115' },
  { number: '119', key: 'n119' },
  { number: '196', key: 'n196' },
] as const satisfies readonly { number: string; key: keyof GuideStrings['emergencyNumbers'] }[];

const statusIcons: Record<GuideServiceStatus, string> = {
  open: '✅',
  limited: '⚠️',
  full: '⛔',
  closed: '🚫',
  unconfirmed: '❔',
  unknown: '❔',
};

/** Built-in words written by the team in these languages count as reviewed. */
const teamLanguages: readonly GuideLanguageCode[] = ['en', 'fr'];

const weekdayKeys = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const satisfies readonly (keyof GuideStrings['weekdays'])[];
const monthKeys = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const satisfies readonly (keyof GuideStrings['months'])[];

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: platformTimeZone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** HH:MM in Paris, 24 h, Latin digits whatever the language. */
function clockTime(instant: Date): string {
  return clock.format(instant);
}

// -- Reading --------------------------------------------------------------------------------------

/**
 * The guide of a platform, or undefined when there is no such platform. `lang` is the `?lang=`
 * asked for (null when none); an unknown or hidden one gives the platform's first language.
 * Without `?lang=`, the phone's own languages (`Accept-Language`) choose among those shown: a
 * newcomer whose phone reads Arabic lands on the Arabic page.
 */
export async function readGuide(
  deps: GuideDeps,
  platformSlug: string,
  options: { lang: string | null; now: Date; acceptLanguage?: string | null },
): Promise<GuideData | undefined> {
  const platform = await findPlatformBySlug(deps.db, platformSlug);
  if (!platform) return undefined;
  const { now } = options;

  const settings = readGuideLanguageSettings(await findGuideSettings(deps.db, platform.id));
  let shownCodes = settings.languages.filter((code) => !settings.hidden.includes(code));
  // Every language hidden still leaves a page to read.
  if (shownCodes.length === 0) shownCodes = ['en'];
  const requested = options.lang?.trim() ? options.lang.trim() : null;
  const { code, matched } =
    requested === null
      ? { code: preferredLanguage(options.acceptLanguage ?? null, shownCodes), matched: false }
      : chooseLanguage(requested, shownCodes);
  const language = guideLanguageOf(code) as GuideLanguage & { code: GuideLanguageCode };
  const words = new Words(guideStrings[code], language.script);

  const [schedule, capacity, organisationsOnPlatform, sectionRows, reviews] = await Promise.all([
    readSchedule(deps.boards, platform.slug),
    readCapacity(deps.boards, platform.slug),
    listOrganisationsOfPlatform(deps.db, platform.id),
    listGuideSections(deps.db, platform.id, code),
    teamLanguages.includes(code)
      ? Promise.resolve([])
      : listGuideReviews(deps.db, platform.id, code),
  ]);
  // Entries of an organisation that left the platform since are not its to publish any more.
  const organisationNames = new Map(organisationsOnPlatform.map((o) => [o.id, o.name]));
  const sites = new Map(schedule.sites.map((site) => [site.id, site]));
  const placeOf = (siteId: string): GuidePlace => sitePlace(words, sites.get(siteId));

  const today = localDateOf(now);
  const lastDay = addDays(today, guideDays - 1);
  const dateHeading = (date: string) => dayHeading(words, date);

  // Distributions: public series only, cancelled dates kept (people would go there otherwise).
  const occurrences = expandSchedule(schedule.source, today, lastDay).filter(
    (o) => o.public && organisationNames.has(o.organisationId),
  );
  const days: GuideDay[] = Array.from({ length: guideDays }, (_, index) => {
    const date = addDays(today, index);
    return {
      date,
      isToday: index === 0,
      heading: dateHeading(date),
      distributions: occurrences
        .filter((o) => o.date === date)
        .map((o) => distributionOf(words, o, placeOf(o.siteId), organisationNames)),
    };
  });

  const services = capacity.entries
    .filter(
      (entry) =>
        entry.service.public === true &&
        !entry.service.archived &&
        organisationNames.has(entry.organisationId),
    )
    .sort(byCatalogueThenName(organisationNames))
    .map((entry) =>
      serviceOf(words, entry, {
        now,
        today,
        lastDay,
        organisation: organisationNames.get(entry.organisationId)!,
        place: entry.service.siteId !== null ? placeOf(entry.service.siteId) : null,
      }),
    );

  // Contacts only of the organisations the reader meets on this page.
  const publishing = new Set([
    ...occurrences.map((o) => o.organisationId),
    ...capacity.entries
      .filter((e) => e.service.public === true && !e.service.archived)
      .map((e) => e.organisationId),
  ]);
  const organisations: GuideOrganisation[] = organisationsOnPlatform
    .filter((o) => publishing.has(o.id))
    .map((o) => ({
      name: o.name,
      phone: nonEmpty(o.contactPhone),
      email: nonEmpty(o.contactEmail),
      website: nonEmpty(o.website),
    }));

  const sections: GuideSectionText[] = guideSections.flatMap((section) => {
    const row = sectionRows.find((r) => r.section === section && r.body.trim() !== '');
    if (!row) return [];
    return [
      {
        section,
        title: words.text(`sections.${section}`),
        body: row.body.trim(),
        highlighted: section === 'minors',
      },
    ];
  });
  // A coordinator's own section in English or French is the team's text, like the built-ins.
  const sectionsUnreviewed =
    !teamLanguages.includes(code) &&
    sectionRows.some((r) => r.body.trim() !== '' && r.reviewedAt === null);

  const generatedAt = now;
  const validUntil = localInstant(addDays(lastDay, 1), '00:00');
  const instantText = (instant: Date, date: string): Phrase => [
    ...dateHeading(date),
    ' ',
    { ltr: clockTime(instant) },
  ];

  const languageFellBack = requested !== null && !matched;
  const labels: Omit<GuideLabels, 'unreviewed'> = {
    title: words.text('title'),
    heading: words.phrase('titleWithPlatform', { platform: { name: platform.name } }),
    intro: words.phrase('intro', { platform: { name: platform.name } }),
    languages: words.text('languages'),
    languageNotice: languageFellBack
      ? words.phrase('languageFallback', { language: language.ownName })
      : null,
    printable: words.text('printable'),
    today: words.text('today'),
    thisWeek: words.text('thisWeek'),
    nothingToday: words.text('nothingToday'),
    nothingThisDay: words.text('nothingThisDay'),
    services: words.text('services'),
    servicesIntro: words.text('servicesIntro'),
    noServices: words.text('noServices'),
    emergency: words.text('emergency'),
    emergencyIntro: words.text('emergencyIntro'),
    organisations: words.text('organisations'),
    organisationsIntro: words.text('organisationsIntro'),
    phone: words.text('phone'),
    email: words.text('email'),
    website: words.text('website'),
    publishedBy: words.phrase('publishedBy', {
      publisher: words.phrase('publisher', { platform: { name: platform.name } }),
    }),
    generatedAt: words.phrase('generatedAt', { time: instantText(generatedAt, today) }),
    // The last minute of the seventh day, as people read an end.
    validUntil: words.phrase('validUntil', {
      time: [...dateHeading(lastDay), ' ', { ltr: '23:59' }],
    }),
    offline: words.text('offline'),
  };
  const emergency = emergencyNumbers.map(({ number, key }) => ({
    number,
    label: words.text(`emergencyNumbers.${key}`),
  }));

  // Last: the note is about every word chosen above.
  const builtInsUnreviewed = !teamLanguages.includes(code) && unreviewedShown(words.shown, reviews);
  const unreviewed = builtInsUnreviewed || sectionsUnreviewed;

  return {
    platform: { slug: platform.slug, name: platform.name },
    language,
    requestedLanguage: requested,
    languageFellBack,
    languages: shownCodes.map((shown) => {
      const { ownName, dir } = guideLanguageOf(shown)!;
      return { code: shown, ownName, dir, current: shown === code };
    }),
    generatedAt: generatedAt.toISOString(),
    validUntil: validUntil.toISOString(),
    // Read after every other word, so that the note itself is not counted.
    labels: { ...labels, unreviewed: unreviewed ? words.text('unreviewed') : null },
    days,
    services,
    emergencyNumbers: emergency,
    organisations,
    sections,
    unreviewed,
  };
}

/**
 * The language of the page: the one asked for if the platform shows it (its code in any case, or
 * a regional variant of it: `fr-FR`), else the platform's first; `matched` says which.
 */
export function chooseLanguage(
  requested: string | null,
  shown: readonly GuideLanguageCode[],
): { code: GuideLanguageCode; matched: boolean } {
  if (requested !== null) {
    const asked = requested.toLowerCase();
    const match =
      shown.find((code) => code === asked) ?? shown.find((code) => asked.split('-')[0] === code);
    if (match) return { code: match, matched: true };
  }
  return { code: shown[0]!, matched: false };
}

/** BCP 47 tags from an `Accept-Language` header, most wanted first (RFC 9110 §12.5.4). */
export function acceptedLanguages(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/i.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/** Dari is written and read as Farsi on this guide. */
const languageAliases: Record<string, GuideLanguageCode> = { prs: 'fa' };

/** The first language the phone wants that the guide shows, else the platform's first. */
export function preferredLanguage(
  header: string | null,
  shown: readonly GuideLanguageCode[],
): GuideLanguageCode {
  for (const tag of acceptedLanguages(header)) {
    const primary = tag.split('-')[0]!;
    const match =
      shown.find((code) => code === tag) ??
      shown.find((code) => code === primary) ??
      shown.find((code) => code === languageAliases[primary]);
    if (match) return match;
  }
  return shown[0]!;
}

function unreviewedShown(
  shown: ReadonlyMap<GuideStringPath, string>,
  reviews: readonly { stringKey: string; text: string }[],
): boolean {
  const byKey = new Map(reviews.map((review) => [review.stringKey, review]));
  for (const [path, text] of shown) {
    if (!reviewHolds(byKey.get(guideReviewKeyOf(path)), text)) return true;
  }
  return false;
}

function dayHeading(words: Words, date: string): Phrase {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return words.phrase('dateFormat', {
    weekday: words.text(`weekdays.${weekdayKeys[weekdayOf(date)]!}`),
    day: { ltr: String(day) },
    month: words.text(`months.${monthKeys[month - 1]!}`),
  });
}

function sitePlace(words: Words, site: Entry<Site> | undefined): GuidePlace {
  // A site removed since is treated as the safe default.
  const level = site ? sitePublicLevelOf(site.fields) : 'field';
  if (site && level === 'shown') {
    return {
      level,
      name: site.fields.name,
      directions: nonEmpty(site.fields.publicDescription),
    };
  }
  return level === 'ask'
    ? { level, text: words.text('askAtInformationPoint') }
    : { level: 'field', text: words.text('placeAnnouncedOnSite') };
}

function serviceTypeWords(words: Words, code: string): { what: string; icon: string } {
  // A code this version does not know reads as general information.
  const known = isServiceTypeCode(code) ? code : 'information_point';
  return { what: words.text(`serviceTypes.${known}`), icon: serviceTypeOf(known)!.icon };
}

function distributionOf(
  words: Words,
  occurrence: Occurrence,
  where: GuidePlace,
  organisationNames: ReadonlyMap<string, string>,
): GuideDistribution {
  // What the field team recorded as cancelled is cancelled too; "disrupted" stays internal.
  const change: Occurrence['change'] =
    occurrence.state?.status === 'cancelled' ? 'cancelled' : occurrence.change;
  const organisation = organisationNames.get(occurrence.organisationId)!;
  const notice =
    change === 'cancelled'
      ? words.text('cancelled')
      : change === 'moved'
        ? words.text('movedNotice')
        : change === 'added'
          ? words.text('addedNotice')
          : null;
  return {
    seriesId: occurrence.seriesId,
    date: occurrence.date,
    startTime: occurrence.startTime,
    endTime: occurrence.endTime,
    time: words.phrase('timeRange', {
      start: { ltr: occurrence.startTime },
      end: { ltr: occurrence.endTime },
    }),
    serviceType: occurrence.serviceType,
    ...serviceTypeWords(words, occurrence.serviceType),
    where,
    organisation,
    by: words.phrase('byOrganisation', { organisation: { name: organisation } }),
    change,
    notice,
  };
}

function serviceOf(
  words: Words,
  entry: CapacityEntry,
  context: {
    now: Date;
    today: string;
    lastDay: string;
    organisation: string;
    place: GuidePlace | null;
  },
): GuideService {
  const { service, reading } = entry;
  const freshness = freshnessOf(service, reading, context.now);
  const at = reading ? new Date(reading.at) : null;
  const when = (instant: Date): Phrase => {
    const date = localDateOf(instant);
    return date === context.today
      ? [{ ltr: clockTime(instant) }]
      : [...dayHeading(words, date), ' ', { ltr: clockTime(instant) }];
  };

  let status: GuideServiceStatus;
  let statusText: Phrase;
  let confirmed: Phrase | null = null;
  let places: Phrase | null = null;
  if (freshness.kind === 'none' || !reading || !at || !isStatus(reading.status)) {
    status = 'unknown';
    statusText = [words.text('status.unknown')];
  } else if (freshness.kind === 'unconfirmed') {
    // The last reading no longer holds: its status word would mislead, so it is not shown.
    status = 'unconfirmed';
    statusText = words.phrase('status.unconfirmed', { time: when(at) });
  } else {
    status = reading.status;
    statusText = [words.text(`status.${reading.status}`)];
    confirmed = words.phrase('lastConfirmedAt', { time: when(at) });
    const total = reading.total ?? service.total;
    if (
      (status === 'open' || status === 'limited') &&
      typeof reading.available === 'number' &&
      typeof total === 'number'
    ) {
      places = words.phrase('placesAvailable', {
        available: { ltr: String(reading.available) },
        total: { ltr: String(total) },
      });
    }
  }

  const hours =
    service.opensAt && service.closesAt
      ? words.phrase('hours', {
          hours: words.phrase('timeRange', {
            start: { ltr: service.opensAt },
            end: { ltr: service.closesAt },
          }),
        })
      : service.opensAt === null && service.closesAt === null
        ? [words.text('openAllDay')]
        : null;

  let days: Phrase | null = null;
  if (service.rrule) {
    try {
      const open = recurrenceDates(
        service.rrule,
        context.today,
        null,
        context.today,
        context.lastDay,
      )
        .map((date) => weekdayOf(date))
        .sort((a, b) => a - b);
      days = words.phrase('openDays', {
        days: words.list(open.map((day) => words.text(`weekdays.${weekdayKeys[day]!}`))),
      });
    } catch {
      // A rule the board should not hold: say nothing rather than something wrong.
      days = null;
    }
  }

  const audienceCodes = service.audience
    .split(/\s+/)
    .filter((code): code is Audience => (audiences as readonly string[]).includes(code));
  const audience =
    audienceCodes.length > 0 && !audienceCodes.includes('everyone')
      ? words.phrase('forWhom', {
          audiences: words.list(audienceCodes.map((code) => words.text(`audiences.${code}`))),
        })
      : null;

  const address = nonEmpty(service.address);
  return {
    id: entry.id,
    name: service.name,
    serviceType: service.serviceType,
    ...serviceTypeWords(words, service.serviceType),
    organisation: context.organisation,
    by: words.phrase('byOrganisation', { organisation: { name: context.organisation } }),
    where: context.place ?? (address ? { level: 'address', text: address } : null),
    status,
    statusIcon: statusIcons[status],
    statusText,
    confirmed,
    places,
    hours,
    days,
    audience,
  };
}

function isStatus(value: unknown): value is CapacityStatus {
  return typeof value === 'string' && (capacityStatuses as readonly string[]).includes(value);
}

/** Services by the catalogue's order of types, then organisation, then name. */
function byCatalogueThenName(organisationNames: ReadonlyMap<string, string>) {
  const rank = (code: string) => {
    const index = serviceTypes.findIndex((type) => type.code === code);
    return index === -1 ? serviceTypes.length : index;
  };
  const compare = new Intl.Collator('fr', { sensitivity: 'base', numeric: true }).compare;
  return (a: CapacityEntry, b: CapacityEntry) =>
    rank(a.service.serviceType) - rank(b.service.serviceType) ||
    compare(
      organisationNames.get(a.organisationId) ?? '',
      organisationNames.get(b.organisationId) ?? '',
    ) ||
    compare(a.service.name, b.service.name) ||
    (a.id < b.id ? -1 : 1);
}

function nonEmpty(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
