import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditActions, type AuditAction } from '@opale/core';
import { listAuditEvents } from '@opale/db';
import { platformProcedure } from '../trpc';

const pageSize = 50;

export const auditRouter = {
  list: platformProcedure('admin')
    .input(
      z.object({
        action: z.enum(auditActions).optional(),
        actorId: z.string().uuid().optional(),
        from: z.iso.date({ message: 'Use a date like 2026-11-01.' }).optional(),
        to: z.iso.date({ message: 'Use a date like 2026-11-30.' }).optional(),
        before: z.number().int().positive().optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const events = await listAuditEvents(ctx.db, {
        platformId: ctx.platform.id,
        action: input.action,
        actorId: input.actorId,
        from: input.from,
        // `to` is inclusive for the person choosing it: everything before the next day.
        to: input.to ? nextDay(input.to) : undefined,
        before: input.before,
        limit: pageSize + 1,
      });
      const page = events.slice(0, pageSize);
      return {
        events: page.map((e) => ({
          id: e.id,
          at: e.at,
          action: e.action as AuditAction,
          actorId: e.actorId,
          actorName: e.actorName,
          targetType: e.targetType,
          targetId: e.targetId,
          detail: JSON.parse(e.detail) as Record<string, unknown>,
          ip: e.ip,
        })),
        nextBefore: events.length > pageSize ? page[page.length - 1]?.id : undefined,
      };
    }),
} satisfies TRPCRouterRecord;

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
