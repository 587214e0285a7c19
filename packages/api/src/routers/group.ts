import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { docNameOf, groupKind, groupName, groupNeedsConsent, type GroupKind } from '@opale/core';
import {
  deleteGroup,
  deleteGroupOrganisation,
  findGroupById,
  findGroupOrganisation,
  findOrganisationById,
  insertGroup,
  isOrganisationOnPlatform,
  listGroupsOfPlatform,
  upsertGroupOrganisation,
  type Group,
} from '@opale/db';
import type { Context } from '../context';
import { recordAudit } from '../services/audit';
import { newId } from '../services/tokens';
import { platformProcedure } from '../trpc';

const groupId = z.object({ groupId: z.string().uuid() });
const groupAndOrganisation = groupId.extend({ organisationId: z.string().uuid() });

/** The live document of a group's agenda: `agenda:<platform>:group:<group>`. */
export function groupDocName(platformSlug: string, groupId: string): string {
  return docNameOf({ board: 'agenda', platform: platformSlug, group: groupId });
}

async function groupOnPlatform(
  ctx: Context,
  platform: { id: string; name: string },
  id: string,
): Promise<Group> {
  const group = await findGroupById(ctx.db, id);
  if (!group || group.platformId !== platform.id) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `There is no such group on ${platform.name}. Reload the list of groups.`,
    });
  }
  return group;
}

export const groupRouter = {
  /**
   * The platform's groups with their organisations. Every member sees which groups exist and who
   * is in them (to ask to join); what a group discusses stays in its own document.
   */
  list: platformProcedure('observer').query(async ({ ctx }) => {
    const groups = await listGroupsOfPlatform(ctx.db, ctx.platform.id);
    return groups.map((g) => ({
      id: g.id,
      name: g.name,
      kind: g.kind as GroupKind,
      organisations: g.organisations,
      myOrganisationStatus:
        g.organisations.find((o) => o.organisationId === ctx.membership.organisationId)?.status ??
        null,
    }));
  }),

  create: platformProcedure('admin')
    .input(z.object({ name: groupName, kind: groupKind }))
    .mutation(async ({ ctx, input }) => {
      const id = newId();
      await insertGroup(ctx.db, {
        id,
        platformId: ctx.platform.id,
        name: input.name,
        kind: input.kind,
        createdAt: ctx.now().toISOString(),
      });
      await recordAudit(ctx.db, ctx.now(), {
        action: 'group.created',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'group', id },
        detail: { name: input.name, kind: input.kind },
        ip: ctx.request.ip,
      });
      return { id };
    }),

  remove: platformProcedure('admin')
    .input(groupId)
    .mutation(async ({ ctx, input }) => {
      const group = await groupOnPlatform(ctx, ctx.platform, input.groupId);
      await deleteGroup(ctx.db, group.id);
      // Whoever has the group's agenda open loses it now.
      ctx.live.refreshDocument(groupDocName(ctx.platform.slug, group.id));
      await recordAudit(ctx.db, ctx.now(), {
        action: 'group.removed',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'group', id: group.id },
        detail: { name: group.name },
        ip: ctx.request.ip,
      });
      return { id: group.id };
    }),

  /**
   * Adds an organisation of the platform. A state-mandated or publicly funded organisation is only
   * invited to an advocacy group: it joins once its own rep says yes.
   */
  addOrganisation: platformProcedure('admin')
    .input(groupAndOrganisation)
    .mutation(async ({ ctx, input }) => {
      const group = await groupOnPlatform(ctx, ctx.platform, input.groupId);
      const organisation = await findOrganisationById(ctx.db, input.organisationId);
      if (
        !organisation ||
        !(await isOrganisationOnPlatform(ctx.db, ctx.platform.id, organisation.id))
      ) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `That organisation is not on ${ctx.platform.name}. Add it to the platform first.`,
        });
      }
      const existing = await findGroupOrganisation(ctx.db, group.id, organisation.id);
      if (existing) return { status: existing.status };
      const status = groupNeedsConsent(group.kind as GroupKind, {
        stateMandated: organisation.stateMandated === 1,
        publiclyFunded: organisation.publiclyFunded === 1,
      })
        ? 'invited'
        : 'member';
      const at = ctx.now().toISOString();
      await upsertGroupOrganisation(ctx.db, {
        groupId: group.id,
        organisationId: organisation.id,
        status,
        addedAt: at,
        answeredAt: null,
      });
      await recordAudit(ctx.db, ctx.now(), {
        action: 'group.organisation_added',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'group', id: group.id },
        detail: { organisationId: organisation.id, status },
        ip: ctx.request.ip,
      });
      return { status };
    }),

  removeOrganisation: platformProcedure('admin')
    .input(groupAndOrganisation)
    .mutation(async ({ ctx, input }) => {
      const group = await groupOnPlatform(ctx, ctx.platform, input.groupId);
      await deleteGroupOrganisation(ctx.db, group.id, input.organisationId);
      ctx.live.refreshDocument(groupDocName(ctx.platform.slug, group.id));
      await recordAudit(ctx.db, ctx.now(), {
        action: 'group.organisation_removed',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'group', id: group.id },
        detail: { organisationId: input.organisationId },
        ip: ctx.request.ip,
      });
      return { removed: true };
    }),

  /** The invited organisation's own rep (or its admin) accepts or declines; nobody else can. */
  answerInvitation: platformProcedure('rep')
    .input(groupId.extend({ accept: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const group = await groupOnPlatform(ctx, ctx.platform, input.groupId);
      const organisationId = ctx.membership.organisationId;
      const link = await findGroupOrganisation(ctx.db, group.id, organisationId);
      if (!link || link.status !== 'invited') {
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: `Your organisation has no open invitation to ${group.name}. Reload the list of groups.`,
        });
      }
      const at = ctx.now().toISOString();
      if (input.accept) {
        await upsertGroupOrganisation(ctx.db, { ...link, status: 'member', answeredAt: at });
      } else {
        await deleteGroupOrganisation(ctx.db, group.id, organisationId);
      }
      await recordAudit(ctx.db, ctx.now(), {
        action: 'group.invitation_answered',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'group', id: group.id },
        detail: { organisationId, accepted: input.accept },
        ip: ctx.request.ip,
      });
      return { status: input.accept ? 'member' : null };
    }),
} satisfies TRPCRouterRecord;
