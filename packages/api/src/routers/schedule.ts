import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { localDateOf, roleAtLeast, scheduleBoard, type Role } from '@opale/core';
import { findOrganisationById, isOrganisationOnPlatform, type Organisation } from '@opale/db';
import type { Context } from '../context';
import { recordAudit } from '../services/audit';
import { readSchedule, scheduleDocName, seriesOfOrganisation } from '../services/board-readers';
import {
  maxImportCharacters,
  readScheduleImport,
  seriesFields,
  type ImportReading,
} from '../services/schedule-import';
import { newId } from '../services/tokens';
import { platformProcedure } from '../trpc';

const importInput = z.object({
  organisationId: z.string().uuid({ message: 'Choose the organisation whose schedule this is.' }),
  csv: z.string().max(maxImportCharacters, {
    message: `The file is larger than ${maxImportCharacters / 1000} kB; split it and import the parts one after the other.`,
  }),
});

/** Reps import their own organisation's schedule; coordinators and admins any organisation's. */
async function organisationToImportFor(
  ctx: Pick<Context, 'db'> & {
    platform: { id: string; name: string };
    membership: { role: Role; organisationId: string };
  },
  organisationId: string,
): Promise<Organisation> {
  if (
    !roleAtLeast(ctx.membership.role, 'coordinator') &&
    ctx.membership.organisationId !== organisationId
  ) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message:
        'You can import the schedule of your own organisation only. A coordinator can import it for another organisation.',
    });
  }
  const organisation = await findOrganisationById(ctx.db, organisationId);
  if (!organisation || !(await isOrganisationOnPlatform(ctx.db, ctx.platform.id, organisationId))) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `That organisation is not on ${ctx.platform.name}. Reload the page and choose another.`,
    });
  }
  return organisation;
}

export const scheduleRouter = {
  /**
   * What a CSV file would add, row by row, without changing anything. A mutation only because a
   * file does not fit in a query's URL.
   */
  importPreview: platformProcedure('rep')
    .input(importInput)
    .mutation(async ({ ctx, input }): Promise<ImportReading> => {
      await organisationToImportFor(ctx, input.organisationId);
      const schedule = await readSchedule(ctx.boards, ctx.platform.slug);
      return readScheduleImport(input.csv, {
        sites: schedule.sites,
        existing: seriesOfOrganisation(schedule, input.organisationId),
        today: localDateOf(ctx.now()),
      });
    }),

  /**
   * Adds every series of the file in one change of the board, or none: the file is read again
   * against the board as it is at that moment, and a single wrong row changes nothing.
   */
  importApply: platformProcedure('rep')
    .input(importInput)
    .mutation(async ({ ctx, input }) => {
      const organisation = await organisationToImportFor(ctx, input.organisationId);
      let reading: ImportReading = { series: [], errors: [] };
      const seriesIds: string[] = [];
      await ctx.boards.writeDocument(
        scheduleDocName(ctx.platform.slug),
        ctx.signedIn.user.id,
        (doc) => {
          reading = readScheduleImport(input.csv, {
            sites: scheduleBoard.sites(doc),
            existing: scheduleBoard
              .series(doc)
              .filter((entry) => entry.root === `org:${organisation.id}`),
            today: localDateOf(ctx.now()),
          });
          if (reading.errors.length > 0) return;
          doc.transact(() => {
            for (const imported of reading.series) {
              const id = newId();
              seriesIds.push(id);
              scheduleBoard.writeSeries(doc, organisation.id, id, seriesFields(imported));
            }
          });
        },
      );
      if (reading.errors.length > 0) {
        return { applied: false as const, seriesIds: [], errors: reading.errors };
      }
      await recordAudit(ctx.db, ctx.now(), {
        action: 'schedule.imported',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'organisation', id: organisation.id },
        detail: { name: organisation.name, series: seriesIds.length },
        ip: ctx.request.ip,
      });
      return { applied: true as const, seriesIds, errors: [] };
    }),
} satisfies TRPCRouterRecord;
