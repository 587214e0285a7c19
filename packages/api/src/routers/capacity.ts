import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  defaultHistoryDays,
  maxHistoryDays,
  readDailySummary,
  readServiceHistory,
} from '../services/capacity-history';
import { platformProcedure } from '../trpc';

const days = z
  .number({ message: `Say how many days to show, from 1 to ${maxHistoryDays}.` })
  .int({ message: `Say how many days to show as a whole number, from 1 to ${maxHistoryDays}.` })
  .min(1, { message: `Show at least 1 day of history.` })
  .max(maxHistoryDays, {
    message: `Show at most ${maxHistoryDays} days of history at once; choose a shorter window.`,
  })
  .default(defaultHistoryDays);

/**
 * The history of the capacity board, from the SQL rows written as readings were accepted. Every
 * member reads all of a platform's history (DESIGN.md §4): it holds counts and names of services,
 * never anything about the people helped.
 */
export const capacityRouter = {
  serviceHistory: platformProcedure('observer')
    .input(
      z.object({
        organisationId: z.string().min(1, { message: 'Say which organisation runs the service.' }),
        serviceId: z
          .string()
          .min(1, { message: 'Say which service to show.' })
          .max(200, { message: 'That is not a service of the board; reload the page.' }),
        days,
      }),
    )
    .query(async ({ ctx, input }) => {
      const history = await readServiceHistory(ctx, {
        platformSlug: ctx.platform.slug,
        organisationId: input.organisationId,
        serviceId: input.serviceId,
        days: input.days,
      });
      if (!history) {
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: `This service is not on the capacity board of ${ctx.platform.name}: it was removed, or the link is wrong. Go back to the board and choose it again.`,
        });
      }
      return history;
    }),

  dailySummary: platformProcedure('observer')
    .input(z.object({ days }))
    .query(({ ctx, input }) =>
      readDailySummary(ctx, { platformSlug: ctx.platform.slug, days: input.days }),
    ),
} satisfies TRPCRouterRecord;
