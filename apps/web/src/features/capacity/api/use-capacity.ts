/** The capacity board's services and readings as the screen reads them, and the ways to change them. */
import {
  capacityBoard,
  type CapacityEntry,
  type CapacityReading,
  type CapacityService,
} from '@opale/core';
import { useMemo } from 'react';
import type { LiveBoard, LiveBoardSnapshot } from '@/lib/live-board/live-board';

/** Read again whenever the board changes, from anyone. */
export function useCapacityEntries(snapshot: LiveBoardSnapshot | null): CapacityEntry[] {
  const doc = snapshot?.doc;
  const revision = snapshot?.revision;
  return useMemo(
    () => (doc && revision !== undefined ? capacityBoard.entries(doc) : []),
    [doc, revision],
  );
}

/** Writes a new service into the board (locally at once; sent now or when the connection is back). */
export function addService(
  board: LiveBoard,
  organisationId: string,
  service: CapacityService,
): string {
  const id = crypto.randomUUID();
  capacityBoard.writeService(board.doc, organisationId, id, service);
  return id;
}

/** Writes only the given fields, so that others' changes to other fields survive. */
export function updateService(
  board: LiveBoard,
  organisationId: string,
  id: string,
  fields: Partial<CapacityService>,
): void {
  if (Object.keys(fields).length === 0) return;
  capacityBoard.writeService(board.doc, organisationId, id, fields);
}

export function recordReading(
  board: LiveBoard,
  organisationId: string,
  id: string,
  reading: CapacityReading,
): void {
  capacityBoard.recordReading(board.doc, organisationId, id, reading);
}

/** Removes the service and its latest reading from the board; the SQL history keeps its readings. */
export function deleteService(board: LiveBoard, organisationId: string, id: string): void {
  capacityBoard.removeService(board.doc, organisationId, id);
}
