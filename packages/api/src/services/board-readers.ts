/**
 * One reader per board for everything that is not a live client (DESIGN.md §3): the schedule
 * import and the capacity history here, and in the server the exports and calendar feeds. Each
 * reads the same persisted state the live clients edit, through the sync server, never a second
 * copy that could drift.
 * The agenda's reader (`agenda-reader.ts`) also decides which group boards a reader may see.
 */
import {
  capacityBoard,
  docNameOf,
  scheduleBoard,
  type CapacityEntry,
  type Entry,
  type ScheduleSource,
  type Series,
  type Site,
} from '@opale/core';
import type { LiveBoards } from '../context';

export interface ScheduleBoardView {
  /** Everything recurrence expansion needs (`expandSchedule`). */
  source: ScheduleSource;
  sites: Entry<Site>[];
  /** Site names by id; a series may name a site removed since (the caller shows its id). */
  siteNames: Map<string, string>;
}

export function scheduleDocName(platformSlug: string): string {
  return docNameOf({ board: 'schedule', platform: platformSlug, group: null });
}

/** The schedule board of a platform as it stands now. */
export async function readSchedule(
  boards: Pick<LiveBoards, 'readDocument'>,
  platformSlug: string,
): Promise<ScheduleBoardView> {
  const doc = await boards.readDocument(scheduleDocName(platformSlug));
  try {
    const sites = scheduleBoard.sites(doc);
    return {
      source: scheduleBoard.source(doc),
      sites,
      siteNames: new Map(sites.map((site) => [site.id, site.fields.name])),
    };
  } finally {
    doc.destroy();
  }
}

/** The series of one organisation in a view (`org:<id>` root). */
export function seriesOfOrganisation(
  view: Pick<ScheduleBoardView, 'source'>,
  organisationId: string,
): Entry<Series>[] {
  return view.source.series.filter((entry) => entry.root === `org:${organisationId}`);
}

export interface CapacityBoardView {
  /** Every service of the board with its latest reading, archived ones included. */
  entries: CapacityEntry[];
}

export function capacityDocName(platformSlug: string): string {
  return docNameOf({ board: 'capacity', platform: platformSlug, group: null });
}

/** The capacity board of a platform as it stands now. */
export async function readCapacity(
  boards: Pick<LiveBoards, 'readDocument'>,
  platformSlug: string,
): Promise<CapacityBoardView> {
  const doc = await boards.readDocument(capacityDocName(platformSlug));
  try {
    return { entries: capacityBoard.entries(doc) };
  } finally {
    doc.destroy();
  }
}
