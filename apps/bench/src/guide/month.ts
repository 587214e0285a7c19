/**
 * A month of schedule data on top of the demo boards, as a platform has after a month of use:
 * every demo series valid from 30 days ago, the field team's status on each past occurrence, and
 * ahead a cancelled date, a moved date and an extra date per series. Written through the server's
 * live documents, as an accepted edit would be.
 */
import type { LiveBoards } from '@opale/api';
import { addDays, expandSchedule, localDateOf, scheduleBoard } from '@opale/core';

export const monthDays = 30;

export interface MonthOfData {
  series: number;
  statuses: number;
  exceptions: number;
}

export async function writeMonthOfSchedule(
  boards: LiveBoards,
  platformSlug: string,
  now: Date,
): Promise<MonthOfData> {
  const today = localDateOf(now);
  const from = addDays(today, -monthDays);
  const counts: MonthOfData = { series: 0, statuses: 0, exceptions: 0 };
  await boards.writeDocument(`schedule:${platformSlug}`, 'bench', (doc) => {
    const series = scheduleBoard.series(doc);
    for (const entry of series) {
      const organisationId = entry.root.slice('org:'.length);
      scheduleBoard.writeSeries(doc, organisationId, entry.id, { validFrom: from });
    }
    counts.series = series.length;
    const past = expandSchedule(scheduleBoard.source(doc), from, addDays(today, -1));
    for (const occurrence of past) {
      scheduleBoard.setOccurrenceState(
        doc,
        occurrence.organisationId,
        occurrence.seriesId,
        occurrence.date,
        {
          status: counts.statuses % 17 === 0 ? 'cancelled' : 'done',
          servedCount: 100 + (counts.statuses % 50),
          note: null,
          by: 'Bench field team',
          at: occurrence.end,
        },
      );
      counts.statuses++;
    }
    series.forEach((entry, index) => {
      const organisationId = entry.root.slice('org:'.length);
      const upcoming = expandSchedule(
        { series: [entry], exceptions: new Map(), states: new Map() },
        addDays(today, 1 + (index % 5)),
        addDays(today, monthDays),
      );
      const [cancelled, moved] = upcoming;
      if (cancelled) {
        scheduleBoard.writeException(doc, organisationId, entry.id, cancelled.date, {
          kind: 'cancel',
          startTime: null,
          endTime: null,
          siteId: null,
          note: 'Bench: cancelled',
        });
        counts.exceptions++;
      }
      if (moved) {
        scheduleBoard.writeException(doc, organisationId, entry.id, moved.date, {
          kind: 'move',
          startTime: '15:00',
          endTime: '16:30',
          siteId: null,
          note: null,
        });
        counts.exceptions++;
      }
      scheduleBoard.writeException(doc, organisationId, entry.id, addDays(today, 2 + (index % 7)), {
        kind: 'add',
        startTime: '10:00',
        endTime: '11:00',
        siteId: null,
        note: null,
      });
      counts.exceptions++;
    });
  });
  return counts;
}
