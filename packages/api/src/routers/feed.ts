import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { feedCalendars, feedScopes, type FeedCalendar, type FeedScope } from '@opale/core';
import { insertFeedToken, listActiveFeedTokensOfUser, markFeedTokenRevoked } from '@opale/db';
import { recordAudit } from '../services/audit';
import { hashToken, newId, newSecretToken } from '../services/tokens';
import { platformProcedure } from '../trpc';

/** Enough for a phone, a laptop and a shared office calendar, with room to spare. */
export const maxFeedsPerMember = 10;

/**
 * Calendar subscriptions. A calendar app sends no cookie: the URL's secret is the credential, so
 * it is shown once, at creation, and only its hash is kept. Each member sees and revokes only
 * their own; every member may have some, since every member reads the whole schedule and the
 * agenda. What an agenda link shows is worked out each time it is read (groups change), not here.
 */
export const feedRouter = {
  list: platformProcedure('observer').query(async ({ ctx }) => {
    const feeds = await listActiveFeedTokensOfUser(ctx.db, ctx.signedIn.user.id, ctx.platform.id);
    // The URL itself cannot be shown again: only its hash is kept.
    return feeds.map((feed) => ({
      id: feed.id,
      calendar: feed.calendar as FeedCalendar,
      scope: feed.scope as FeedScope,
      organisationId: feed.organisationId,
      organisationName: feed.organisationName,
      createdAt: feed.createdAt,
    }));
  }),

  create: platformProcedure('observer')
    .input(
      z.object({
        // A client that names no calendar asks for distributions, as before agenda links existed.
        calendar: z
          .enum(feedCalendars, {
            message: 'Choose which calendar to subscribe to: the distributions or the agenda.',
          })
          .default('distributions'),
        scope: z.enum(feedScopes, {
          message:
            'Choose what the calendar shows: what concerns your organisation, or the whole platform.',
        }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const active = await listActiveFeedTokensOfUser(
        ctx.db,
        ctx.signedIn.user.id,
        ctx.platform.id,
      );
      if (active.length >= maxFeedsPerMember) {
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: `You already have ${active.length} calendar links on ${ctx.platform.name}. Revoke one you no longer use, then create a new one.`,
        });
      }
      const now = ctx.now();
      const token = newSecretToken();
      const id = newId();
      const organisationId = input.scope === 'organisation' ? ctx.membership.organisationId : null;
      await insertFeedToken(ctx.db, {
        id,
        tokenHash: hashToken(token),
        userId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        calendar: input.calendar,
        scope: input.scope,
        organisationId,
        createdAt: now.toISOString(),
        revokedAt: null,
      });
      await recordAudit(ctx.db, now, {
        action: 'feed.created',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'feed', id },
        detail: { calendar: input.calendar, scope: input.scope, organisationId },
        ip: ctx.request.ip,
      });
      return {
        id,
        calendar: input.calendar,
        scope: input.scope,
        organisationId,
        createdAt: now.toISOString(),
        // Shown once: whoever holds this URL reads the calendar until it is revoked.
        url: `${ctx.publicOrigin}/ical/${token}.ics`,
      };
    }),

  revoke: platformProcedure('observer')
    .input(z.object({ feedId: z.string().uuid() }))
    .mutation(async ({ ctx, input }) => {
      const feeds = await listActiveFeedTokensOfUser(ctx.db, ctx.signedIn.user.id, ctx.platform.id);
      const revoked =
        feeds.some((feed) => feed.id === input.feedId) &&
        (await markFeedTokenRevoked(
          ctx.db,
          input.feedId,
          ctx.signedIn.user.id,
          ctx.now().toISOString(),
        ));
      if (!revoked) {
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: 'That calendar link is already revoked or is not one of yours. Reload the list.',
        });
      }
      await recordAudit(ctx.db, ctx.now(), {
        action: 'feed.revoked',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'feed', id: input.feedId },
        ip: ctx.request.ip,
      });
      return { id: input.feedId };
    }),
} satisfies TRPCRouterRecord;
