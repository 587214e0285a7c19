/**
 * A report's case file, kept by its organisation: the volunteers who saw it (erased when the
 * case closes), its follow-ups (complaint, Défenseur des droits, court action) and how they went,
 * and the removal of evidence (evidence is added over HTTP, `POST /evidence/<platform>/<id>`).
 * Part of the `incident` router.
 */
import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  incidentFollowup,
  incidentFollowupChange,
  incidentWitness,
  localDateOf,
  personalDataWarnings,
} from '@opale/core';
import {
  deleteIncidentAttachment,
  findIncidentAttachmentById,
  insertIncidentFollowup,
  insertIncidentWitness,
  listIncidentFollowups,
  listIncidentWitnesses,
  updateIncidentFollowup,
} from '@opale/db';
import { mayEditIncident, mayManageIncident } from '../services/incident-visibility';
import { newId } from '../services/tokens';
import { platformProcedure } from '../trpc';
import { auditIncident, incidentIdInput, readableIncident, refuse } from './incident-access';

/** Retention blanked a report's details: none come back through a follow-up's notes. */
const redactedNotes =
  'This report’s details expired under the platform’s retention, so its follow-ups keep no notes. Leave the notes empty.';

export const incidentCaseProcedures = {
  /** A volunteer who saw it; their name stays in the organisation and leaves with the case. */
  addWitness: platformProcedure('rep')
    .input(incidentIdInput.extend({ witness: incidentWitness }))
    .mutation(async ({ ctx, input }) => {
      const { row, access } = await readableIncident(ctx, input.incidentId);
      if (!mayManageIncident(access)) {
        refuse('Only a rep of the organisation that reported it can record its witnesses.');
      }
      if (row.closedAt) {
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: 'This incident is closed and keeps no witnesses.',
        });
      }
      const id = newId();
      await insertIncidentWitness(ctx.db, {
        id,
        incidentId: row.id,
        name: input.witness.name,
        contact: input.witness.contact,
        createdBy: ctx.signedIn.user.id,
        createdAt: ctx.now().toISOString(),
      });
      // The audit log keeps the fact, never the volunteer's name or contact.
      await auditIncident(ctx, 'incident.witness_added', row.id, { witnessId: id });
      return { id };
    }),

  listWitnesses: platformProcedure('rep')
    .input(incidentIdInput)
    .query(async ({ ctx, input }) => {
      const { row, access } = await readableIncident(ctx, input.incidentId);
      if (!mayManageIncident(access)) {
        refuse('Only the reps of the organisation that reported it can see its witnesses.');
      }
      return (await listIncidentWitnesses(ctx.db, row.id)).map((w) => ({
        id: w.id,
        name: w.name,
        contact: w.contact,
        createdAt: w.createdAt,
      }));
    }),

  /** A complaint, a referral to the Défenseur des droits or a court action, and its outcome. */
  addFollowup: platformProcedure('rep')
    .input(incidentIdInput.extend({ followup: incidentFollowup }))
    .mutation(async ({ ctx, input }) => {
      const { row, access } = await readableIncident(ctx, input.incidentId);
      if (!mayManageIncident(access)) {
        refuse('Only a rep of the organisation that reported it can record a follow-up.');
      }
      if (row.redactedAt && input.followup.notes.trim() !== '') {
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: redactedNotes,
        });
      }
      const id = newId();
      await insertIncidentFollowup(ctx.db, {
        id,
        incidentId: row.id,
        ...input.followup,
        createdBy: ctx.signedIn.user.id,
        createdAt: ctx.now().toISOString(),
      });
      await auditIncident(ctx, 'incident.followup_added', row.id, {
        followupId: id,
        kind: input.followup.kind,
        outcome: input.followup.outcome,
      });
      return { id, warnings: personalDataWarnings(input.followup.notes) };
    }),

  /**
   * How a follow-up went since it was filed: a complaint dismissed, a court action won. Its
   * kind and filing date stay as filed. Allowed on a closed case, since outcomes come late; on a
   * report whose details expired (retention) the notes stay blank. The audit log keeps the outcome
   * before and after, never the notes. Sending the same change again changes nothing.
   */
  updateFollowup: platformProcedure('rep')
    .input(
      incidentIdInput.extend({
        followupId: z.uuid({ message: 'That is not a follow-up id.' }),
        ...incidentFollowupChange.shape,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { row, access } = await readableIncident(ctx, input.incidentId);
      if (!mayManageIncident(access)) {
        refuse('Only a rep of the organisation that reported it can change a follow-up.');
      }
      const notes = input.notes.trim();
      if (row.redactedAt && notes !== '') {
        throw new TRPCError({ code: 'PRECONDITION_FAILED', message: redactedNotes });
      }
      const followups = await listIncidentFollowups(ctx.db, row.id);
      const before = followups.find((f) => f.id === input.followupId);
      if (!before) {
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: 'This incident has no such follow-up; reload the page to see its follow-ups.',
        });
      }
      // Left out: the date recorded stays (a client that does not know the field); a pending
      // outcome has not been decided, so it has none.
      const decidedOn =
        input.outcome === 'pending'
          ? null
          : input.decidedOn === undefined
            ? before.decidedOn
            : input.decidedOn;
      if (input.outcome === 'pending' && input.decidedOn) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message:
            'A pending follow-up has not been decided yet: leave the decision date empty, or choose its outcome.',
        });
      }
      if (decidedOn !== null && decidedOn < before.filedOn) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `The decision date is before the follow-up was filed (${before.filedOn}); check the date.`,
        });
      }
      if (decidedOn !== null && decidedOn > localDateOf(ctx.now())) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'The decision date is in the future; give the date it was decided.',
        });
      }
      const warnings = personalDataWarnings(notes);
      if (
        before.outcome === input.outcome &&
        before.notes === notes &&
        before.decidedOn === decidedOn
      ) {
        return { id: before.id, changed: false, warnings };
      }
      await updateIncidentFollowup(ctx.db, row.id, before.id, {
        outcome: input.outcome,
        notes,
        decidedOn,
        updatedAt: ctx.now().toISOString(),
      });
      await auditIncident(ctx, 'incident.followup_updated', row.id, {
        followupId: before.id,
        outcome: { from: before.outcome, to: input.outcome },
        decidedOn,
        notesChanged: before.notes !== notes,
      });
      return { id: before.id, changed: true, warnings };
    }),

  /**
   * Takes a photo, video or PDF off a report, by whoever may add one (they may edit the report);
   * the file is deleted with it. Files are added over HTTP (`POST /evidence/<platform>/<id>`).
   * Removing one already gone answers `removed: false`, so a retry is harmless.
   */
  removeAttachment: platformProcedure('field')
    .input(
      incidentIdInput.extend({
        attachmentId: z.uuid({ message: 'That is not an attachment id.' }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { row, access, scope } = await readableIncident(ctx, input.incidentId);
      if (!mayEditIncident(access, scope)) {
        refuse(
          row.closedAt
            ? 'This incident is closed; its evidence can no longer be changed.'
            : 'Only a rep of the organisation can remove evidence once the report is verified.',
        );
      }
      const attachment = await findIncidentAttachmentById(ctx.db, input.attachmentId);
      if (!attachment || attachment.incidentId !== row.id) {
        return { id: input.attachmentId, removed: false };
      }
      const removed = await deleteIncidentAttachment(ctx.db, attachment.id);
      if (!removed) return { id: input.attachmentId, removed: false };
      // After the row: a file left by a failure here has no row and is swept at the next start.
      await ctx.evidence.remove(removed.storageKey);
      await auditIncident(ctx, 'incident.attachment_removed', row.id, {
        attachmentId: removed.id,
        kind: removed.kind,
        sizeBytes: removed.sizeBytes,
        sha256: removed.sha256,
      });
      return { id: removed.id, removed: true };
    }),
} satisfies TRPCRouterRecord;
