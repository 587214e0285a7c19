/**
 * The link between an incident and the distribution occurrence it disrupted (issue 8): the link
 * must name a real occurrence of the platform's schedule board, and recording it sets that
 * occurrence to "disrupted" on the live board, as a field member tapping "Disrupted" in Today
 * would — when the write rules let the reporter set that status.
 */
import { TRPCError } from '@trpc/server';
import {
  entryKey,
  expandSchedule,
  mayWrite,
  organisationRoot,
  scheduleBoard,
  type IncidentOccurrence,
  type Occurrence,
  type OccurrenceState,
  type Writer,
} from '@opale/core';
import type { LiveBoards } from '../context';
import { scheduleDocName, type ScheduleBoardView } from './board-readers';

/** The occurrence a link names, as the board plans it (its organisation owns its status). */
export type LinkedOccurrence = Pick<Occurrence, 'seriesId' | 'date' | 'organisationId' | 'change'>;

/**
 * The occurrence a link names: a date the series' rule gives within its validity period, or a
 * date added by an exception. A date cancelled beforehand is still one of the series' dates (the
 * incident may be why it was cancelled). Anything else is refused with what to do.
 */
export function linkedOccurrence(
  schedule: Pick<ScheduleBoardView, 'source'>,
  link: IncidentOccurrence,
  platformName: string,
  today: string,
): LinkedOccurrence {
  if (!schedule.source.series.some((entry) => entry.id === link.seriesId)) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `That distribution is not on ${platformName}'s schedule (it may have been removed); choose it again, or leave the distribution empty.`,
    });
  }
  const occurrence = expandSchedule(schedule.source, link.date, link.date).find(
    (o) => o.seriesId === link.seriesId,
  );
  if (!occurrence) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `That distribution does not take place on ${link.date}; choose one of its dates, or leave the distribution empty.`,
    });
  }
  // "Disrupted" says how a distribution went: one still to come cannot have been.
  if (link.date > today) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `That distribution is on ${link.date}, after today; link an incident only to a distribution that has taken place or is under way.`,
    });
  }
  return {
    seriesId: occurrence.seriesId,
    date: occurrence.date,
    organisationId: occurrence.organisationId,
    change: occurrence.change,
  };
}

/** Why the board was left alone; `message` says it in English for the server's answers and logs. */
export type UnmarkedReason = 'otherOrganisation' | 'cancelled' | 'unavailable';

export interface OccurrenceMarking {
  /** The occurrence shows "disrupted" on the board (set now, or already so). */
  occurrenceMarked: boolean;
  /** Why it does not, for the form to say; null when marked or when nothing is linked. */
  occurrenceNotMarked: { reason: UnmarkedReason; message: string } | null;
}

export const noOccurrenceMarking: OccurrenceMarking = {
  occurrenceMarked: false,
  occurrenceNotMarked: null,
};

const notMarked = (reason: UnmarkedReason, message: string): OccurrenceMarking => ({
  occurrenceMarked: false,
  occurrenceNotMarked: { reason, message },
});

const markedNow: OccurrenceMarking = { occurrenceMarked: true, occurrenceNotMarked: null };

const otherOrganisationMessage =
  'The distribution belongs to another organisation; its team sets its status. The incident keeps the link.';
const cancelledMessage =
  'The distribution is cancelled, and a cancellation stays as it is. The incident keeps the link.';

/**
 * The state to write so that an occurrence reads "disrupted", or what stops it:
 * - no state or "planned": disrupted, with no count and no note, as Today writes it;
 * - "done": disrupted, keeping the approximate count already recorded — the people served
 *   before the disruption were served, and counts are the only figures the platform keeps
 *   (the team's own note, if any, stays too);
 * - "disrupted" already: nothing, so the field team's note, name and time stay;
 * - "cancelled" (recorded, or cancelled beforehand by the schedule): never overwritten.
 */
export function disruptedStateAfter(
  current: OccurrenceState | null,
  change: LinkedOccurrence['change'],
  by: string,
  at: Date,
): OccurrenceState | 'already' | 'cancelled' {
  if (current?.status === 'cancelled' || change === 'cancelled') return 'cancelled';
  if (current?.status === 'disrupted') return 'already';
  return {
    status: 'disrupted',
    servedCount: current?.status === 'done' ? (current.servedCount ?? null) : null,
    note: current?.note ?? null,
    by,
    at: at.toISOString(),
  };
}

/**
 * Sets a linked occurrence to "disrupted" on the live board on behalf of `author`, logged and
 * relayed like a live edit, if the write rules let them set that status; else leaves the board
 * alone and says why. The link is kept either way: a failure here never undoes the report.
 */
export async function markOccurrenceDisrupted(
  boards: LiveBoards,
  platformSlug: string,
  occurrence: LinkedOccurrence,
  author: { userId: string; name: string; writer: Writer },
  now: Date,
): Promise<OccurrenceMarking> {
  const location = {
    root: organisationRoot(occurrence.organisationId),
    key: entryKey('status', `${occurrence.seriesId}:${occurrence.date}`),
  };
  if (!mayWrite('schedule', location, author.writer)) {
    return notMarked('otherOrganisation', otherOrganisationMessage);
  }
  // Set inside the write; declared wider than its first value, which TypeScript would narrow to.
  let outcome = 'already' as ReturnType<typeof disruptedStateAfter>;
  try {
    await boards.writeDocument(scheduleDocName(platformSlug), author.userId, (doc) => {
      // Decided on the board as it is at the moment of writing, not as it was read before.
      const current = scheduleBoard.occurrenceState(
        doc,
        occurrence.organisationId,
        occurrence.seriesId,
        occurrence.date,
      );
      outcome = disruptedStateAfter(current, occurrence.change, author.name, now);
      if (typeof outcome === 'object') {
        scheduleBoard.setOccurrenceState(
          doc,
          occurrence.organisationId,
          occurrence.seriesId,
          occurrence.date,
          outcome,
        );
      }
    });
  } catch {
    return notMarked(
      'unavailable',
      'The incident is recorded, but the distribution’s status could not be set just now; set it to disrupted in Today.',
    );
  }
  return outcome === 'cancelled' ? notMarked('cancelled', cancelledMessage) : markedNow;
}

/**
 * Where a linked occurrence stands, without changing it: the answer to a retried report, which
 * never writes again (the team may have changed the status since the first attempt).
 */
export async function occurrenceMarkingOf(
  boards: LiveBoards,
  platformSlug: string,
  link: IncidentOccurrence,
  writer: Writer,
): Promise<OccurrenceMarking> {
  const doc = await boards.readDocument(scheduleDocName(platformSlug));
  try {
    const series = scheduleBoard.series(doc).find((entry) => entry.id === link.seriesId);
    if (!series) return noOccurrenceMarking;
    const organisationId = series.root.slice('org:'.length);
    const location = {
      root: organisationRoot(organisationId),
      key: entryKey('status', `${link.seriesId}:${link.date}`),
    };
    if (!mayWrite('schedule', location, writer)) {
      return notMarked('otherOrganisation', otherOrganisationMessage);
    }
    const state = scheduleBoard.occurrenceState(doc, organisationId, link.seriesId, link.date);
    if (state?.status === 'disrupted') return markedNow;
    if (state?.status === 'cancelled') return notMarked('cancelled', cancelledMessage);
    return noOccurrenceMarking;
  } finally {
    doc.destroy();
  }
}
