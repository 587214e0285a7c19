/**
 * Writing agenda items into the board they live on (the platform's, or a group's): locally at
 * once, sent now or when the connection is back.
 */
import { agendaBoard, type AgendaItem } from '@opale/core';
import type { LiveBoard } from '@/lib/live-board/live-board';

export function addItem(board: LiveBoard, item: AgendaItem): string {
  const id = crypto.randomUUID();
  agendaBoard.writeItem(board.doc, id, item);
  return id;
}

/** Writes only the given fields, so that others' changes to other fields survive. */
export function updateItem(board: LiveBoard, id: string, fields: Partial<AgendaItem>): void {
  if (Object.keys(fields).length === 0) return;
  agendaBoard.writeItem(board.doc, id, fields);
}

export function removeItem(board: LiveBoard, id: string): void {
  agendaBoard.removeItem(board.doc, id);
}
