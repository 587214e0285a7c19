/**
 * Writes of an organisation's distribution series into the schedule board: locally at once, sent
 * now or when the connection is back. Each field is written on its own (see core's entries), so
 * that two people changing different fields of one series both keep their change.
 */
import {
  entryKey,
  organisationRoot,
  scheduleBoard,
  type Series,
  type SeriesException,
} from '@opale/core';
import type { LiveBoard } from '@/lib/live-board/live-board';

export function addSeries(board: LiveBoard, organisationId: string, series: Series): string {
  const id = crypto.randomUUID();
  scheduleBoard.writeSeries(board.doc, organisationId, id, series);
  return id;
}

export function updateSeries(
  board: LiveBoard,
  organisationId: string,
  id: string,
  fields: Partial<Series>,
): void {
  if (Object.keys(fields).length === 0) return;
  scheduleBoard.writeSeries(board.doc, organisationId, id, fields);
}

/** Deletes a series with its changed dates and statuses, in one change. */
export function removeSeries(board: LiveBoard, organisationId: string, id: string): void {
  const { doc } = board;
  const root = doc.getMap(organisationRoot(organisationId));
  const own = [entryKey('exception', `${id}:`), entryKey('status', `${id}:`)];
  doc.transact(() => {
    for (const key of [...root.keys()]) {
      if (own.some((prefix) => key.startsWith(prefix))) root.delete(key);
    }
    scheduleBoard.removeSeries(doc, organisationId, id);
  });
}

export function writeException(
  board: LiveBoard,
  organisationId: string,
  seriesId: string,
  date: string,
  exception: SeriesException | null,
): void {
  scheduleBoard.writeException(board.doc, organisationId, seriesId, date, exception);
}
