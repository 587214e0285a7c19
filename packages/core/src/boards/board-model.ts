import type * as Y from 'yjs';
import { deleteEntry, entryKey, listEntries, readEntry, writeEntry, type Entry } from './entries';
import { organisationRoot } from './write-rules';
import type { ScheduleSource, SeriesException } from '../schedule/recurrence';
import type { SitePublicLevel } from '../guide/languages';

/**
 * Typed reads and writes of the schedule and capacity boards (the agenda's are in agenda.ts, the capacity board's in capacity.ts), used alike by the web app, server-side readers
 * (feeds, guide, exports) and tests. Later features add fields; the locations stay as the
 * write-rule table names them.
 */

// -- Schedule -----------------------------------------------------------------------------------

export type Site = {
  name: string;
  area: string | null;
  description: string | null;
  locationText: string | null;
  /** First day in use (YYYY-MM-DD, Paris); null when not known. */
  activeFrom: string | null;
  /** The day it closed, e.g. after an eviction (YYYY-MM-DD, Paris): no longer in use from then. */
  activeUntil: string | null;
  /**
   * What the public Arrival Guide says of the place: `shown` its name and `publicDescription`,
   * `field` only that the place is announced on the spot, `ask` to ask at the information point.
   * Null (and sites written before the guide) reads as `field`: a place is never published by
   * default.
   */
  publicLevel: SitePublicLevel | null;
  /** Directions written for the public guide; the internal `description` never goes there. */
  publicDescription: string | null;
};

/** A site's public level, `field` when none was chosen (or a value this version does not know). */
export function sitePublicLevelOf(site: Pick<Site, 'publicLevel'>): SitePublicLevel {
  const level = site.publicLevel as string | null | undefined;
  return level === 'shown' || level === 'ask' ? level : 'field';
}

export type SiteStatus = 'upcoming' | 'active' | 'closed';

/**
 * Where a site stands on a day (YYYY-MM-DD, Paris): in use from `activeFrom` until the day it
 * closed, `activeUntil`, which is the first day it no longer serves. A closed site is kept, so
 * that past distributions still name their place.
 */
export function siteStatusOn(
  site: Pick<Site, 'activeFrom' | 'activeUntil'>,
  day: string,
): SiteStatus {
  if (site.activeUntil !== null && day >= site.activeUntil) return 'closed';
  if (site.activeFrom !== null && day < site.activeFrom) return 'upcoming';
  return 'active';
}

export type Series = {
  siteId: string;
  serviceType: string;
  rrule: string;
  startTime: string;
  endTime: string;
  validFrom: string;
  validUntil: string | null;
  expectedQuantity: number | null;
  notes: string | null;
  public: boolean;
};

export const occurrenceStatuses = ['planned', 'done', 'cancelled', 'disrupted'] as const;
export type OccurrenceStatus = (typeof occurrenceStatuses)[number];

export type OccurrenceState = {
  status: OccurrenceStatus;
  servedCount: number | null;
  note: string | null;
  by: string;
  at: string;
};

export const scheduleBoard = {
  sitesRoot: 'sites',
  writeSite(doc: Y.Doc, id: string, site: Partial<Site>) {
    writeEntry(doc, 'sites', entryKey('site', id), site);
  },
  sites(doc: Y.Doc): Entry<Site>[] {
    return listEntries<Site>(doc, 'sites', 'site');
  },
  writeSeries(doc: Y.Doc, organisationId: string, id: string, series: Partial<Series>) {
    writeEntry(doc, organisationRoot(organisationId), entryKey('series', id), series);
  },
  removeSeries(doc: Y.Doc, organisationId: string, id: string) {
    deleteEntry(doc, organisationRoot(organisationId), entryKey('series', id));
  },
  series(doc: Y.Doc): Entry<Series>[] {
    return listEntries<Series>(doc, 'org:', 'series');
  },
  setOccurrenceState(
    doc: Y.Doc,
    organisationId: string,
    seriesId: string,
    date: string,
    state: OccurrenceState,
  ) {
    writeEntry(
      doc,
      organisationRoot(organisationId),
      entryKey('status', `${seriesId}:${date}`),
      state,
    );
  },
  occurrenceState(
    doc: Y.Doc,
    organisationId: string,
    seriesId: string,
    date: string,
  ): OccurrenceState | null {
    return readEntry<OccurrenceState>(
      doc,
      organisationRoot(organisationId),
      entryKey('status', `${seriesId}:${date}`),
    );
  },
  /** Cancels, moves or adds one date of a series (`null` removes the change). */
  writeException(
    doc: Y.Doc,
    organisationId: string,
    seriesId: string,
    date: string,
    exception: SeriesException | null,
  ) {
    const key = entryKey('exception', `${seriesId}:${date}`);
    if (exception === null) deleteEntry(doc, organisationRoot(organisationId), key);
    else writeEntry(doc, organisationRoot(organisationId), key, exception);
  },
  /** Everything recurrence expansion needs, read from the board in one pass. */
  source(doc: Y.Doc): ScheduleSource {
    const exceptions = new Map<string, SeriesException>();
    for (const entry of listEntries<SeriesException>(doc, 'org:', 'exception')) {
      exceptions.set(entry.id, entry.fields);
    }
    const states = new Map<string, OccurrenceState>();
    for (const entry of listEntries<OccurrenceState>(doc, 'org:', 'status')) {
      states.set(entry.id, entry.fields);
    }
    return { series: scheduleBoard.series(doc), exceptions, states };
  },
};
