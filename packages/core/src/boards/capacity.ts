/**
 * The capacity board (`capacity:<platform>`): each organisation's services — shelters, medical
 * consultations, showers, legal information, transport to shelter … — and, for each, its latest
 * reading: open, limited, full or closed, how many places are free, who confirmed it and when.
 *
 * Where things live (the write-rule table names the same places): a service's definition under
 * its organisation's root, `org:<orgId>` › `service:<id>` (its reps); its latest reading beside
 * it, `org:<orgId>` › `reading:<id>` (also its field team). Every reading also goes to the SQL
 * history as the server accepts it.
 */
import type * as Y from 'yjs';
import { deleteEntry, entryKey, listEntries, readEntry, writeEntry, type Entry } from './entries';
import { organisationRoot } from './write-rules';

export const capacityStatuses = ['open', 'limited', 'full', 'closed'] as const;
export type CapacityStatus = (typeof capacityStatuses)[number];

export function isCapacityStatus(value: unknown): value is CapacityStatus {
  return typeof value === 'string' && (capacityStatuses as readonly string[]).includes(value);
}

/** Who a service is for: categories of people, never people. */
export const audiences = [
  'everyone',
  'single_men',
  'women',
  'families',
  'unaccompanied_minors',
  'vulnerable_people',
] as const;
export type Audience = (typeof audiences)[number];

/** What a service counts its capacity in. */
export const capacityUnits = ['beds', 'places', 'slots', 'seats', 'kits'] as const;
export type CapacityUnit = (typeof capacityUnits)[number];

export type CapacityService = {
  name: string;
  /** A code of the service-type catalogue (`shelter`, `medical_consultation`, …). */
  serviceType: string;
  /** A site of the schedule board, or null when the service is at an address. */
  siteId: string | null;
  address: string | null;
  /** Opening days as an RRULE without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=MO,WE,FR`; null: every day. */
  rrule: string | null;
  /** Opening hours, HH:MM in Paris; null when open around the clock. */
  opensAt: string | null;
  closesAt: string | null;
  /** Audiences, space-separated (see `audiences`); empty means everyone. */
  audience: string;
  unit: CapacityUnit | null;
  total: number | null;
  /** Shown in the public Arrival Guide; internal otherwise. */
  public: boolean;
  /**
   * After how many minutes without a new reading it shows as unconfirmed; null for the default of
   * its type (`defaultStaleAfterMinutes`).
   */
  staleAfterMinutes: number | null;
  /** Hidden from the board (kept for its history). */
  archived: boolean;
};

export type CapacityReading = {
  status: CapacityStatus;
  /** Free places now, of `total`; null when not counted. */
  available: number | null;
  total: number | null;
  /** Short and about the service ("2 beds for families"): never about a person. */
  note: string | null;
  /** The name of who confirmed it, as shown; the SQL history keeps the account the server saw. */
  by: string;
  /** When it was confirmed (ISO 8601), on the device: a reading taken offline keeps its time. */
  at: string;
};

/** Shelters and transport to them change by the hour; other services by the day. */
export function defaultStaleAfterMinutes(serviceType: string): number {
  return serviceType === 'shelter' || serviceType === 'shelter_transport' ? 3 * 60 : 24 * 60;
}

export function staleAfterMinutes(
  service: Pick<CapacityService, 'serviceType' | 'staleAfterMinutes'>,
): number {
  const own = service.staleAfterMinutes;
  return typeof own === 'number' && Number.isFinite(own) && own > 0
    ? own
    : defaultStaleAfterMinutes(service.serviceType);
}

export type Freshness =
  | { kind: 'none' }
  | { kind: 'confirmed'; ageMinutes: number; staleAt: Date }
  | { kind: 'unconfirmed'; ageMinutes: number; staleAt: Date };

/**
 * Whether a service's latest reading still holds at `now`. A reading is confirmed up to and
 * including its threshold (a shelter confirmed at 18:00 with 3 hours is still confirmed at
 * 21:00:00) and unconfirmed after it. Instants, so the clock changes cannot shift it. A reading
 * dated in the future (a phone's clock ahead) counts as just taken.
 */
export function freshnessOf(
  service: Pick<CapacityService, 'serviceType' | 'staleAfterMinutes'>,
  reading: Pick<CapacityReading, 'at'> | null,
  now: Date,
): Freshness {
  if (!reading) return { kind: 'none' };
  const at = Date.parse(reading.at);
  if (Number.isNaN(at)) return { kind: 'none' };
  const thresholdMs = staleAfterMinutes(service) * 60_000;
  const staleAt = new Date(at + thresholdMs);
  const ageMs = Math.max(0, now.getTime() - at);
  const ageMinutes = Math.floor(ageMs / 60_000);
  return ageMs > thresholdMs
    ? { kind: 'unconfirmed', ageMinutes, staleAt }
    : { kind: 'confirmed', ageMinutes, staleAt };
}

function completeService(fields: Partial<CapacityService> & { name: string }): CapacityService {
  return {
    name: fields.name,
    serviceType: fields.serviceType ?? 'information_point',
    siteId: fields.siteId ?? null,
    address: fields.address ?? null,
    rrule: fields.rrule ?? null,
    opensAt: fields.opensAt ?? null,
    closesAt: fields.closesAt ?? null,
    audience: fields.audience ?? '',
    unit: fields.unit ?? null,
    total: fields.total ?? null,
    public: fields.public ?? false,
    staleAfterMinutes: fields.staleAfterMinutes ?? null,
    archived: fields.archived ?? false,
  };
}

/** A service with the organisation it belongs to and its latest reading. */
export interface CapacityEntry {
  id: string;
  organisationId: string;
  service: CapacityService;
  reading: CapacityReading | null;
}

export const capacityBoard = {
  writeService(doc: Y.Doc, organisationId: string, id: string, service: Partial<CapacityService>) {
    writeEntry(doc, organisationRoot(organisationId), entryKey('service', id), service);
  },
  removeService(doc: Y.Doc, organisationId: string, id: string) {
    doc.transact(() => {
      deleteEntry(doc, organisationRoot(organisationId), entryKey('service', id));
      deleteEntry(doc, organisationRoot(organisationId), entryKey('reading', id));
    });
  },
  services(doc: Y.Doc): Entry<CapacityService>[] {
    return listEntries<Partial<CapacityService> & { name: string }>(doc, 'org:', 'service').map(
      (entry) => ({ ...entry, fields: completeService(entry.fields) }),
    );
  },
  /** Replaces the latest reading whole: a reading is one confirmation, never a mix of two. */
  recordReading(doc: Y.Doc, organisationId: string, serviceId: string, reading: CapacityReading) {
    writeEntry(doc, organisationRoot(organisationId), entryKey('reading', serviceId), reading);
  },
  reading(doc: Y.Doc, organisationId: string, serviceId: string): CapacityReading | null {
    return readEntry<CapacityReading>(
      doc,
      organisationRoot(organisationId),
      entryKey('reading', serviceId),
    );
  },
  /** Every service of the board with its latest reading, in a stable order. */
  entries(doc: Y.Doc): CapacityEntry[] {
    const readings = new Map<string, CapacityReading>();
    for (const entry of listEntries<CapacityReading>(doc, 'org:', 'reading')) {
      readings.set(`${entry.root}\u0000${entry.id}`, entry.fields);
    }
    return capacityBoard.services(doc).map((entry) => ({
      id: entry.id,
      organisationId: entry.root.slice('org:'.length),
      service: entry.fields,
      reading: readings.get(`${entry.root}\u0000${entry.id}`) ?? null,
    }));
  },
};
