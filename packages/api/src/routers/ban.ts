/**
 * Distribution bans: the prefectoral and municipal orders forbidding distributions in an area.
 * They are public legal acts, so every member of the platform reads them all; any organisation's
 * rep (and coordinators) records and updates them; the organisation that recorded one, or a
 * coordinator, removes it. Every change is audited.
 */
import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  banChallenge,
  banDraft,
  banPeriods,
  banRenewal,
  banRenewedUntil,
  banStandingOn,
  localDateOf,
  renewalProblem,
  roleAtLeast,
  type BanAuthority,
  type BanChallenge,
  type BanChallengeOutcome,
  type BanDraft,
  type BanPeriod,
  type BanStanding,
  type DistributionBan,
  type Role,
} from '@opale/core';
import {
  deleteDistributionBan,
  findDistributionBanById,
  insertDistributionBan,
  insertDistributionBanRenewal,
  listDistributionBansOfPlatform,
  listRenewalsOfBans,
  updateDistributionBan,
  type DistributionBanRenewalRow,
  type DistributionBanRow,
  type Membership,
  type Platform,
} from '@opale/db';
import type { Context } from '../context';
import { recordAudit } from '../services/audit';
import { readSchedule } from '../services/board-readers';
import { newId } from '../services/tokens';
import { platformProcedure } from '../trpc';

type PlatformContext = Context & {
  signedIn: NonNullable<Context['signedIn']>;
  platform: Platform;
  membership: Membership & { role: Role };
};

const banId = z.object({ banId: z.uuid({ message: 'That is not a ban id.' }) });

/** A ban as members read it, with where it stands today and what the reader may do with it. */
export interface BanView extends DistributionBan {
  organisationId: string;
  renewals: (DistributionBan['renewals'][number] & { id: string })[];
  /** The days it is in force, renewals and court decisions taken into account. */
  periods: BanPeriod[];
  /** The last day its renewals take it to, whatever a court decided since. */
  renewedUntil: string;
  standing: BanStanding;
  mayRemove: boolean;
  createdAt: string;
  updatedAt: string;
}

function challengeOf(row: DistributionBanRow): BanChallenge {
  if (row.challengeState === 'decided') {
    return {
      state: 'decided',
      court: row.challengeCourt ?? '',
      filedOn: row.challengeFiledOn ?? '',
      reference: row.challengeReference ?? '',
      outcome: row.challengeOutcome as BanChallengeOutcome,
      decidedOn: row.challengeDecidedOn ?? '',
    };
  }
  if (row.challengeState === 'filed') {
    return {
      state: 'filed',
      court: row.challengeCourt ?? '',
      filedOn: row.challengeFiledOn ?? '',
      reference: row.challengeReference ?? '',
    };
  }
  return { state: 'none' };
}

function challengeColumns(challenge: BanChallenge) {
  return {
    challengeState: challenge.state,
    challengeCourt: challenge.state === 'none' ? null : challenge.court,
    challengeFiledOn: challenge.state === 'none' ? null : challenge.filedOn,
    challengeReference: challenge.state === 'none' ? null : challenge.reference,
    challengeOutcome: challenge.state === 'decided' ? challenge.outcome : null,
    challengeDecidedOn: challenge.state === 'decided' ? challenge.decidedOn : null,
  };
}

function siteIdsOf(row: DistributionBanRow): string[] {
  const parsed: unknown = JSON.parse(row.siteIds);
  return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
}

function mayRemove(ctx: PlatformContext, row: DistributionBanRow): boolean {
  return (
    roleAtLeast(ctx.membership.role, 'coordinator') ||
    (roleAtLeast(ctx.membership.role, 'rep') &&
      row.organisationId === ctx.membership.organisationId)
  );
}

function viewOf(
  ctx: PlatformContext,
  row: DistributionBanRow,
  renewals: DistributionBanRenewalRow[],
  today: string,
): BanView {
  const ban: DistributionBan = {
    id: row.id,
    authority: row.authority as BanAuthority,
    reference: row.reference,
    signedOn: row.signedOn,
    area: row.area,
    commune: row.commune,
    siteIds: siteIdsOf(row),
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    forbids: row.forbids,
    renewals: renewals.map((r) => ({
      reference: r.reference,
      signedOn: r.signedOn,
      validUntil: r.validUntil,
    })),
    challenge: challengeOf(row),
  };
  return {
    ...ban,
    organisationId: row.organisationId,
    renewals: renewals.map((r) => ({
      id: r.id,
      reference: r.reference,
      signedOn: r.signedOn,
      validUntil: r.validUntil,
    })),
    periods: banPeriods(ban),
    renewedUntil: banRenewedUntil(ban),
    standing: banStandingOn(ban, today),
    mayRemove: mayRemove(ctx, row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The ban on this platform, or the same answer as for one that does not exist. */
async function banOfPlatform(ctx: PlatformContext, id: string): Promise<DistributionBanRow> {
  const row = await findDistributionBanById(ctx.db, id);
  if (!row || row.platformId !== ctx.platform.id) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `There is no such ban on ${ctx.platform.name}; it may have been removed. Reload the list.`,
    });
  }
  return row;
}

async function viewById(ctx: PlatformContext, id: string): Promise<BanView> {
  const row = await banOfPlatform(ctx, id);
  const renewals = (await listRenewalsOfBans(ctx.db, [id])).get(id) ?? [];
  return viewOf(ctx, row, renewals, localDateOf(ctx.now()));
}

/** Every site must be on the platform's schedule board (those the ban already names may stay). */
async function checkSites(ctx: PlatformContext, siteIds: string[], kept: string[] = []) {
  const { siteNames } = await readSchedule(ctx.boards, ctx.platform.slug);
  const unknown = siteIds.filter((id) => !siteNames.has(id) && !kept.includes(id));
  if (unknown.length > 0) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `${unknown.length === 1 ? 'One site is' : `${unknown.length} sites are`} not on ${ctx.platform.name}'s list of sites; choose the sites again from the list.`,
    });
  }
}

async function audit(
  ctx: PlatformContext,
  action: Parameters<typeof recordAudit>[2]['action'],
  ban: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await recordAudit(ctx.db, ctx.now(), {
    action,
    actorId: ctx.signedIn.user.id,
    platformId: ctx.platform.id,
    target: { type: 'distribution_ban', id: ban },
    detail,
    ip: ctx.request.ip,
  });
}

function draftColumns(draft: BanDraft) {
  return {
    authority: draft.authority,
    reference: draft.reference,
    signedOn: draft.signedOn,
    area: draft.area,
    commune: draft.commune,
    siteIds: JSON.stringify(draft.siteIds),
    validFrom: draft.validFrom,
    validUntil: draft.validUntil,
    forbids: draft.forbids,
  };
}

const standingOrder: Record<BanStanding, number> = {
  in_force: 0,
  upcoming: 1,
  lifted: 2,
  expired: 2,
};

export const banRouter = {
  /** The platform's bans: those in force first, then those to come, then those over. */
  list: platformProcedure('observer').query(async ({ ctx }) => {
    const rows = await listDistributionBansOfPlatform(ctx.db, ctx.platform.id);
    const renewals = await listRenewalsOfBans(
      ctx.db,
      rows.map((r) => r.id),
    );
    const today = localDateOf(ctx.now());
    const views = rows.map((row) => viewOf(ctx, row, renewals.get(row.id) ?? [], today));
    // Stable: within a standing, the order the repository gave (latest first).
    return views.sort((a, b) => standingOrder[a.standing] - standingOrder[b.standing]);
  }),

  /** Records an order. Its organisation is the recorder's: its reps may remove it later. */
  create: platformProcedure('rep')
    .input(z.object({ ban: banDraft }))
    .mutation(async ({ ctx, input }) => {
      await checkSites(ctx, input.ban.siteIds);
      const at = ctx.now().toISOString();
      const id = newId();
      await insertDistributionBan(ctx.db, {
        id,
        platformId: ctx.platform.id,
        organisationId: ctx.membership.organisationId,
        createdBy: ctx.signedIn.user.id,
        ...draftColumns(input.ban),
        ...challengeColumns({ state: 'none' }),
        createdAt: at,
        updatedAt: at,
      });
      await audit(ctx, 'ban.created', id, {
        reference: input.ban.reference,
        siteIds: input.ban.siteIds,
        validFrom: input.ban.validFrom,
        validUntil: input.ban.validUntil,
      });
      return viewById(ctx, id);
    }),

  /** Corrects what the order says (a typo, a site forgotten); its renewals and challenge stay. */
  update: platformProcedure('rep')
    .input(banId.extend({ ban: banDraft }))
    .mutation(async ({ ctx, input }) => {
      const row = await banOfPlatform(ctx, input.banId);
      await checkSites(ctx, input.ban.siteIds, siteIdsOf(row));
      const columns = draftColumns(input.ban);
      const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter(
        (key) => columns[key] !== row[key],
      );
      if (changed.length === 0) return viewById(ctx, row.id);
      await updateDistributionBan(ctx.db, row.id, {
        ...columns,
        updatedAt: ctx.now().toISOString(),
      });
      await audit(ctx, 'ban.updated', row.id, { reference: input.ban.reference, fields: changed });
      return viewById(ctx, row.id);
    }),

  /** A new order extending the ban to a later last day. */
  renew: platformProcedure('rep')
    .input(banId.extend({ renewal: banRenewal }))
    .mutation(async ({ ctx, input }) => {
      const current = await viewById(ctx, input.banId);
      const problem = renewalProblem(current, input.renewal);
      if (problem) throw new TRPCError({ code: 'BAD_REQUEST', message: problem });
      const at = ctx.now().toISOString();
      const id = newId();
      await ctx.db.transaction().execute(async (trx) => {
        await insertDistributionBanRenewal(trx, {
          id,
          banId: current.id,
          ...input.renewal,
          createdBy: ctx.signedIn.user.id,
          createdAt: at,
        });
        await updateDistributionBan(trx, current.id, { updatedAt: at });
      });
      await audit(ctx, 'ban.renewed', current.id, {
        renewalId: id,
        reference: input.renewal.reference,
        validUntil: input.renewal.validUntil,
      });
      return viewById(ctx, current.id);
    }),

  /** Where the challenge before the court stands: filed, then decided (suspended, annulled …). */
  recordChallenge: platformProcedure('rep')
    .input(banId.extend({ challenge: banChallenge }))
    .mutation(async ({ ctx, input }) => {
      const row = await banOfPlatform(ctx, input.banId);
      const { challenge } = input;
      if (challenge.state !== 'none' && challenge.filedOn < row.signedOn) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `The challenge is dated before the order was signed (${row.signedOn}); check the filing date.`,
        });
      }
      await updateDistributionBan(ctx.db, row.id, {
        ...challengeColumns(challenge),
        updatedAt: ctx.now().toISOString(),
      });
      await audit(ctx, 'ban.challenge_recorded', row.id, {
        reference: row.reference,
        state: challenge.state,
        outcome: challenge.state === 'decided' ? challenge.outcome : null,
        decidedOn: challenge.state === 'decided' ? challenge.decidedOn : null,
      });
      return viewById(ctx, row.id);
    }),

  /** Removes a ban recorded by mistake: a coordinator, or a rep of the organisation that recorded it. */
  remove: platformProcedure('rep')
    .input(banId)
    .mutation(async ({ ctx, input }) => {
      const row = await banOfPlatform(ctx, input.banId);
      if (!mayRemove(ctx, row)) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message:
            'Only a coordinator, or a rep of the organisation that recorded this ban, can remove it; correct it instead, or ask a coordinator.',
        });
      }
      await deleteDistributionBan(ctx.db, row.id);
      await audit(ctx, 'ban.removed', row.id, {
        reference: row.reference,
        organisationId: row.organisationId,
      });
      return { id: row.id };
    }),
} satisfies TRPCRouterRecord;
