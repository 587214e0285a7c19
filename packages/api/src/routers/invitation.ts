import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { email, locale, newPassword, personName, role, type Role } from '@opale/core';
import {
  findInvitationById,
  findInvitationByTokenHash,
  findMembership,
  findOrganisationById,
  findPlatformById,
  findUserByEmail,
  insertInvitation,
  insertMembership,
  insertUser,
  isOrganisationOnPlatform,
  listInvitationsOfPlatform,
  markInvitationAccepted,
  markInvitationRevoked,
  type Invitation,
} from '@opale/db';
import type { Context } from '../context';
import { recordAudit } from '../services/audit';
import { closedInvitationMessage, invitationStatus } from '../services/invitations';
import { hashPassword } from '../services/passwords';
import { cookieExpiry, startSession } from '../services/sessions';
import { hashToken, newId, newSecretToken } from '../services/tokens';
import { platformProcedure, publicProcedure } from '../trpc';

const linkToken = z.object({
  token: z
    .string()
    .min(20, { message: 'This invitation link is incomplete. Copy the whole link and try again.' })
    .max(100),
});

const notFoundMessage =
  'This invitation link is not valid. Check that you copied the whole link, or ask your platform admin for a new one.';

/** Finds the invitation behind a link and refuses any that can no longer be used. */
async function openInvitation(ctx: Context, token: string): Promise<Invitation> {
  const invitation = await findInvitationByTokenHash(ctx.db, hashToken(token));
  if (!invitation) throw new TRPCError({ code: 'NOT_FOUND', message: notFoundMessage });
  const status = invitationStatus(invitation, ctx.now());
  if (status !== 'open') {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: closedInvitationMessage(invitation, status),
    });
  }
  if (!(await isOrganisationOnPlatform(ctx.db, invitation.platformId, invitation.organisationId))) {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message:
        'The organisation of this invitation has left the platform. Ask your platform admin for a new one.',
    });
  }
  return invitation;
}

export const invitationRouter = {
  list: platformProcedure('admin').query(async ({ ctx }) => {
    const invitations = await listInvitationsOfPlatform(ctx.db, ctx.platform.id);
    const now = ctx.now();
    return invitations.map((i) => ({
      id: i.id,
      organisationId: i.organisationId,
      organisationName: i.organisationName,
      role: i.role as Role,
      email: i.email,
      createdByName: i.createdByName,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      status: invitationStatus(i, now),
    }));
  }),

  /** The link is shown once, at creation: only its hash is stored. */
  create: platformProcedure('admin')
    .input(
      z.object({
        organisationId: z.string().uuid(),
        role,
        email: email.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (!(await isOrganisationOnPlatform(ctx.db, ctx.platform.id, input.organisationId))) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `That organisation is not on ${ctx.platform.name}. Add it to the platform first, then invite its people.`,
        });
      }
      const now = ctx.now();
      const token = newSecretToken();
      const id = newId();
      const expiresAt = new Date(now.getTime() + ctx.auth.invitationTtlMs).toISOString();
      await insertInvitation(ctx.db, {
        id,
        tokenHash: hashToken(token),
        platformId: ctx.platform.id,
        organisationId: input.organisationId,
        role: input.role,
        email: input.email ?? null,
        createdBy: ctx.signedIn.user.id,
        createdAt: now.toISOString(),
        expiresAt,
        acceptedAt: null,
        acceptedBy: null,
        revokedAt: null,
        revokedBy: null,
      });
      await recordAudit(ctx.db, now, {
        action: 'invitation.created',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'invitation', id },
        detail: {
          organisationId: input.organisationId,
          role: input.role,
          email: input.email ?? null,
        },
        ip: ctx.request.ip,
      });
      return { id, url: `${ctx.publicOrigin}/invite/${token}`, expiresAt };
    }),

  revoke: platformProcedure('admin')
    .input(z.object({ invitationId: z.string().uuid() }))
    .mutation(async ({ ctx, input }) => {
      const invitation = await findInvitationById(ctx.db, input.invitationId);
      if (!invitation || invitation.platformId !== ctx.platform.id) {
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: `There is no such invitation on ${ctx.platform.name}. Reload the list.`,
        });
      }
      const status = invitationStatus(invitation, ctx.now());
      if (status !== 'open') {
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: `This invitation is already ${status}; there is nothing to withdraw.`,
        });
      }
      await markInvitationRevoked(
        ctx.db,
        invitation.id,
        ctx.signedIn.user.id,
        ctx.now().toISOString(),
      );
      await recordAudit(ctx.db, ctx.now(), {
        action: 'invitation.revoked',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'invitation', id: invitation.id },
        ip: ctx.request.ip,
      });
      return { id: invitation.id };
    }),

  /** What the acceptance page shows before anyone commits to anything. */
  preview: publicProcedure.input(linkToken).query(async ({ ctx, input }) => {
    const invitation = await openInvitation(ctx, input.token);
    const [platform, organisation] = await Promise.all([
      findPlatformById(ctx.db, invitation.platformId),
      findOrganisationById(ctx.db, invitation.organisationId),
    ]);
    const alreadyMember = ctx.signedIn
      ? (await findMembership(ctx.db, ctx.signedIn.user.id, invitation.platformId)) !== undefined
      : false;
    return {
      platformSlug: platform?.slug ?? '',
      platformName: platform?.name ?? '',
      organisationName: organisation?.name ?? '',
      role: invitation.role as Role,
      email: invitation.email,
      expiresAt: invitation.expiresAt,
      signedInAs: ctx.signedIn ? ctx.signedIn.user.email : null,
      alreadyMember,
    };
  }),

  /**
   * Signed in: adds the platform to this account. Signed out: creates the account with the
   * name and password given, and signs the person in.
   */
  accept: publicProcedure
    .input(
      linkToken.extend({
        newAccount: z
          .object({
            email: email.optional(),
            name: personName,
            password: newPassword,
            locale: locale.default('fr'),
          })
          .optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const invitation = await openInvitation(ctx, input.token);
      const platform = await findPlatformById(ctx.db, invitation.platformId);
      const platformName = platform?.name ?? 'this platform';
      const now = ctx.now();
      const nowIso = now.toISOString();

      let userId: string;
      let newUser: Parameters<typeof insertUser>[1] | null = null;
      if (ctx.signedIn) {
        const { user } = ctx.signedIn;
        if (invitation.email && invitation.email !== user.email) {
          throw new TRPCError({
            code: 'FORBIDDEN',
            message: `This invitation is for ${invitation.email}, but you are signed in as ${user.email}. Sign out, then open the link again.`,
          });
        }
        if (await findMembership(ctx.db, user.id, invitation.platformId)) {
          throw new TRPCError({
            code: 'CONFLICT',
            message: `You are already a member of ${platformName}. If you need another role, ask a platform admin to change it.`,
          });
        }
        userId = user.id;
      } else {
        if (!input.newAccount) {
          throw new TRPCError({
            code: 'BAD_REQUEST',
            message:
              'Give your name and choose a password to create your account, or sign in if you already have one.',
          });
        }
        const accountEmail = invitation.email ?? input.newAccount.email;
        if (!accountEmail) {
          throw new TRPCError({
            code: 'BAD_REQUEST',
            message: 'Enter the email address you will sign in with.',
          });
        }
        if (await findUserByEmail(ctx.db, accountEmail)) {
          throw new TRPCError({
            code: 'CONFLICT',
            message: `An account with ${accountEmail} already exists. Sign in first, then open this link again to add ${platformName} to it.`,
          });
        }
        userId = newId();
        newUser = {
          id: userId,
          email: accountEmail,
          name: input.newAccount.name,
          passwordHash: await hashPassword(input.newAccount.password),
          locale: input.newAccount.locale,
          createdAt: nowIso,
          passwordChangedAt: nowIso,
        };
      }

      // One transaction: the link is spent if and only if the account and membership exist.
      const usedMeanwhile = new TRPCError({
        code: 'PRECONDITION_FAILED',
        message:
          'This invitation was used a moment ago; each link works once. Ask your platform admin for a new one.',
      });
      await ctx.db.transaction().execute(async (trx) => {
        if (newUser) await insertUser(trx, newUser);
        if (!(await markInvitationAccepted(trx, invitation.id, userId, nowIso)))
          throw usedMeanwhile;
        await insertMembership(trx, {
          id: newId(),
          userId,
          platformId: invitation.platformId,
          organisationId: invitation.organisationId,
          role: invitation.role,
          createdAt: nowIso,
          updatedAt: nowIso,
        });
      });
      const createdAccount = newUser !== null;

      if (createdAccount) {
        const started = await startSession(ctx, userId, ctx.request);
        ctx.cookie.set(started.token, cookieExpiry(started.session));
      }
      await recordAudit(ctx.db, now, {
        action: 'invitation.accepted',
        actorId: userId,
        platformId: invitation.platformId,
        target: { type: 'invitation', id: invitation.id },
        detail: {
          role: invitation.role,
          organisationId: invitation.organisationId,
          createdAccount,
        },
        ip: ctx.request.ip,
      });
      return { platformSlug: platform?.slug ?? '', createdAccount };
    }),
} satisfies TRPCRouterRecord;
