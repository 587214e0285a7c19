/**
 * The platform's public services as Open Referral's Human Services Data Specification (HSDS 3.1:
 * 3.0 plus `service_capacity` and `unit`), so that directories and referral tools can list them
 * without anyone retyping the guide: `GET /guide/<platform>/hsds.json`.
 *
 * The shape is HSDS's tabular form written as JSON: one array per HSDS table (`organization`,
 * `service`, `location`, `service_at_location`, `schedule`, `service_capacity`, `phone`), rows
 * linked by their `…_id` fields, each row a valid HSDS object of that table.
 *
 * What goes in is what the public guide shows and nothing more:
 * - each public distribution series of the schedule board → a service and its schedule; its
 *   site → a location (and the service at that location) only when the site's public level is
 *   `shown`, and then only its name and its public directions;
 * - each public, not archived service of the capacity board → a service, its opening days and
 *   hours → a schedule, its site as above or else the address published with it → a location,
 *   and its latest reading, while it is still confirmed → its capacity;
 * - the organisations on this platform that run them, with their public contacts.
 * Never a series or service marked internal, a site kept to the field, another platform's
 * entries, who confirmed a reading, or any note.
 *
 * Ids are UUIDs derived from the platform and the board's own ids (name-based, RFC 9562 version
 * 5), so they stay the same from one export to the next.
 */
import { createHash } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { readCapacity, readSchedule, type ApiDeps } from '@opale/api';
import {
  checkRule,
  freshnessOf,
  isLocalDate,
  isLocalTime,
  localDateOf,
  platformTimeZone,
  serviceTypes,
  siteStatusOn,
  sitePublicLevelOf,
  type Audience,
  type CapacityEntry,
  type Entry,
  type Series,
  type Site,
} from '@opale/core';
import { findPlatformBySlug, listOrganisationsOfPlatform, type Organisation } from '@opale/db';

export const hsdsVersion = '3.1';

// -- HSDS rows (the fields Opale fills) ---------------------------------------------------------

export interface HsdsPhone {
  id: string;
  organization_id: string;
  number: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  email?: string;
  website?: string;
}

export type HsdsServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description?: string;
  status: HsdsServiceStatus;
  eligibility_description?: string;
  url: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  name: string;
  description?: string;
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
}

/** The RRULE parts of an HSDS schedule. */
export interface HsdsRecurrence {
  freq: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  bymonthday?: string;
  count?: number;
  until?: string;
  wkst?: string;
}

export interface HsdsSchedule extends Partial<HsdsRecurrence> {
  id: string;
  service_id?: string;
  service_at_location_id?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  timezone: number;
  opens_at?: string;
  closes_at?: string;
  description?: string;
}

export interface HsdsUnit {
  id: string;
  name: string;
  scheme: string;
  identifier: string;
}

export interface HsdsServiceCapacity {
  id: string;
  service_id: string;
  unit: HsdsUnit;
  available: number;
  maximum?: number;
  updated: string;
}

export interface HsdsExport {
  hsds_version: typeof hsdsVersion;
  generated_at: string;
  publisher: { name: string; guide_url: string };
  organization: HsdsOrganization[];
  service: HsdsService[];
  location: HsdsLocation[];
  service_at_location: HsdsServiceAtLocation[];
  schedule: HsdsSchedule[];
  service_capacity: HsdsServiceCapacity[];
  phone: HsdsPhone[];
}

// -- Ids ----------------------------------------------------------------------------------------

/** The namespace of every id Opale derives for HSDS (a fixed random UUID). */
const idNamespace = Buffer.from('6f3c2a1e8b4d4c7a9e5f0d1b2c3a4f5e', 'hex');

/** A name-based UUID (version 5): the same parts always give the same id. */
export function derivedId(...parts: string[]): string {
  const hash = createHash('sha1').update(idNamespace).update(parts.join('\u0000')).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// -- Recurrence ---------------------------------------------------------------------------------

const everyDay = 'MO,TU,WE,TH,FR,SA,SU';

/**
 * An Opale recurrence (checked by `checkRule`) as HSDS schedule fields, or null when HSDS cannot
 * say it: HSDS 3 repeats weekly or monthly, so a daily rule becomes weekly on every day (or on
 * its BYDAY days), which only holds every single day; BYMONTH and BYSETPOS have no field.
 */
export function hsdsRecurrence(rule: string): HsdsRecurrence | null {
  const parts = new Map<string, string>();
  for (const part of rule
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase()
    .split(';')) {
    const at = part.indexOf('=');
    if (at > 0) parts.set(part.slice(0, at), part.slice(at + 1));
  }
  const freq = parts.get('FREQ');
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const byday = parts.get('BYDAY');
  const bymonthday = parts.get('BYMONTHDAY');
  if (parts.has('BYMONTH') || parts.has('BYSETPOS')) return null;

  let recurrence: HsdsRecurrence;
  if (freq === 'DAILY') {
    if (interval !== 1 || bymonthday !== undefined) return null;
    recurrence = { freq: 'WEEKLY', byday: byday ?? everyDay };
  } else if (freq === 'WEEKLY') {
    // A weekly rule's days carry no ordinal, and a weekly rule by day of the month has no field.
    if (bymonthday !== undefined || (byday !== undefined && /\d/.test(byday))) return null;
    recurrence = { freq: 'WEEKLY', ...(interval !== 1 && { interval }) };
    if (byday !== undefined) recurrence.byday = byday;
  } else if (freq === 'MONTHLY') {
    recurrence = { freq: 'MONTHLY', ...(interval !== 1 && { interval }) };
    if (byday !== undefined) recurrence.byday = byday;
    if (bymonthday !== undefined) recurrence.bymonthday = bymonthday;
  } else {
    return null;
  }
  const count = parts.get('COUNT');
  if (count !== undefined) recurrence.count = Number(count);
  const until = parts.get('UNTIL');
  if (until !== undefined) {
    recurrence.until = `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`;
  }
  const wkst = parts.get('WKST');
  if (wkst !== undefined) recurrence.wkst = wkst;
  return recurrence;
}

/** Paris's offset from UTC at an instant, in hours (1 in winter, 2 in summer). */
export function parisOffsetHours(instant: Date): number {
  return -new TZDate(instant.getTime(), platformTimeZone).getTimezoneOffset() / 60;
}

/** `HH:MM` in Paris as an RFC 3339 time with the offset given (`12:00:00+01:00`). */
function timeWithOffset(time: string, offsetHours: number): string {
  const sign = offsetHours < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offsetHours) * 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${time}:00${sign}${hh}:${mm}`;
}

// -- The export ---------------------------------------------------------------------------------

const organisationKindNames: Record<string, string> = {
  association: 'Association',
  ngo: 'NGO',
  uk_charity: 'UK charity',
  collective: 'Collective',
  state_service: 'State service',
  other: 'Organisation',
};

const audienceNames: Record<Audience, string> = {
  everyone: 'Everyone',
  single_men: 'Single men',
  women: 'Women',
  families: 'Families',
  unaccompanied_minors: 'Unaccompanied minors',
  vulnerable_people: 'Vulnerable people',
};

function serviceTypeName(code: string): string {
  return serviceTypes.find((type) => type.code === code)?.name.en ?? code;
}

function earlier(a: string | undefined, b: string | null): string | undefined {
  if (b === null) return a;
  return a === undefined || b < a ? b : a;
}

export interface HsdsSources {
  platform: { slug: string; name: string };
  /** The organisations on this platform. */
  organisations: Organisation[];
  series: Entry<Series>[];
  sites: Entry<Site>[];
  services: CapacityEntry[];
  now: Date;
  /** `https://opale.example`, for the guide's address. */
  publicOrigin: string;
}

/** The HSDS export of what a platform shows in public (pure: the sources are read by the caller). */
export function hsdsExportOf(sources: HsdsSources): HsdsExport {
  const { platform, now } = sources;
  const today = localDateOf(now);
  const timezone = parisOffsetHours(now);
  const guideUrl = `${sources.publicOrigin}/guide/${encodeURIComponent(platform.slug)}`;
  const id = (...parts: string[]) => derivedId(platform.slug, ...parts);
  const onPlatform = new Map(sources.organisations.map((o) => [o.id, o]));
  const sitesById = new Map(sources.sites.map((site) => [site.id, site.fields]));

  const out: HsdsExport = {
    hsds_version: hsdsVersion,
    generated_at: now.toISOString(),
    publisher: { name: `${platform.name} organisations' platform`, guide_url: guideUrl },
    organization: [],
    service: [],
    location: [],
    service_at_location: [],
    schedule: [],
    service_capacity: [],
    phone: [],
  };
  const running = new Set<string>();
  const located = new Set<string>();

  /** The site's location, when the guide may show its place; null otherwise. */
  const locationOf = (siteId: string | null): string | null => {
    if (siteId === null) return null;
    const site = sitesById.get(siteId);
    if (!site || sitePublicLevelOf(site) !== 'shown' || siteStatusOn(site, today) === 'closed') {
      return null;
    }
    const locationId = id('location', siteId);
    if (!located.has(siteId)) {
      located.add(siteId);
      out.location.push({
        id: locationId,
        location_type: 'physical',
        name: site.name,
        ...(site.publicDescription && { description: site.publicDescription }),
      });
    }
    return locationId;
  };

  /** The address a service published with it, as its own location (free text: its name). */
  const addressLocation = (key: string, address: string | null): string | null => {
    const text = address?.trim();
    if (!text) return null;
    const locationId = id('location', key);
    out.location.push({ id: locationId, location_type: 'physical', name: text });
    return locationId;
  };

  /**
   * Links a service to its place, as the guide shows it: a site only when shown; an address only
   * when the service has no site. The schedule then hangs on the link.
   */
  const attach = (
    serviceId: string,
    key: string,
    siteId: string | null,
    address?: string | null,
  ) => {
    const locationId = siteId !== null ? locationOf(siteId) : addressLocation(key, address ?? null);
    if (locationId === null) return { service_id: serviceId };
    const linkId = id('service_at_location', key);
    out.service_at_location.push({ id: linkId, service_id: serviceId, location_id: locationId });
    return { service_at_location_id: linkId };
  };

  // Distribution series of the schedule board.
  for (const entry of sources.series) {
    const series = entry.fields;
    const organisationId = entry.root.slice('org:'.length);
    if (series.public !== true || !onPlatform.has(organisationId)) continue;
    if (series.validUntil !== null && series.validUntil < today) continue;
    if (!isLocalDate(series.validFrom) || !isLocalTime(series.startTime)) continue;
    if (!isLocalTime(series.endTime) || !checkRule(series.rrule).ok) continue;
    const recurrence = hsdsRecurrence(series.rrule);
    if (recurrence !== null) recurrence.until = earlier(recurrence.until, series.validUntil);
    if (recurrence?.until !== undefined && recurrence.until < today) continue;

    const serviceId = id('series', entry.id);
    running.add(organisationId);
    out.service.push({
      id: serviceId,
      organization_id: derivedId('organization', organisationId),
      name: serviceTypeName(series.serviceType),
      status: 'active',
      url: guideUrl,
    });
    out.schedule.push({
      id: id('schedule', 'series', entry.id),
      ...attach(serviceId, `series:${entry.id}`, series.siteId),
      valid_from: series.validFrom,
      ...(series.validUntil !== null && { valid_to: series.validUntil }),
      dtstart: series.validFrom,
      ...(recurrence ?? { description: `Recurrence (RFC 5545): ${series.rrule}` }),
      timezone,
      opens_at: timeWithOffset(series.startTime, timezone),
      closes_at: timeWithOffset(series.endTime, timezone),
    });
  }

  // Services of the capacity board.
  for (const entry of sources.services) {
    const service = entry.service;
    if (service.public !== true || service.archived || !onPlatform.has(entry.organisationId)) {
      continue;
    }
    const serviceId = id('service', entry.id);
    running.add(entry.organisationId);
    const eligibility = service.audience
      .split(/\s+/)
      .filter((code): code is keyof typeof audienceNames => code in audienceNames)
      .map((code) => audienceNames[code]);
    out.service.push({
      id: serviceId,
      organization_id: derivedId('organization', entry.organisationId),
      name: service.name,
      description: serviceTypeName(service.serviceType),
      status: 'active',
      ...(eligibility.length > 0 && { eligibility_description: eligibility.join(', ') }),
      url: guideUrl,
    });

    // No rule: every day. A rule the board should not hold: no days rather than wrong ones.
    const notes: string[] = [];
    let recurrence: HsdsRecurrence | null = null;
    if (service.rrule === null) recurrence = { freq: 'WEEKLY', byday: everyDay };
    else if (checkRule(service.rrule).ok) {
      recurrence = hsdsRecurrence(service.rrule);
      if (recurrence === null) notes.push(`Recurrence (RFC 5545): ${service.rrule}`);
    }
    const { opensAt, closesAt } = service;
    const hours =
      opensAt !== null && closesAt !== null && isLocalTime(opensAt) && isLocalTime(closesAt)
        ? {
            opens_at: timeWithOffset(opensAt, timezone),
            closes_at: timeWithOffset(closesAt, timezone),
          }
        : {};
    if (opensAt === null && closesAt === null) notes.push('Open around the clock.');
    out.schedule.push({
      id: id('schedule', 'service', entry.id),
      ...attach(serviceId, `service:${entry.id}`, service.siteId, service.address),
      ...recurrence,
      timezone,
      ...hours,
      ...(notes.length > 0 && { description: notes.join(' ') }),
    });

    // A reading past its threshold is no longer vouched for: the guide shows it as unconfirmed,
    // and a directory must not send anyone to beds that may have gone.
    const reading = entry.reading;
    if (reading && freshnessOf(service, reading, now).kind === 'confirmed') {
      // Closed: no place to count now; full: none free, whatever was typed.
      const available =
        reading.status === 'full' ? 0 : reading.status === 'closed' ? null : reading.available;
      const unit = service.unit ?? 'places';
      if (available !== null) {
        const maximum = reading.total ?? service.total;
        out.service_capacity.push({
          id: id('service_capacity', entry.id),
          service_id: serviceId,
          unit: { id: derivedId('unit', unit), name: unit, scheme: 'opale', identifier: unit },
          available,
          ...(maximum !== null && { maximum }),
          updated: new Date(reading.at).toISOString(),
        });
      }
    }
  }

  for (const organisation of sources.organisations) {
    if (!running.has(organisation.id)) continue;
    const organisationId = derivedId('organization', organisation.id);
    out.organization.push({
      id: organisationId,
      name: organisation.name,
      ...(organisation.shortName !== organisation.name && {
        alternate_name: organisation.shortName,
      }),
      description: `${organisationKindNames[organisation.kind] ?? organisationKindNames.other} on the ${platform.name} platform.`,
      ...(organisation.contactEmail && { email: organisation.contactEmail }),
      ...(organisation.website && { website: organisation.website }),
    });
    if (organisation.contactPhone) {
      out.phone.push({
        id: derivedId('phone', organisation.id),
        organization_id: organisationId,
        number: organisation.contactPhone,
      });
    }
  }
  return out;
}

/** The HSDS export of a platform by its slug; null when there is no such platform. */
export async function readHsdsExport(
  deps: Pick<ApiDeps, 'db' | 'boards' | 'now' | 'publicOrigin'>,
  platformSlug: string,
): Promise<HsdsExport | null> {
  const platform = await findPlatformBySlug(deps.db, platformSlug);
  if (!platform) return null;
  const [schedule, capacity, organisations] = await Promise.all([
    readSchedule(deps.boards, platform.slug),
    readCapacity(deps.boards, platform.slug),
    listOrganisationsOfPlatform(deps.db, platform.id),
  ]);
  return hsdsExportOf({
    platform,
    organisations,
    series: schedule.source.series,
    sites: schedule.sites,
    services: capacity.entries,
    now: deps.now(),
    publicOrigin: deps.publicOrigin,
  });
}
