import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { role, type Role } from '@opale/core';
import {
  countAdminsOfPlatform,
  deleteMembership,
  findMembershipById,
  listMembersOfPlatform,
  updateMembershipRole,
  type Membership,
} from '@opale/db';
import type { Context } from '../context';
import { recordAudit } from '../services/audit';
import { endAllSessionsOfUser } from '../services/sessions';
import { platformProcedure } from '../trpc';

const membershipId = z.object({ membershipId: z.string().uuid() });

async function findMembershipOnPlatform(
  ctx: Context,
  platform: { id: string; name: string },
  id: string,
): Promise<Membership> {
  const membership = await findMembershipById(ctx.db, id);
  if (!membership || membership.platformId !== platform.id) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `This person is no longer a member of ${platform.name}. Reload the list of members.`,
    });
  }
  return membership;
}

/** A platform always keeps one admin, or nobody could ever manage it again. */
async function refuseLeavingNoAdmin(
  ctx: Context,
  platform: { id: string; name: string },
  membership: Membership,
  ownMembershipId: string,
): Promise<void> {
  if (membership.role !== 'admin') return;
  if ((await countAdminsOfPlatform(ctx.db, platform.id)) > 1) return;
  const who = membership.id === ownMembershipId ? 'You are' : 'This person is';
  throw new TRPCError({
    code: 'PRECONDITION_FAILED',
    message: `${who} the last admin of ${platform.name}. Make another member admin first.`,
  });
}

export const memberRouter = {
  /** Everyone on the platform sees who else is; only admins see email addresses. */
  list: platformProcedure('observer').query(async ({ ctx }) => {
    const members = await listMembersOfPlatform(ctx.db, ctx.platform.id);
    const showEmail = ctx.membership.role === 'admin';
    return members.map((m) => ({ ...m, email: showEmail ? m.email : null, role: m.role as Role }));
  }),

  changeRole: platformProcedure('admin')
    .input(membershipId.extend({ role }))
    .mutation(async ({ ctx, input }) => {
      const membership = await findMembershipOnPlatform(ctx, ctx.platform, input.membershipId);
      if (membership.role === input.role) return { role: input.role };
      if (input.role !== 'admin') {
        await refuseLeavingNoAdmin(ctx, ctx.platform, membership, ctx.membership.id);
      }
      await updateMembershipRole(ctx.db, membership.id, input.role, ctx.now().toISOString());
      ctx.live.refreshUser(membership.userId);
      await recordAudit(ctx.db, ctx.now(), {
        action: 'member.role_changed',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'user', id: membership.userId },
        detail: { from: membership.role, to: input.role },
        ip: ctx.request.ip,
      });
      return { role: input.role };
    }),

  /** Removal takes effect at once: the person's sessions end and live connections close. */
  remove: platformProcedure('admin')
    .input(membershipId)
    .mutation(async ({ ctx, input }) => {
      const membership = await findMembershipOnPlatform(ctx, ctx.platform, input.membershipId);
      await refuseLeavingNoAdmin(ctx, ctx.platform, membership, ctx.membership.id);
      await deleteMembership(ctx.db, membership.id);
      const sessionsEnded = await endAllSessionsOfUser(ctx, membership.userId);
      if (membership.userId === ctx.signedIn.user.id) ctx.cookie.clear();
      await recordAudit(ctx.db, ctx.now(), {
        action: 'member.removed',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'user', id: membership.userId },
        detail: { role: membership.role, organisationId: membership.organisationId, sessionsEnded },
        ip: ctx.request.ip,
      });
      return { sessionsEnded };
    }),

  /** For a lost or seized phone: the member stays, every device must sign in again. */
  endSessions: platformProcedure('admin')
    .input(membershipId)
    .mutation(async ({ ctx, input }) => {
      const membership = await findMembershipOnPlatform(ctx, ctx.platform, input.membershipId);
      const sessionsEnded = await endAllSessionsOfUser(ctx, membership.userId);
      if (membership.userId === ctx.signedIn.user.id) ctx.cookie.clear();
      await recordAudit(ctx.db, ctx.now(), {
        action: 'member.sessions_ended',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'user', id: membership.userId },
        detail: { sessionsEnded },
        ip: ctx.request.ip,
      });
      return { sessionsEnded };
    }),
} satisfies TRPCRouterRecord;
