/** An organisation's answer to one date of an agenda item, written under its own root. */
import { agendaBoard, type Answer } from '@opale/core';
import type { LiveBoard } from '@/lib/live-board/live-board';

export interface AnswerStamp {
  /** Who answers, as the board keeps names. */
  by: string;
  at: Date;
}

export function saveAnswer(
  board: LiveBoard,
  organisationId: string,
  occurrence: string,
  answer: Answer,
  attendees: string,
  { by, at }: AnswerStamp,
): void {
  const who = attendees.trim();
  agendaBoard.setAnswer(board.doc, organisationId, occurrence, {
    answer,
    attendees: who === '' ? null : who,
    by,
    at: at.toISOString(),
  });
}

export function withdrawAnswer(board: LiveBoard, organisationId: string, occurrence: string): void {
  agendaBoard.clearAnswer(board.doc, organisationId, occurrence);
}
