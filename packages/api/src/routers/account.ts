import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { isRole, locale, newPassword } from '@opale/core';
import {
  listMembershipsOfUser,
  listSessionsOfUser,
  updateUserLocale,
  updateUserPassword,
} from '@opale/db';
import { recordAudit } from '../services/audit';
import { hashPassword, passwordMatches } from '../services/passwords';
import { endAllSessionsOfUser, endSession } from '../services/sessions';
import { authedProcedure, publicProcedure } from '../trpc';

export const accountRouter = {
  /** Who is signed in, with every platform they belong to; null when nobody is. */
  me: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.signedIn) return null;
    const { user } = ctx.signedIn;
    const memberships = await listMembershipsOfUser(ctx.db, user.id);
    return {
      user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
      memberships: memberships.flatMap((m) => (isRole(m.role) ? [{ ...m, role: m.role }] : [])),
    };
  }),

  sessions: authedProcedure.query(async ({ ctx }) => {
    const sessions = await listSessionsOfUser(ctx.db, ctx.signedIn.user.id);
    const nowIso = ctx.now().toISOString();
    return sessions
      .filter((s) => s.idleExpiresAt > nowIso && s.absoluteExpiresAt > nowIso)
      .map((s) => ({
        id: s.id,
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        expiresAt: s.idleExpiresAt < s.absoluteExpiresAt ? s.idleExpiresAt : s.absoluteExpiresAt,
        userAgent: s.userAgent,
        current: s.id === ctx.signedIn.session.id,
      }));
  }),

  endSession: authedProcedure
    .input(z.object({ sessionId: z.string().min(1).max(128) }))
    .mutation(async ({ ctx, input }) => {
      const own = await listSessionsOfUser(ctx.db, ctx.signedIn.user.id);
      if (!own.some((s) => s.id === input.sessionId)) {
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: 'That session has already ended or is not one of yours. Reload the list.',
        });
      }
      await endSession(ctx, input.sessionId);
      if (input.sessionId === ctx.signedIn.session.id) ctx.cookie.clear();
      await recordAudit(ctx.db, ctx.now(), {
        action: 'account.sessions_ended',
        actorId: ctx.signedIn.user.id,
        target: { type: 'user', id: ctx.signedIn.user.id },
        detail: { count: 1 },
        ip: ctx.request.ip,
      });
      return { ended: 1 };
    }),

  /** "Sign out everywhere": ends every session of this person, this one included. */
  endAllSessions: authedProcedure.mutation(async ({ ctx }) => {
    const ended = await endAllSessionsOfUser(ctx, ctx.signedIn.user.id);
    ctx.cookie.clear();
    await recordAudit(ctx.db, ctx.now(), {
      action: 'account.sessions_ended',
      actorId: ctx.signedIn.user.id,
      target: { type: 'user', id: ctx.signedIn.user.id },
      detail: { count: ended },
      ip: ctx.request.ip,
    });
    return { ended };
  }),

  changePassword: authedProcedure
    .input(z.object({ currentPassword: z.string().max(256), newPassword }))
    .mutation(async ({ ctx, input }) => {
      const { user, session } = ctx.signedIn;
      if (!(await passwordMatches(user.passwordHash, input.currentPassword))) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'Your current password is not right. Type it again; nothing was changed.',
        });
      }
      const now = ctx.now();
      await updateUserPassword(
        ctx.db,
        user.id,
        await hashPassword(input.newPassword),
        now.toISOString(),
      );
      // A changed password must lock out whoever else held a session (a lost or seized phone).
      const others = (await listSessionsOfUser(ctx.db, user.id)).filter((s) => s.id !== session.id);
      for (const other of others) await endSession(ctx, other.id);
      await recordAudit(ctx.db, now, {
        action: 'account.password_changed',
        actorId: user.id,
        target: { type: 'user', id: user.id },
        detail: { otherSessionsEnded: others.length },
        ip: ctx.request.ip,
      });
      return { otherSessionsEnded: others.length };
    }),

  setLocale: authedProcedure.input(z.object({ locale })).mutation(async ({ ctx, input }) => {
    await updateUserLocale(ctx.db, ctx.signedIn.user.id, input.locale);
    return { locale: input.locale };
  }),
} satisfies TRPCRouterRecord;
