/**
 * How long a platform keeps the parts of its incident reports. Reps read it (they should know how
 * long their evidence is kept); admins change it and may run the expiry at once.
 */
import type { TRPCRouterRecord } from '@trpc/server';
import {
  defaultRetentionSettings,
  retentionLimits,
  retentionSettings,
  type RetentionSettings,
} from '@opale/core';
import { saveIncidentRetention } from '@opale/db';
import { recordAudit } from '../services/audit';
import { expireIncidents, retentionSettingsOf } from '../services/incident-expiry';
import { platformProcedure } from '../trpc';

const settingsOnly = ({
  witnessDays,
  evidenceYears,
  detailsYears,
  draftDays,
}: RetentionSettings): RetentionSettings => ({
  witnessDays,
  evidenceYears,
  detailsYears,
  draftDays,
});

export const incidentRetentionRouter = {
  /** The platform's settings, the defaults and the bounds an admin may choose within. */
  get: platformProcedure('rep').query(async ({ ctx }) => {
    const current = await retentionSettingsOf(ctx.db, ctx.platform.id);
    return {
      settings: settingsOnly(current),
      defaults: defaultRetentionSettings,
      limits: retentionLimits,
      /** Null while the platform keeps the defaults. */
      updatedAt: current.updatedAt,
    };
  }),

  /** Changes the settings; what expires under the new ones goes at the next run. */
  set: platformProcedure('admin')
    .input(retentionSettings)
    .mutation(async ({ ctx, input }) => {
      const before = settingsOnly(await retentionSettingsOf(ctx.db, ctx.platform.id));
      const after = settingsOnly(input);
      const at = ctx.now().toISOString();
      await saveIncidentRetention(ctx.db, {
        platformId: ctx.platform.id,
        ...after,
        updatedBy: ctx.signedIn.user.id,
        updatedAt: at,
      });
      await recordAudit(ctx.db, ctx.now(), {
        action: 'incident.retention_changed',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        detail: { before, after },
        ip: ctx.request.ip,
      });
      return { settings: after, updatedAt: at };
    }),

  /** Runs the expiry for this platform now, instead of at the next hourly run. */
  runNow: platformProcedure('admin').mutation(async ({ ctx }) => {
    const run = await expireIncidents({
      db: ctx.db,
      now: ctx.now(),
      removeEvidenceFile: (storageKey) => ctx.evidence.remove(storageKey),
      platformId: ctx.platform.id,
      actorId: ctx.signedIn.user.id,
      trigger: 'admin',
    });
    const [result] = run.platforms;
    return {
      at: run.at,
      draftsDeleted: result?.draftsDeleted ?? 0,
      witnessesErased: result?.witnessesErased ?? 0,
      attachmentsRemoved: result?.attachmentsRemoved ?? 0,
      reportsRedacted: result?.reportsRedacted ?? 0,
      heldByFollowup: result?.heldByFollowup ?? 0,
    };
  }),
} satisfies TRPCRouterRecord;
