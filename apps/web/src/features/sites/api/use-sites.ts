/** The platform's sites as the schedule board holds them, and the two ways to change them. */
import { scheduleBoard, type Entry, type Site } from '@opale/core';
import { useMemo } from 'react';
import type { LiveBoard, LiveBoardSnapshot } from '@/lib/live-board/live-board';

/** Read again whenever the board changes, from anyone. */
export function useSites(snapshot: LiveBoardSnapshot | null): Entry<Site>[] {
  const doc = snapshot?.doc;
  const revision = snapshot?.revision;
  return useMemo(
    () => (doc && revision !== undefined ? scheduleBoard.sites(doc) : []),
    [doc, revision],
  );
}

/** Writes a new site into the board (locally at once; sent now or when the connection is back). */
export function addSite(board: LiveBoard, site: Site): string {
  const id = crypto.randomUUID();
  scheduleBoard.writeSite(board.doc, id, site);
  return id;
}

/** Writes only the given fields, so that others' changes to other fields survive. */
export function updateSite(board: LiveBoard, id: string, fields: Partial<Site>): void {
  if (Object.keys(fields).length === 0) return;
  scheduleBoard.writeSite(board.doc, id, fields);
}
