/**
 * The obstruction and harassment log. Who reads what is decided in one place
 * (`services/incident-visibility.ts`); a report the caller may not read is answered as if it did
 * not exist. Every change, and every read from outside the report's organisation, is audited.
 */
import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  fineContestDeadline,
  idempotencyKey,
  incidentDraft,
  incidentStatuses,
  localDateOf,
  personalDataWarnings,
  type IncidentAuthority,
  type IncidentDraft,
  type IncidentOccurrence,
  type IncidentStatus,
  type IncidentType,
  type PersonalDataWarning,
} from '@opale/core';
import {
  deleteIncidentWitnesses,
  findGroupById,
  insertIncidentOnce,
  isGroupMember,
  listIncidentAttachments,
  listIncidentFollowups,
  shareIncident,
  updateIncident,
  type IncidentRow,
} from '@opale/db';
import { readSchedule } from '../services/board-readers';
import { attachmentWithUrl } from '../services/incident-evidence';
import {
  linkedOccurrence,
  markOccurrenceDisrupted,
  noOccurrenceMarking,
  occurrenceMarkingOf,
  type LinkedOccurrence,
} from '../services/incident-occurrence';
import { readableIncidents } from '../services/incident-reader';
import {
  mayEditIncident,
  mayManageIncident,
  mayVerifyIncident,
  type IncidentAccess,
} from '../services/incident-visibility';
import { newId } from '../services/tokens';
import { platformProcedure } from '../trpc';
import {
  auditIncident,
  auditOutsideReads,
  incidentIdInput,
  readableIncident,
  refuse,
  viewerOf,
  type IncidentContext,
} from './incident-access';
import { incidentCaseProcedures } from './incident-case';

/** A report as one reader may see it. Readers outside its organisation never learn who wrote it. */
export interface IncidentView {
  id: string;
  organisationId: string;
  access: Exclude<IncidentAccess, 'none'>;
  status: IncidentStatus;
  type: IncidentType;
  occurredAt: string;
  siteId: string | null;
  placeText: string | null;
  commune: string;
  authority: IncidentAuthority;
  officers: number | null;
  vehicles: number | null;
  itemsSeized: number | null;
  fineAmountCents: number | null;
  fineNoticeDate: string | null;
  /** The last day to contest the fine (notice date + 45 days, Paris dates). */
  fineContestDeadline: string | null;
  narrative: string;
  /** The distribution occurrence it disrupted, if any. */
  occurrence: IncidentOccurrence | null;
  createdBy: string | null;
  verifiedBy: string | null;
  verifiedAt: string | null;
  /**
   * The groups it is shared with: all of them for its own organisation; for a reader from
   * outside, only the reader's own groups it came through (never the others).
   */
  sharedWith: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** When retention blanked its narrative, place and notes; null while it holds them. */
  redactedAt: string | null;
}

function viewOf(
  row: IncidentRow,
  access: Exclude<IncidentAccess, 'none'>,
  sharedWith: string[],
  readerGroupIds: readonly string[],
): IncidentView {
  const inside = access !== 'group';
  return {
    id: row.id,
    organisationId: row.organisationId,
    access,
    status: row.status as IncidentStatus,
    type: row.type as IncidentType,
    occurredAt: row.occurredAt,
    siteId: row.siteId,
    placeText: row.placeText,
    commune: row.commune,
    authority: row.authority as IncidentAuthority,
    officers: row.officers,
    vehicles: row.vehicles,
    itemsSeized: row.itemsSeized,
    fineAmountCents: row.fineAmountCents,
    fineNoticeDate: row.fineNoticeDate,
    fineContestDeadline: row.fineNoticeDate ? fineContestDeadline(row.fineNoticeDate) : null,
    narrative: row.narrative,
    occurrence: occurrenceOf(row),
    createdBy: inside ? row.createdBy : null,
    verifiedBy: inside ? row.verifiedBy : null,
    verifiedAt: row.verifiedAt,
    sharedWith: inside ? sharedWith : sharedWith.filter((id) => readerGroupIds.includes(id)),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    closedAt: row.closedAt,
    redactedAt: row.redactedAt,
  };
}

function occurrenceOf(
  row: Pick<IncidentRow, 'occurrenceSeriesId' | 'occurrenceDate'>,
): IncidentOccurrence | null {
  return row.occurrenceSeriesId && row.occurrenceDate
    ? { seriesId: row.occurrenceSeriesId, date: row.occurrenceDate }
    : null;
}

/** A draft as stored: the occurrence link in its two columns. */
type DraftColumns = Omit<IncidentDraft, 'occurrence'> &
  Pick<IncidentRow, 'occurrenceSeriesId' | 'occurrenceDate'>;

const sameLink = (a: IncidentOccurrence | null, b: IncidentOccurrence | null) =>
  a?.seriesId === b?.seriesId && a?.date === b?.date;

/**
 * Checks what the schema cannot: the site exists on the platform, the time is not to come, and
 * a newly linked occurrence is a real one of the platform's schedule (`newLink`, to mark it
 * disrupted). When rewriting a report (`previous`), a draft without `occurrence` (a client that
 * does not know the field) keeps the link it had, and a link left as it was is not checked again:
 * the distribution may have ended since.
 */
async function checkDraft(
  ctx: IncidentContext,
  draft: IncidentDraft,
  previous?: IncidentRow,
): Promise<{ columns: DraftColumns; newLink: LinkedOccurrence | null }> {
  const occurredAt = new Date(draft.occurredAt);
  // A few minutes of slack for a phone whose clock runs ahead.
  if (occurredAt.getTime() > ctx.now().getTime() + 10 * 60_000) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'The incident is dated in the future; check its date and time.',
    });
  }
  const before = previous ? occurrenceOf(previous) : null;
  const { occurrence, ...fields } = draft;
  const link = occurrence === undefined ? before : occurrence;
  const checkLink = link !== null && !sameLink(link, before);
  const schedule =
    draft.siteId || checkLink ? await readSchedule(ctx.boards, ctx.platform.slug) : null;
  if (draft.siteId && !schedule?.siteNames.has(draft.siteId)) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `That site is not on ${ctx.platform.name}'s list; choose another or describe the place.`,
    });
  }
  const newLink =
    checkLink && schedule
      ? linkedOccurrence(schedule, link, ctx.platform.name, localDateOf(ctx.now()))
      : null;
  return {
    columns: {
      ...fields,
      occurredAt: occurredAt.toISOString(),
      siteId: draft.siteId || null,
      placeText: draft.placeText || null,
      occurrenceSeriesId: link?.seriesId ?? null,
      occurrenceDate: link?.date ?? null,
    },
    newLink,
  };
}

/** The reporter as the schedule board's write rules and its status entries know them. */
function boardAuthor(ctx: IncidentContext) {
  return {
    userId: ctx.signedIn.user.id,
    name: ctx.signedIn.user.name,
    writer: { role: ctx.membership.role, organisationId: ctx.membership.organisationId },
  };
}

/** What looks like personal data of the people being helped, by field, for the form to point at. */
function warningsOf(draft: Pick<IncidentDraft, 'narrative' | 'placeText'>): {
  narrative: PersonalDataWarning[];
  placeText: PersonalDataWarning[];
} {
  return {
    narrative: personalDataWarnings(draft.narrative),
    placeText: personalDataWarnings(draft.placeText ?? ''),
  };
}

export const incidentRouter = {
  /**
   * A member's report, saved as a draft. Sending the same idempotency key again (a retry from a
   * phone that lost its connection) returns the report it made, never a second one. The answer
   * carries warnings where the text looks like personal data, for the author to remove.
   * A linked distribution occurrence is set to "disrupted" on the schedule board when the
   * reporter may set its status (`occurrenceMarked`; else `occurrenceNotMarked` says why); a
   * retry never writes to the board again.
   */
  create: platformProcedure('field')
    .input(z.object({ idempotencyKey, draft: incidentDraft }))
    .mutation(async ({ ctx, input }) => {
      const { columns, newLink } = await checkDraft(ctx, input.draft);
      const at = ctx.now().toISOString();
      const { incident, created } = await insertIncidentOnce(ctx.db, {
        id: newId(),
        platformId: ctx.platform.id,
        organisationId: ctx.membership.organisationId,
        createdBy: ctx.signedIn.user.id,
        status: 'draft',
        verifiedBy: null,
        verifiedAt: null,
        ...columns,
        idempotencyKey: input.idempotencyKey,
        createdAt: at,
        updatedAt: at,
        closedAt: null,
      });
      if (
        !created &&
        (incident.createdBy !== ctx.signedIn.user.id || incident.platformId !== ctx.platform.id)
      ) {
        throw new TRPCError({
          code: 'CONFLICT',
          message:
            'This report’s key was already used for another report; reload the form and send it again.',
        });
      }
      const link = occurrenceOf(incident);
      let marking = noOccurrenceMarking;
      if (created && newLink) {
        marking = await markOccurrenceDisrupted(
          ctx.boards,
          ctx.platform.slug,
          newLink,
          boardAuthor(ctx),
          ctx.now(),
        );
      } else if (!created && link) {
        marking = await occurrenceMarkingOf(
          ctx.boards,
          ctx.platform.slug,
          link,
          boardAuthor(ctx).writer,
        );
      }
      if (created) {
        await auditIncident(ctx, 'incident.created', incident.id, {
          organisationId: incident.organisationId,
          type: incident.type,
          occurrence: link,
          occurrenceMarked: marking.occurrenceMarked,
        });
      }
      return {
        id: incident.id,
        created,
        status: incident.status as IncidentStatus,
        warnings: warningsOf(incident),
        ...marking,
      };
    }),

  /** The reports the caller may read, latest first. */
  list: platformProcedure('observer')
    .input(z.object({ status: z.enum(incidentStatuses).optional() }))
    .query(async ({ ctx, input }) => {
      const viewer = await viewerOf(ctx);
      const shown = (await readableIncidents(ctx.db, viewer)).filter(
        ({ row }) => !input.status || row.status === input.status,
      );
      await auditOutsideReads(
        ctx,
        viewer,
        shown.map(({ row }) => row),
        'list',
      );
      return shown.map(({ row, access, sharedWith }) =>
        viewOf(row, access, sharedWith, viewer.groupIds),
      );
    }),

  /**
   * One report; its follow-ups only for its own organisation. Its evidence goes to every reader,
   * each with the path it is downloaded from (the download checks the same rule again).
   */
  get: platformProcedure('observer')
    .input(incidentIdInput)
    .query(async ({ ctx, input }) => {
      const { viewer, row, access, sharedWith } = await readableIncident(ctx, input.incidentId);
      await auditOutsideReads(ctx, viewer, [row], 'get');
      const followups =
        access === 'group'
          ? []
          : (await listIncidentFollowups(ctx.db, row.id)).map((f) => ({
              id: f.id,
              kind: f.kind,
              filedOn: f.filedOn,
              outcome: f.outcome,
              notes: f.notes,
              decidedOn: f.decidedOn,
              createdAt: f.createdAt,
              updatedAt: f.updatedAt,
            }));
      const attachments = (await listIncidentAttachments(ctx.db, row.id)).map((attachment) =>
        attachmentWithUrl(attachment, ctx.platform.slug),
      );
      return { ...viewOf(row, access, sharedWith, viewer.groupIds), followups, attachments };
    }),

  /**
   * Rewrites a report: the author while it is a draft, a rep+ of its organisation while open.
   * Linking another occurrence marks it disrupted as `create` does; removing a link leaves the
   * board alone (the team's status stands on its own).
   */
  update: platformProcedure('field')
    .input(incidentIdInput.extend({ draft: incidentDraft }))
    .mutation(async ({ ctx, input }) => {
      const { row, access, scope } = await readableIncident(ctx, input.incidentId);
      if (!mayEditIncident(access, scope)) {
        refuse(
          row.closedAt
            ? 'This incident is closed; it can no longer be changed.'
            : 'Only a rep of the organisation can change a report once it is verified.',
        );
      }
      const { columns, newLink } = await checkDraft(ctx, input.draft, row);
      const { occurrenceSeriesId: _series, occurrenceDate: _date, ...fields } = columns;
      const changed: string[] = (Object.keys(fields) as (keyof typeof fields)[]).filter(
        (key) => fields[key] !== row[key],
      );
      await updateIncident(ctx.db, row.id, { ...columns, updatedAt: ctx.now().toISOString() });
      const link = occurrenceOf(columns);
      const marking = newLink
        ? await markOccurrenceDisrupted(
            ctx.boards,
            ctx.platform.slug,
            newLink,
            boardAuthor(ctx),
            ctx.now(),
          )
        : link
          ? await occurrenceMarkingOf(ctx.boards, ctx.platform.slug, link, boardAuthor(ctx).writer)
          : noOccurrenceMarking;
      if (!sameLink(link, occurrenceOf(row))) changed.push('occurrence');
      if (changed.length > 0) {
        await auditIncident(ctx, 'incident.updated', row.id, {
          fields: changed,
          ...(newLink ? { occurrence: link, occurrenceMarked: marking.occurrenceMarked } : {}),
        });
      }
      return { id: row.id, warnings: warningsOf(columns), ...marking };
    }),

  /** A second person confirms a draft: never its author. */
  verify: platformProcedure('rep')
    .input(incidentIdInput)
    .mutation(async ({ ctx, input }) => {
      const { viewer, row, access, scope } = await readableIncident(ctx, input.incidentId);
      if (!mayVerifyIncident(viewer, access, scope)) {
        if (row.createdBy === viewer.userId) {
          refuse('You wrote this report: another member of your organisation must verify it.');
        }
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: row.closedAt
            ? 'This incident is closed; it can no longer be verified.'
            : 'This report is already verified.',
        });
      }
      const at = ctx.now().toISOString();
      await updateIncident(ctx.db, row.id, {
        status: 'verified',
        verifiedBy: viewer.userId,
        verifiedAt: at,
        updatedAt: at,
      });
      await auditIncident(ctx, 'incident.verified', row.id);
      return { id: row.id, status: 'verified' as const };
    }),

  /** Shares a verified report with a group the organisation has joined (consented to). */
  share: platformProcedure('rep')
    .input(incidentIdInput.extend({ groupId: z.uuid({ message: 'That is not a group id.' }) }))
    .mutation(async ({ ctx, input }) => {
      const { row, access } = await readableIncident(ctx, input.incidentId);
      if (!mayManageIncident(access)) {
        refuse('Only a rep of the organisation that reported it can share an incident.');
      }
      if (row.status === 'draft') {
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: 'A draft cannot be shared: another member must verify it first.',
        });
      }
      const group = await findGroupById(ctx.db, input.groupId);
      if (
        !group ||
        group.platformId !== ctx.platform.id ||
        !(await isGroupMember(ctx.db, group.id, row.organisationId))
      ) {
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: `Your organisation is not a member of that group on ${ctx.platform.name}; share only with a group it has joined.`,
        });
      }
      const at = ctx.now().toISOString();
      await ctx.db.transaction().execute(async (trx) => {
        await shareIncident(trx, {
          incidentId: row.id,
          groupId: group.id,
          sharedAt: at,
          sharedBy: ctx.signedIn.user.id,
        });
        await updateIncident(trx, row.id, { status: 'shared', updatedAt: at });
      });
      await auditIncident(ctx, 'incident.shared', row.id, { groupId: group.id });
      return { id: row.id, status: 'shared' as const };
    }),

  /** Ends the case: its witnesses are erased for good. Closing again changes nothing. */
  close: platformProcedure('rep')
    .input(incidentIdInput)
    .mutation(async ({ ctx, input }) => {
      const { row, access } = await readableIncident(ctx, input.incidentId);
      if (!mayManageIncident(access)) {
        refuse('Only a rep of the organisation that reported it can close an incident.');
      }
      if (row.closedAt) return { id: row.id, closedAt: row.closedAt, witnessesErased: 0 };
      const at = ctx.now().toISOString();
      const witnessesErased = await ctx.db.transaction().execute(async (trx) => {
        const erased = await deleteIncidentWitnesses(trx, row.id);
        await updateIncident(trx, row.id, { closedAt: at, updatedAt: at });
        return erased;
      });
      await auditIncident(ctx, 'incident.closed', row.id, { witnessesErased });
      return { id: row.id, closedAt: at, witnessesErased };
    }),

  ...incidentCaseProcedures,
} satisfies TRPCRouterRecord;
