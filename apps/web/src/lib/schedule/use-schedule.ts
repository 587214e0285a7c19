/**
 * The schedule board as the distribution screens read it: everything recurrence expansion needs,
 * and the platform's sites, read again whenever the board changes, from anyone.
 */
import { scheduleBoard, type Entry, type ScheduleSource, type Site } from '@opale/core';
import { useMemo } from 'react';
import type { LiveBoardSnapshot } from '../live-board/live-board';

export interface ScheduleView {
  source: ScheduleSource;
  sites: Entry<Site>[];
  /** Site names by id, for occurrences (a closed site keeps its name). */
  siteNames: ReadonlyMap<string, string>;
}

const nothing: ScheduleView = {
  source: { series: [], exceptions: new Map(), states: new Map() },
  sites: [],
  siteNames: new Map(),
};

export function useSchedule(snapshot: LiveBoardSnapshot | null): ScheduleView {
  const doc = snapshot?.doc;
  const revision = snapshot?.revision;
  return useMemo(() => {
    if (!doc || revision === undefined) return nothing;
    const sites = scheduleBoard.sites(doc);
    return {
      source: scheduleBoard.source(doc),
      sites,
      siteNames: new Map(sites.map((site) => [site.id, site.fields.name])),
    };
  }, [doc, revision]);
}
