import type { TRPCRouterRecord } from '@trpc/server';
import { countAdminsOfPlatform } from '@opale/db';
import { platformProcedure } from '../trpc';

export const platformRouter = {
  /** The platform and the caller's place on it; every member may read it. */
  bySlug: platformProcedure('observer').query(async ({ ctx }) => ({
    id: ctx.platform.id,
    slug: ctx.platform.slug,
    name: ctx.platform.name,
    myRole: ctx.membership.role,
    myOrganisationId: ctx.membership.organisationId,
    adminCount: await countAdminsOfPlatform(ctx.db, ctx.platform.id),
  })),
} satisfies TRPCRouterRecord;
