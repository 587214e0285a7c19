import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { organisationFields, type OrganisationFields } from '@opale/core';
import {
  attachOrganisationToPlatform,
  countMembersOfOrganisation,
  detachOrganisationFromPlatform,
  findOrganisationById,
  insertOrganisation,
  isOrganisationOnPlatform,
  listOrganisationsNotOnPlatform,
  listOrganisationsOfPlatform,
  updateOrganisation,
  type Organisation,
} from '@opale/db';
import { recordAudit } from '../services/audit';
import { newId } from '../services/tokens';
import { platformProcedure } from '../trpc';

function toColumns(fields: OrganisationFields) {
  return {
    name: fields.name,
    shortName: fields.shortName,
    kind: fields.kind,
    stateMandated: fields.stateMandated ? 1 : 0,
    publiclyFunded: fields.publiclyFunded ? 1 : 0,
    contactEmail: fields.contactEmail,
    contactPhone: fields.contactPhone,
    website: fields.website,
  };
}

function present(organisation: Organisation) {
  return {
    id: organisation.id,
    name: organisation.name,
    shortName: organisation.shortName,
    kind: organisation.kind,
    stateMandated: organisation.stateMandated === 1,
    publiclyFunded: organisation.publiclyFunded === 1,
    contactEmail: organisation.contactEmail,
    contactPhone: organisation.contactPhone,
    website: organisation.website,
  };
}

const organisationId = z.object({ organisationId: z.string().uuid() });

export const organisationRouter = {
  list: platformProcedure('observer').query(async ({ ctx }) => {
    const organisations = await listOrganisationsOfPlatform(ctx.db, ctx.platform.id);
    return organisations.map(present);
  }),

  /** Organisations already known on another platform, to add here without retyping them. */
  listAddable: platformProcedure('admin').query(async ({ ctx }) => {
    const organisations = await listOrganisationsNotOnPlatform(ctx.db, ctx.platform.id);
    return organisations.map((o) => ({ id: o.id, name: o.name, shortName: o.shortName }));
  }),

  create: platformProcedure('admin')
    .input(organisationFields)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now().toISOString();
      const id = newId();
      await ctx.db.transaction().execute(async (trx) => {
        await insertOrganisation(trx, { id, ...toColumns(input), createdAt: now, updatedAt: now });
        await attachOrganisationToPlatform(trx, ctx.platform.id, id, now);
      });
      await recordAudit(ctx.db, ctx.now(), {
        action: 'organisation.created',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'organisation', id },
        detail: { name: input.name },
        ip: ctx.request.ip,
      });
      return { id };
    }),

  update: platformProcedure('admin')
    .input(organisationId.extend(organisationFields.shape))
    .mutation(async ({ ctx, input }) => {
      if (!(await isOrganisationOnPlatform(ctx.db, ctx.platform.id, input.organisationId))) {
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: `This organisation is not on ${ctx.platform.name}. Reload the list of organisations.`,
        });
      }
      const { organisationId: id, ...fields } = input;
      await updateOrganisation(ctx.db, id, {
        ...toColumns(fields),
        updatedAt: ctx.now().toISOString(),
      });
      await recordAudit(ctx.db, ctx.now(), {
        action: 'organisation.updated',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'organisation', id },
        detail: { name: fields.name },
        ip: ctx.request.ip,
      });
      return { id };
    }),

  attach: platformProcedure('admin')
    .input(organisationId)
    .mutation(async ({ ctx, input }) => {
      const organisation = await findOrganisationById(ctx.db, input.organisationId);
      if (!organisation) {
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: 'That organisation no longer exists. Reload the list and pick another.',
        });
      }
      await attachOrganisationToPlatform(
        ctx.db,
        ctx.platform.id,
        organisation.id,
        ctx.now().toISOString(),
      );
      await recordAudit(ctx.db, ctx.now(), {
        action: 'organisation.attached',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'organisation', id: organisation.id },
        detail: { name: organisation.name },
        ip: ctx.request.ip,
      });
      return { id: organisation.id };
    }),

  detach: platformProcedure('admin')
    .input(organisationId)
    .mutation(async ({ ctx, input }) => {
      const members = await countMembersOfOrganisation(
        ctx.db,
        ctx.platform.id,
        input.organisationId,
      );
      if (members > 0) {
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: `This organisation still has ${members} member(s) on ${ctx.platform.name}. Remove them first, then remove the organisation.`,
        });
      }
      await detachOrganisationFromPlatform(ctx.db, ctx.platform.id, input.organisationId);
      await recordAudit(ctx.db, ctx.now(), {
        action: 'organisation.detached',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'organisation', id: input.organisationId },
        ip: ctx.request.ip,
      });
      return { id: input.organisationId };
    }),
} satisfies TRPCRouterRecord;
