/** Adding, ticking and deleting action items on the board of the meeting they came from. */
import { agendaBoard, entryKey, readEntry, type ActionItem } from '@opale/core';
import type { LiveBoard } from '@/lib/live-board/live-board';
import { doneFields } from '../utils/action-draft';

export function addAction(board: LiveBoard, action: ActionItem): string {
  const id = crypto.randomUUID();
  agendaBoard.writeAction(board.doc, id, action);
  return id;
}

export function setActionDone(
  board: LiveBoard,
  id: string,
  done: boolean,
  stamp: { by: string; at: Date },
): void {
  // Someone may have deleted it a moment ago: ticking it must not bring back a stub.
  if (readEntry(board.doc, agendaBoard.actionsRoot, entryKey('action', id)) === null) return;
  agendaBoard.writeAction(board.doc, id, doneFields(done, stamp.by, stamp.at));
}

export function deleteAction(board: LiveBoard, id: string): void {
  agendaBoard.removeAction(board.doc, id);
}
