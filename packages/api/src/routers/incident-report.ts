/**
 * The incident reports screen: counts over exactly the reports the caller may read
 * (`readableIncidents`, which asks `incidentVisibility`).
 *
 * Not audited: the summary answers counts only (no narrative, exact place, author or witness),
 * and the screen asks again at every change of period, so one event per look would bury the
 * outside reads that matter (`incident.read_outside`, written when a report itself is opened or
 * listed). What leaves the app is audited: the CSV exports and the printable report
 * (`export.downloaded`, on the server).
 */
import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { incidentReport, isLocalDate, localDateOf } from '@opale/core';
import { readSchedule } from '../services/board-readers';
import {
  incidentReportRowOf,
  incidentReportScopes,
  incidentViewerOf,
  readableIncidents,
} from '../services/incident-reader';
import { platformProcedure } from '../trpc';

const localDate = (what: string) =>
  z.string().refine(isLocalDate, { message: `Write ${what} as a date: YYYY-MM-DD.` });

export const incidentReportRouter = {
  /** Counts by month, type, authority and place, totals, a timeline, recency and verification. */
  summary: platformProcedure('observer')
    .input(
      z.object({
        from: localDate('the first day').optional(),
        to: localDate('the last day').optional(),
        scope: z.enum(incidentReportScopes, {
          message:
            'Choose what to count: all you can see (all), your organisation’s (own) or shared (shared).',
        }),
      }),
    )
    .query(async ({ ctx, input }) => {
      if (input.from && input.to && input.to < input.from) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `The last day (${input.to}) comes before the first (${input.from}); swap them.`,
        });
      }
      const viewer = await incidentViewerOf(ctx.db, {
        userId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        organisationId: ctx.membership.organisationId,
        role: ctx.membership.role,
      });
      const incidents = await readableIncidents(ctx.db, viewer, input);
      const { siteNames } = await readSchedule(ctx.boards, ctx.platform.slug);
      const now = ctx.now();
      return {
        scope: input.scope,
        generatedAt: now.toISOString(),
        today: localDateOf(now),
        ...incidentReport(
          incidents.map(({ row }) => incidentReportRowOf(row)),
          { now, siteNames, from: input.from, to: input.to },
        ),
      };
    }),
} satisfies TRPCRouterRecord;
